ALTER TABLE "party_branches" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "problem_routing_rules" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;