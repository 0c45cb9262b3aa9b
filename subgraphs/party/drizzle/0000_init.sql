CREATE TYPE "public"."branch_formation" AS ENUM('STANDALONE', 'JOINT', 'COMBINED');--> statement-breakpoint
CREATE TYPE "public"."branch_stage" AS ENUM('NEW', 'COVERED', 'MATURE', 'ESTABLISHED');--> statement-breakpoint
CREATE TYPE "public"."estate_type" AS ENUM('HIGH_RISE_MANAGED', 'MIXED_USE_MANAGED', 'OPEN_UNMANAGED');--> statement-breakpoint
CREATE TYPE "public"."subdistrict_kind" AS ENUM('TOWN', 'SUBDISTRICT');--> statement-breakpoint
CREATE TABLE "branch_estates" (
	"branch_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	CONSTRAINT "branch_estates_branch_id_estate_id_pk" PRIMARY KEY("branch_id","estate_id"),
	CONSTRAINT "branch_estates_estate_id_unique" UNIQUE("estate_id")
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subdistrict_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counties_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "estates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" "estate_type" NOT NULL,
	"resettlement" boolean DEFAULT false NOT NULL,
	"households" integer NOT NULL,
	"address" text NOT NULL,
	"governance_model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "estates_households_check" CHECK ("estates"."households" >= 0)
);
--> statement-breakpoint
CREATE TABLE "party_branches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"formation" "branch_formation" NOT NULL,
	"stage" "branch_stage" DEFAULT 'NEW' NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subdistricts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "subdistrict_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "branch_estates" ADD CONSTRAINT "branch_estates_branch_id_party_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."party_branches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branch_estates" ADD CONSTRAINT "branch_estates_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estates" ADD CONSTRAINT "estates_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subdistricts" ADD CONSTRAINT "subdistricts_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communities_subdistrict_id_idx" ON "communities" USING btree ("subdistrict_id","name");--> statement-breakpoint
CREATE INDEX "estates_community_id_idx" ON "estates" USING btree ("community_id","name","id");--> statement-breakpoint
CREATE INDEX "estates_name_id_idx" ON "estates" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "subdistricts_county_id_idx" ON "subdistricts" USING btree ("county_id","name");