CREATE TYPE "public"."booking_requester_kind" AS ENUM('ESTATE', 'LIVING_ROOM', 'VOLUNTEER_TEAM');--> statement-breakpoint
CREATE TYPE "public"."booking_state" AS ENUM('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."center_service_category" AS ENUM('HIGH_FREQUENCY', 'SELF_SERVICE_MACHINE', 'HOTLINE_12345', 'MEDICAL_ALLIANCE', 'OTHER');--> statement-breakpoint
CREATE TABLE "booking_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"from_state" "booking_state",
	"to_state" "booking_state" NOT NULL,
	"actor" text,
	"note" text DEFAULT '' NOT NULL,
	"request_id" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"requester_kind" "booking_requester_kind" NOT NULL,
	"requester_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange("starts_at", "ends_at", '[)')) STORED NOT NULL,
	"state" "booking_state" DEFAULT 'PENDING' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"series_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_range_check" CHECK ("bookings"."ends_at" > "bookings"."starts_at"),
	CONSTRAINT "bookings_estate_requester_check" CHECK ("bookings"."requester_kind" <> 'ESTATE' OR "bookings"."requester_id" = "bookings"."estate_id")
);
--> statement-breakpoint
CREATE TABLE "center_service_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" "center_service_category" NOT NULL,
	"offered_in_living_rooms" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neighborhood_center_units" (
	"center_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "neighborhood_center_units_center_id_unit_id_pk" PRIMARY KEY("center_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "neighborhood_centers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shared_resource_estates" (
	"resource_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shared_resource_estates_resource_id_estate_id_pk" PRIMARY KEY("resource_id","estate_id")
);
--> statement-breakpoint
ALTER TABLE "shared_resources" ADD COLUMN "requires_approval" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "shared_resources" ADD COLUMN "monthly_quota_per_estate" integer;--> statement-breakpoint
ALTER TABLE "booking_history" ADD CONSTRAINT "booking_history_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resource_id_shared_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."shared_resources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "center_service_items" ADD CONSTRAINT "center_service_items_center_id_neighborhood_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."neighborhood_centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighborhood_center_units" ADD CONSTRAINT "neighborhood_center_units_center_id_neighborhood_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."neighborhood_centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighborhood_center_units" ADD CONSTRAINT "neighborhood_center_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_resource_estates" ADD CONSTRAINT "shared_resource_estates_resource_id_shared_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."shared_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_history_booking_id_idx" ON "booking_history" USING btree ("booking_id","occurred_at");--> statement-breakpoint
CREATE INDEX "bookings_resource_id_idx" ON "bookings" USING btree ("resource_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "bookings_estate_id_idx" ON "bookings" USING btree ("estate_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "bookings_requester_idx" ON "bookings" USING btree ("requester_kind","requester_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "bookings_series_id_idx" ON "bookings" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "center_service_items_center_id_idx" ON "center_service_items" USING btree ("center_id","name","id");--> statement-breakpoint
CREATE INDEX "neighborhood_center_units_unit_id_idx" ON "neighborhood_center_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "neighborhood_centers_name_id_idx" ON "neighborhood_centers" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "shared_resource_estates_estate_id_idx" ON "shared_resource_estates" USING btree ("estate_id");--> statement-breakpoint
CREATE INDEX "shared_resources_kind_name_id_idx" ON "shared_resources" USING btree ("kind","name","id");--> statement-breakpoint
ALTER TABLE "shared_resources" ADD CONSTRAINT "shared_resources_monthly_quota_check" CHECK ("shared_resources"."monthly_quota_per_estate" IS NULL OR "shared_resources"."monthly_quota_per_estate" >= 1);