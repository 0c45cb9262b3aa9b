CREATE TABLE "company_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text NOT NULL,
	"party_member_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "property_companies" ADD COLUMN "party_branch_id" uuid;--> statement-breakpoint
ALTER TABLE "company_staff" ADD CONSTRAINT "company_staff_company_id_property_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."property_companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_staff_company_id_idx" ON "company_staff" USING btree ("company_id","name","id");--> statement-breakpoint
CREATE INDEX "company_staff_party_member_id_idx" ON "company_staff" USING btree ("party_member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "company_staff_company_party_member_idx" ON "company_staff" USING btree ("company_id","party_member_id") WHERE party_member_id is not null;