CREATE TYPE "public"."unit_kind" AS ENUM('COMPANY', 'AGENCY', 'SCHOOL', 'HOSPITAL', 'SOCIAL_ORGANIZATION');--> statement-breakpoint
CREATE TABLE "unit_estates" (
	"unit_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_estates_unit_id_estate_id_pk" PRIMARY KEY("unit_id","estate_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_estates" ADD CONSTRAINT "unit_estates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_estates_estate_id_idx" ON "unit_estates" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "units_name_id_idx" ON "units" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "units_kind_name_id_idx" ON "units" USING btree ("kind","name","id");