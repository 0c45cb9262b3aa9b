CREATE TABLE "team_estates" (
	"team_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_estates_team_id_estate_id_pk" PRIMARY KEY("team_id","estate_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_estates" ADD CONSTRAINT "team_estates_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_estates_estate_id_idx" ON "team_estates" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "volunteer_teams_name_id_idx" ON "volunteer_teams" USING btree ("name","id");