CREATE TABLE "management_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "management_contracts_period_check" CHECK ("management_contracts"."ends_on" is null or "management_contracts"."ends_on" >= "management_contracts"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "property_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "management_contracts" ADD CONSTRAINT "management_contracts_company_id_property_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."property_companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "management_contracts_company_id_idx" ON "management_contracts" USING btree ("company_id","starts_on");--> statement-breakpoint
CREATE INDEX "management_contracts_estate_id_idx" ON "management_contracts" USING btree ("estate_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "management_contracts_current_estate_idx" ON "management_contracts" USING btree ("estate_id") WHERE ends_on is null;--> statement-breakpoint
CREATE INDEX "property_companies_name_id_idx" ON "property_companies" USING btree ("name","id");