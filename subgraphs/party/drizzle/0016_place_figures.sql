CREATE TABLE "place_branches" (
	"place_kind" text NOT NULL,
	"place_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"estates" integer NOT NULL,
	CONSTRAINT "place_branches_place_kind_place_id_branch_id_pk" PRIMARY KEY("place_kind","place_id","branch_id")
);
--> statement-breakpoint
CREATE TABLE "place_figures" (
	"place_kind" text NOT NULL,
	"place_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "place_figures_place_kind_place_id_figure_pk" PRIMARY KEY("place_kind","place_id","figure")
);
--> statement-breakpoint
CREATE INDEX "place_branches_branch_id_idx" ON "place_branches" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "problems_open_due_at_idx" ON "problems" USING btree ("due_at") WHERE "problems"."status" IN ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED');