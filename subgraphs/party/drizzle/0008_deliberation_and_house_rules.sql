CREATE TYPE "public"."deliberation_participant_kind" AS ENUM('PARTY_BRANCH', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'IN_SERVICE_MEMBER', 'SOCIAL_ORGANIZATION');--> statement-breakpoint
CREATE TYPE "public"."house_rule_choice" AS ENUM('FOR', 'AGAINST');--> statement-breakpoint
CREATE TYPE "public"."house_rule_status" AS ENUM('PROPOSED', 'VOTING', 'ADOPTED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "deliberation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "deliberation_meetings_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"estate_id" uuid NOT NULL,
	"living_room_id" uuid,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"minutes" text NOT NULL,
	"decisions" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "deliberation_participant_kind" NOT NULL,
	"branch_id" uuid,
	"member_id" uuid,
	"company_id" uuid,
	"name" text,
	CONSTRAINT "deliberation_participants_position_key" UNIQUE("meeting_id","position"),
	CONSTRAINT "deliberation_participants_reference_check" CHECK (("deliberation_participants"."branch_id" IS NOT NULL) = ("deliberation_participants"."kind" = 'PARTY_BRANCH')
        AND ("deliberation_participants"."company_id" IS NOT NULL) = ("deliberation_participants"."kind" = 'PROPERTY_COMPANY')
        AND ("deliberation_participants"."member_id" IS NOT NULL) = ("deliberation_participants"."kind" = 'IN_SERVICE_MEMBER')
        AND ("deliberation_participants"."name" IS NOT NULL) = ("deliberation_participants"."kind" IN ('OWNERS_COMMITTEE', 'SOCIAL_ORGANIZATION')))
);
--> statement-breakpoint
CREATE TABLE "house_rule_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "house_rule_transitions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule_id" uuid NOT NULL,
	"from_status" "house_rule_status",
	"to_status" "house_rule_status" NOT NULL,
	"actor" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "house_rule_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" uuid NOT NULL,
	"voter_subject" text NOT NULL,
	"choice" "house_rule_choice" NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "house_rule_votes_rule_voter_key" UNIQUE("rule_id","voter_subject")
);
--> statement-breakpoint
CREATE TABLE "house_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "house_rules_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"estate_id" uuid NOT NULL,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"status" "house_rule_status" DEFAULT 'PROPOSED' NOT NULL,
	"quorum_numerator" integer NOT NULL,
	"quorum_denominator" integer NOT NULL,
	"approval_numerator" integer NOT NULL,
	"approval_denominator" integer NOT NULL,
	"eligible_households" integer,
	"votes_for" integer,
	"votes_cast" integer,
	"voting_opened_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "house_rules_threshold_check" CHECK ("house_rules"."quorum_numerator" BETWEEN 0 AND "house_rules"."quorum_denominator" AND "house_rules"."quorum_denominator" > 0
        AND "house_rules"."approval_numerator" BETWEEN 1 AND "house_rules"."approval_denominator" AND "house_rules"."approval_denominator" > 0),
	CONSTRAINT "house_rules_state_check" CHECK (("house_rules"."status" <> 'PROPOSED') = ("house_rules"."voting_opened_at" IS NOT NULL AND "house_rules"."eligible_households" IS NOT NULL)
        AND ("house_rules"."status" IN ('ADOPTED', 'REJECTED')) = ("house_rules"."decided_at" IS NOT NULL AND "house_rules"."votes_for" IS NOT NULL AND "house_rules"."votes_cast" IS NOT NULL)
        AND coalesce("house_rules"."votes_for" <= "house_rules"."votes_cast", true))
);
--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meetings" ADD CONSTRAINT "deliberation_meetings_living_room_id_living_rooms_id_fk" FOREIGN KEY ("living_room_id") REFERENCES "public"."living_rooms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_participants" ADD CONSTRAINT "deliberation_participants_meeting_id_deliberation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."deliberation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_participants" ADD CONSTRAINT "deliberation_participants_branch_id_party_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."party_branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_participants" ADD CONSTRAINT "deliberation_participants_member_id_party_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."party_members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_rule_transitions" ADD CONSTRAINT "house_rule_transitions_rule_id_house_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."house_rules"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_rule_votes" ADD CONSTRAINT "house_rule_votes_rule_id_house_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."house_rules"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_rules" ADD CONSTRAINT "house_rules_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_rules" ADD CONSTRAINT "house_rules_meeting_id_deliberation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."deliberation_meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliberation_meetings_estate_id_idx" ON "deliberation_meetings" USING btree ("estate_id","seq");--> statement-breakpoint
CREATE INDEX "deliberation_meetings_living_room_id_idx" ON "deliberation_meetings" USING btree ("living_room_id");--> statement-breakpoint
CREATE INDEX "deliberation_participants_branch_id_idx" ON "deliberation_participants" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "deliberation_participants_member_id_idx" ON "deliberation_participants" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "house_rule_transitions_rule_id_idx" ON "house_rule_transitions" USING btree ("rule_id","seq");--> statement-breakpoint
CREATE INDEX "house_rules_estate_id_idx" ON "house_rules" USING btree ("estate_id","seq");--> statement-breakpoint
CREATE INDEX "house_rules_meeting_id_idx" ON "house_rules" USING btree ("meeting_id");