CREATE TYPE "public"."dispute_status" AS ENUM('REGISTERED', 'IN_MEDIATION', 'SETTLED', 'UNSETTLED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."grid_role" AS ENUM('BUILDING_CHIEF', 'STAIRWELL_CHIEF', 'LANE_CHIEF');--> statement-breakpoint
CREATE TYPE "public"."living_room_function" AS ENUM('PARTY_ACTIVITIES', 'DELIBERATION', 'PROBLEM_WALL', 'ECHO_WALL', 'DISPUTE_MEDIATION', 'RED_PROXY_DESK');--> statement-breakpoint
CREATE TYPE "public"."mediator_kind" AS ENUM('MEDIATION_TEAM', 'JUDGMENT_PANEL');--> statement-breakpoint
CREATE TYPE "public"."problem_category" AS ENUM('PARKING', 'FACILITY_DAMAGE', 'ILLEGAL_CONSTRUCTION', 'EBIKE_CHARGING', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'ANSWERED', 'CLOSED', 'REJECTED', 'DUPLICATE', 'REOPENED');--> statement-breakpoint
CREATE TYPE "public"."responsible_kind" AS ENUM('PARTY_BRANCH', 'PROPERTY_COMPANY', 'UNIT', 'VOLUNTEER_TEAM');--> statement-breakpoint
CREATE TYPE "public"."secretary_background" AS ENUM('SERVING_CADRE', 'RETIRED_CADRE', 'COMMUNITY_WORKER', 'SOCIAL_ORG_LEADER', 'OTHER');--> statement-breakpoint
CREATE TABLE "branch_stage_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "branch_stage_transitions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"branch_id" uuid NOT NULL,
	"from_stage" "branch_stage" NOT NULL,
	"to_stage" "branch_stage" NOT NULL,
	"reached_on" date NOT NULL,
	"actor" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "dispute_parties_position_key" UNIQUE("dispute_id","position")
);
--> statement-breakpoint
CREATE TABLE "dispute_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "dispute_transitions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dispute_id" uuid NOT NULL,
	"from_status" "dispute_status",
	"to_status" "dispute_status" NOT NULL,
	"actor" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "disputes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"estate_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"mediator_id" uuid NOT NULL,
	"status" "dispute_status" DEFAULT 'REGISTERED' NOT NULL,
	"outcome" text,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"concluded_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_conclusion_check" CHECK (("disputes"."status" IN ('SETTLED', 'UNSETTLED', 'WITHDRAWN')) = ("disputes"."concluded_at" IS NOT NULL AND "disputes"."outcome" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "grid_leader_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"role" "grid_role" NOT NULL,
	"area" text NOT NULL,
	"since" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_leader_posts_role_area_key" UNIQUE("estate_id","role","area")
);
--> statement-breakpoint
CREATE TABLE "living_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"name" text NOT NULL,
	"opened_on" date NOT NULL,
	"functions" "living_room_function"[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "living_rooms_estate_id_unique" UNIQUE("estate_id"),
	CONSTRAINT "living_rooms_functions_check" CHECK (cardinality("living_rooms"."functions") >= 1)
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "mediation_sessions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dispute_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"notes" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "mediator_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediators_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "problem_response_targets" (
	"category" "problem_category" PRIMARY KEY NOT NULL,
	"response_hours" integer NOT NULL,
	CONSTRAINT "problem_response_targets_hours_check" CHECK ("problem_response_targets"."response_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "problem_routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"category" "problem_category" NOT NULL,
	"responsible_kind" "responsible_kind" NOT NULL,
	"responsible_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problem_routing_rules_estate_category_key" UNIQUE("estate_id","category")
);
--> statement-breakpoint
CREATE TABLE "problem_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "problem_transitions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"problem_id" uuid NOT NULL,
	"from_status" "problem_status",
	"to_status" "problem_status" NOT NULL,
	"actor" text,
	"note" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "problems_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"estate_id" uuid NOT NULL,
	"category" "problem_category" NOT NULL,
	"text" text NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"reporter_subject" text NOT NULL,
	"reporter_name" text NOT NULL,
	"status" "problem_status" DEFAULT 'REPORTED' NOT NULL,
	"responsible_kind" "responsible_kind",
	"responsible_id" uuid,
	"duplicate_of_id" uuid,
	"reject_reason" text,
	"resolution_note" text,
	"answer" text,
	"answered_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problems_responsible_check" CHECK (("problems"."responsible_kind" IS NULL) = ("problems"."responsible_id" IS NULL)),
	CONSTRAINT "problems_rating_check" CHECK ("problems"."rating" BETWEEN 1 AND 5),
	CONSTRAINT "problems_text_check" CHECK (length("problems"."text") BETWEEN 1 AND 1000),
	CONSTRAINT "problems_duplicate_check" CHECK (("problems"."status" = 'DUPLICATE') = ("problems"."duplicate_of_id" IS NOT NULL)),
	CONSTRAINT "problems_answer_check" CHECK (("problems"."answer" IS NULL) = ("problems"."answered_at" IS NULL)
        AND ("problems"."status" NOT IN ('ANSWERED', 'CLOSED') OR "problems"."answer" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "estates" ADD COLUMN "work_covered_on" date;--> statement-breakpoint
ALTER TABLE "party_branches" ADD COLUMN "covered_on" date;--> statement-breakpoint
ALTER TABLE "party_branches" ADD COLUMN "matured_on" date;--> statement-breakpoint
ALTER TABLE "party_branches" ADD COLUMN "established_on" date;--> statement-breakpoint
ALTER TABLE "party_branches" ADD COLUMN "secretary_member_id" uuid;--> statement-breakpoint
ALTER TABLE "party_branches" ADD COLUMN "secretary_background" "secretary_background";--> statement-breakpoint
ALTER TABLE "party_members" ADD COLUMN "work_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "branch_stage_transitions" ADD CONSTRAINT "branch_stage_transitions_branch_id_party_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."party_branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD CONSTRAINT "dispute_parties_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_transitions" ADD CONSTRAINT "dispute_transitions_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_mediator_id_mediators_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."mediators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_leader_posts" ADD CONSTRAINT "grid_leader_posts_member_id_party_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."party_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_leader_posts" ADD CONSTRAINT "grid_leader_posts_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_rooms" ADD CONSTRAINT "living_rooms_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_routing_rules" ADD CONSTRAINT "problem_routing_rules_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_transitions" ADD CONSTRAINT "problem_transitions_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_duplicate_of_id_problems_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."problems"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "branch_stage_transitions_branch_id_idx" ON "branch_stage_transitions" USING btree ("branch_id","seq");--> statement-breakpoint
CREATE INDEX "dispute_transitions_dispute_id_idx" ON "dispute_transitions" USING btree ("dispute_id","seq");--> statement-breakpoint
CREATE INDEX "disputes_estate_id_idx" ON "disputes" USING btree ("estate_id","seq");--> statement-breakpoint
CREATE INDEX "disputes_mediator_id_idx" ON "disputes" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "grid_leader_posts_member_id_idx" ON "grid_leader_posts" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "mediation_sessions_dispute_id_idx" ON "mediation_sessions" USING btree ("dispute_id","seq");--> statement-breakpoint
CREATE INDEX "problem_transitions_problem_id_idx" ON "problem_transitions" USING btree ("problem_id","seq");--> statement-breakpoint
CREATE INDEX "problems_estate_id_idx" ON "problems" USING btree ("estate_id","seq");--> statement-breakpoint
CREATE INDEX "problems_responsible_idx" ON "problems" USING btree ("responsible_kind","responsible_id","seq");--> statement-breakpoint
CREATE INDEX "problems_duplicate_of_id_idx" ON "problems" USING btree ("duplicate_of_id");--> statement-breakpoint
ALTER TABLE "party_branches" ADD CONSTRAINT "party_branches_secretary_member_id_party_members_id_fk" FOREIGN KEY ("secretary_member_id") REFERENCES "public"."party_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "party_branches_secretary_member_id_idx" ON "party_branches" USING btree ("secretary_member_id");--> statement-breakpoint
CREATE INDEX "party_members_work_unit_id_idx" ON "party_members" USING btree ("work_unit_id");