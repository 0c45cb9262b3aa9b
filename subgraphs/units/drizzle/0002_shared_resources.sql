CREATE TYPE "public"."resource_kind" AS ENUM('VENUE', 'EQUIPMENT', 'EXPERTISE', 'SERVICE');--> statement-breakpoint
CREATE TABLE "shared_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shared_resources_capacity_check" CHECK ("shared_resources"."capacity" >= 1)
);
--> statement-breakpoint
ALTER TABLE "shared_resources" ADD CONSTRAINT "shared_resources_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shared_resources_unit_id_idx" ON "shared_resources" USING btree ("unit_id");