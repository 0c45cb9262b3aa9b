CREATE TYPE "public"."evaluation_kind" AS ENUM('ORGANIZATION_EVALUATION', 'RESIDENT_EVALUATION', 'AFFAIRS_DELIBERATION', 'REPORT_DELIBERATION', 'COMMITMENT_DISCLOSURE', 'PERFORMANCE_DISCLOSURE');--> statement-breakpoint
CREATE TYPE "public"."evaluation_result" AS ENUM('EXCELLENT', 'GOOD', 'PASS', 'FAIL');--> statement-breakpoint
CREATE TABLE "evaluation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_records_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"member_id" uuid,
	"unit_id" uuid,
	"estate_id" uuid NOT NULL,
	"kind" "evaluation_kind" NOT NULL,
	"period" text NOT NULL,
	"result" "evaluation_result",
	"text" text NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_records_subject_check" CHECK (("evaluation_records"."member_id" IS NULL) <> ("evaluation_records"."unit_id" IS NULL)),
	CONSTRAINT "evaluation_records_result_check" CHECK (("evaluation_records"."result" IS NOT NULL) = ("evaluation_records"."kind" IN ('ORGANIZATION_EVALUATION', 'RESIDENT_EVALUATION'))),
	CONSTRAINT "evaluation_records_period_check" CHECK ("evaluation_records"."period" ~ '^[0-9]{4}(-H[12])?$'),
	CONSTRAINT "evaluation_records_text_check" CHECK (length("evaluation_records"."text") BETWEEN 1 AND 1000),
	CONSTRAINT "evaluation_records_verified_check" CHECK (("evaluation_records"."verified_at" IS NULL) = ("evaluation_records"."verified_by" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "party_member_stars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"score" integer NOT NULL,
	"awarded_on" date NOT NULL,
	"awarded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_member_stars_member_year_key" UNIQUE("member_id","year")
);
--> statement-breakpoint
ALTER TABLE "grid_leader_posts" DROP CONSTRAINT "grid_leader_posts_role_area_key";--> statement-breakpoint
ALTER TABLE "grid_leader_posts" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "evaluation_records" ADD CONSTRAINT "evaluation_records_member_id_party_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."party_members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_records" ADD CONSTRAINT "evaluation_records_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_stars" ADD CONSTRAINT "party_member_stars_member_id_party_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."party_members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_records_member_id_idx" ON "evaluation_records" USING btree ("member_id","seq");--> statement-breakpoint
CREATE INDEX "evaluation_records_unit_id_idx" ON "evaluation_records" USING btree ("unit_id","seq");--> statement-breakpoint
CREATE INDEX "evaluation_records_estate_id_idx" ON "evaluation_records" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "grid_leader_posts_estate_id_idx" ON "grid_leader_posts" USING btree ("estate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grid_leader_posts_open_role_area_key" ON "grid_leader_posts" USING btree ("estate_id","role","area") WHERE "grid_leader_posts"."ended_on" IS NULL;--> statement-breakpoint
ALTER TABLE "grid_leader_posts" ADD CONSTRAINT "grid_leader_posts_ended_on_check" CHECK ("grid_leader_posts"."ended_on" IS NULL OR "grid_leader_posts"."ended_on" >= "grid_leader_posts"."since");