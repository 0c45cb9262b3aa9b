CREATE TYPE "public"."practical_project_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE');--> statement-breakpoint
CREATE TABLE "practical_project_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "practical_project_transitions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" uuid NOT NULL,
	"from_status" "practical_project_status",
	"to_status" "practical_project_status" NOT NULL,
	"progress" integer NOT NULL,
	"actor" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practical_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "practical_projects_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"estate_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"year" integer NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"status" "practical_project_status" DEFAULT 'PLANNED' NOT NULL,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practical_projects_year_check" CHECK ("practical_projects"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "practical_projects_progress_check" CHECK ("practical_projects"."progress" BETWEEN 0 AND 100),
	CONSTRAINT "practical_projects_done_check" CHECK (("practical_projects"."status" = 'DONE') = ("practical_projects"."completed_on" IS NOT NULL) AND ("practical_projects"."status" <> 'DONE' OR "practical_projects"."progress" = 100)),
	CONSTRAINT "practical_projects_planned_check" CHECK ("practical_projects"."status" <> 'PLANNED' OR "practical_projects"."progress" = 0)
);
--> statement-breakpoint
ALTER TABLE "practical_project_transitions" ADD CONSTRAINT "practical_project_transitions_project_id_practical_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."practical_projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practical_projects" ADD CONSTRAINT "practical_projects_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practical_project_transitions_project_id_idx" ON "practical_project_transitions" USING btree ("project_id","seq");--> statement-breakpoint
CREATE INDEX "practical_projects_estate_id_idx" ON "practical_projects" USING btree ("estate_id","seq");--> statement-breakpoint
CREATE INDEX "practical_projects_status_idx" ON "practical_projects" USING btree ("status","seq");