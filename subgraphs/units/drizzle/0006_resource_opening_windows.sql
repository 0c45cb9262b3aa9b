CREATE TABLE "resource_opening_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_opening_windows_weekday_check" CHECK ("resource_opening_windows"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "resource_opening_windows_range_check" CHECK ("resource_opening_windows"."ends_at" > "resource_opening_windows"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "resource_opening_windows" ADD CONSTRAINT "resource_opening_windows_resource_id_shared_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."shared_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_opening_windows_resource_id_idx" ON "resource_opening_windows" USING btree ("resource_id","weekday","starts_at");