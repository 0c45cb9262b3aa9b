CREATE TYPE "public"."red_proxy_category" AS ENUM('PARTY_AFFAIRS', 'LIFE_SERVICE', 'LEGAL_AID', 'VOLUNTEER_SERVICE');--> statement-breakpoint
CREATE TYPE "public"."red_proxy_feedback_side" AS ENUM('REQUESTER', 'VOLUNTEER');--> statement-breakpoint
CREATE TYPE "public"."red_proxy_state" AS ENUM('REQUESTED', 'ASSIGNED', 'AWAITING_CONFIRMATION', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "red_proxy_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_state" "red_proxy_state",
	"to_state" "red_proxy_state" NOT NULL,
	"actor" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "red_proxy_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"side" "red_proxy_feedback_side" NOT NULL,
	"rating" smallint,
	"comment" text,
	"author" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "red_proxy_feedback_rating_check" CHECK (("red_proxy_feedback"."side" = 'REQUESTER' and "red_proxy_feedback"."rating" between 1 and 5)
        or ("red_proxy_feedback"."side" = 'VOLUNTEER' and "red_proxy_feedback"."rating" is null and "red_proxy_feedback"."comment" is not null))
);
--> statement-breakpoint
CREATE TABLE "red_proxy_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"category" "red_proxy_category" NOT NULL,
	"target_hours" integer NOT NULL,
	"moved_down" boolean NOT NULL,
	"center_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "red_proxy_items_target_hours_check" CHECK ("red_proxy_items"."target_hours" between 1 and 720),
	CONSTRAINT "red_proxy_items_center_check" CHECK ("red_proxy_items"."center_id" is null or "red_proxy_items"."moved_down")
);
--> statement-breakpoint
CREATE TABLE "red_proxy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"note" text NOT NULL,
	"requester_subject" text,
	"filed_by" text NOT NULL,
	"state" "red_proxy_state" NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"assigned_team_id" uuid,
	"assigned_volunteer_id" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "red_proxy_requests_assignment_check" CHECK (("red_proxy_requests"."assigned_team_id" is null) = ("red_proxy_requests"."assigned_volunteer_id" is null)
        and ("red_proxy_requests"."state" <> 'REQUESTED' or "red_proxy_requests"."assigned_volunteer_id" is null)
        and ("red_proxy_requests"."state" not in ('ASSIGNED', 'AWAITING_CONFIRMATION', 'COMPLETED') or "red_proxy_requests"."assigned_volunteer_id" is not null)),
	CONSTRAINT "red_proxy_requests_done_check" CHECK (("red_proxy_requests"."state" in ('AWAITING_CONFIRMATION', 'COMPLETED')) = ("red_proxy_requests"."done_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD CONSTRAINT "red_proxy_events_request_id_red_proxy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."red_proxy_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_proxy_feedback" ADD CONSTRAINT "red_proxy_feedback_request_id_red_proxy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."red_proxy_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_proxy_requests" ADD CONSTRAINT "red_proxy_requests_item_id_red_proxy_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."red_proxy_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_proxy_requests" ADD CONSTRAINT "red_proxy_requests_assigned_team_id_volunteer_teams_id_fk" FOREIGN KEY ("assigned_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_proxy_requests" ADD CONSTRAINT "red_proxy_requests_assigned_volunteer_id_volunteers_id_fk" FOREIGN KEY ("assigned_volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "red_proxy_events_request_id_idx" ON "red_proxy_events" USING btree ("request_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "red_proxy_feedback_once_per_side" ON "red_proxy_feedback" USING btree ("request_id","side");--> statement-breakpoint
CREATE INDEX "red_proxy_items_category_name_idx" ON "red_proxy_items" USING btree ("category","name","id");--> statement-breakpoint
CREATE INDEX "red_proxy_requests_estate_id_idx" ON "red_proxy_requests" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "red_proxy_requests_requester_idx" ON "red_proxy_requests" USING btree ("requester_subject");--> statement-breakpoint
CREATE INDEX "red_proxy_requests_volunteer_idx" ON "red_proxy_requests" USING btree ("assigned_volunteer_id");