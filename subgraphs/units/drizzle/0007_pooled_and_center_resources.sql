ALTER TABLE "shared_resources" ALTER COLUMN "unit_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "item_no" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "shared_resources" ADD COLUMN "center_id" uuid;--> statement-breakpoint
ALTER TABLE "shared_resources" ADD COLUMN "quantity" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "shared_resources" ADD CONSTRAINT "shared_resources_center_id_neighborhood_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."neighborhood_centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shared_resources_center_id_idx" ON "shared_resources" USING btree ("center_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_item_no_check" CHECK ("bookings"."item_no" >= 1);--> statement-breakpoint
ALTER TABLE "shared_resources" ADD CONSTRAINT "shared_resources_owner_check" CHECK (num_nonnulls("shared_resources"."unit_id", "shared_resources"."center_id") = 1);--> statement-breakpoint
ALTER TABLE "shared_resources" ADD CONSTRAINT "shared_resources_quantity_check" CHECK ("shared_resources"."quantity" >= 1);