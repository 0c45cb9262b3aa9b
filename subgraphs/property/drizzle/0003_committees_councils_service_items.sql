CREATE TYPE "public"."committee_role" AS ENUM('CHAIR', 'VICE_CHAIR', 'MEMBER');--> statement-breakpoint
CREATE TYPE "public"."ledger_entry_kind" AS ENUM('INCOME', 'EXPENSE');--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"kind" "ledger_entry_kind" NOT NULL,
	"amount_fen" integer NOT NULL,
	"memo" text NOT NULL,
	"occurred_on" date NOT NULL,
	"corrects_entry_id" uuid,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_council_id_id_key" UNIQUE("council_id","id"),
	CONSTRAINT "ledger_entries_amount_check" CHECK ("ledger_entries"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "owners_committee_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" "committee_role" NOT NULL,
	"party_member_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owners_committee_members_position_key" UNIQUE("committee_id","position")
);
--> statement-breakpoint
CREATE TABLE "owners_committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"term_starts_on" date NOT NULL,
	"term_ends_on" date NOT NULL,
	"succeeded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owners_committees_term_check" CHECK ("owners_committees"."term_ends_on" > "owners_committees"."term_starts_on"),
	CONSTRAINT "owners_committees_succeeded_check" CHECK ("owners_committees"."succeeded_on" is null or "owners_committees"."succeeded_on" > "owners_committees"."term_starts_on")
);
--> statement-breakpoint
CREATE TABLE "property_service_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"fee_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_governance_councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"name" text NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_council_id_self_governance_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."self_governance_councils"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_corrects_same_council_fk" FOREIGN KEY ("council_id","corrects_entry_id") REFERENCES "public"."ledger_entries"("council_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owners_committee_members" ADD CONSTRAINT "owners_committee_members_committee_id_owners_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."owners_committees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "property_service_items" ADD CONSTRAINT "property_service_items_company_id_property_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."property_companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_council_id_idx" ON "ledger_entries" USING btree ("council_id","occurred_on","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_corrects_entry_id_idx" ON "ledger_entries" USING btree ("corrects_entry_id");--> statement-breakpoint
CREATE INDEX "owners_committee_members_committee_id_idx" ON "owners_committee_members" USING btree ("committee_id","position");--> statement-breakpoint
CREATE INDEX "owners_committee_members_party_member_id_idx" ON "owners_committee_members" USING btree ("party_member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "owners_committee_members_chair_idx" ON "owners_committee_members" USING btree ("committee_id") WHERE role = 'CHAIR';--> statement-breakpoint
CREATE UNIQUE INDEX "owners_committee_members_party_member_idx" ON "owners_committee_members" USING btree ("committee_id","party_member_id");--> statement-breakpoint
CREATE INDEX "owners_committees_estate_id_idx" ON "owners_committees" USING btree ("estate_id","term_starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "owners_committees_current_estate_idx" ON "owners_committees" USING btree ("estate_id") WHERE succeeded_on is null;--> statement-breakpoint
CREATE INDEX "property_service_items_company_id_idx" ON "property_service_items" USING btree ("company_id","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_governance_councils_estate_id_idx" ON "self_governance_councils" USING btree ("estate_id");