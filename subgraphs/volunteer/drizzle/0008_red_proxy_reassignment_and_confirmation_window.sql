CREATE TYPE "public"."red_proxy_event_reason" AS ENUM('REASSIGNED', 'CONFIRMATION_WINDOW_PASSED');--> statement-breakpoint
CREATE TABLE "red_proxy_confirmation_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hours" integer NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "red_proxy_confirmation_windows_hours_check" CHECK ("red_proxy_confirmation_windows"."hours" between 0 and 720)
);
--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD COLUMN "assigned_team_id" uuid;--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD COLUMN "assigned_volunteer_id" uuid;--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD COLUMN "reason" "red_proxy_event_reason";--> statement-breakpoint
ALTER TABLE "red_proxy_requests" ADD COLUMN "confirm_by" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "red_proxy_confirmation_windows_published_at_idx" ON "red_proxy_confirmation_windows" USING btree ("published_at","id");--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD CONSTRAINT "red_proxy_events_assigned_team_id_volunteer_teams_id_fk" FOREIGN KEY ("assigned_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_proxy_events" ADD CONSTRAINT "red_proxy_events_assigned_volunteer_id_volunteers_id_fk" FOREIGN KEY ("assigned_volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "red_proxy_events_assigned_team_id_idx" ON "red_proxy_events" USING btree ("assigned_team_id");--> statement-breakpoint
CREATE INDEX "red_proxy_events_assigned_volunteer_id_idx" ON "red_proxy_events" USING btree ("assigned_volunteer_id");