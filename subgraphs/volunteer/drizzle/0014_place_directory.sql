CREATE TABLE "directory_communities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subdistrict_id" uuid NOT NULL,
	"name" text NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_cursor" (
	"feed" text PRIMARY KEY NOT NULL,
	"epoch" text NOT NULL,
	"last_seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_estates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"name" text NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_subdistricts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"county_id" uuid NOT NULL,
	"name" text NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_communities_subdistrict_id_idx" ON "directory_communities" USING btree ("subdistrict_id");--> statement-breakpoint
CREATE INDEX "directory_estates_community_id_idx" ON "directory_estates" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "directory_subdistricts_county_id_idx" ON "directory_subdistricts" USING btree ("county_id");