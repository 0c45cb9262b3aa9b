-- Pooled resources (shared_resources.quantity > 1): every booking holds one item of its resource
-- (bookings.item_no), and two bookings that hold a slot of the same item never overlap. For a
-- resource of quantity 1 every booking holds item 1, so this is exactly the constraint it replaces.
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_no_overlap";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, "item_no" WITH =, "during" WITH &&)
  WHERE ("state" IN ('PENDING', 'APPROVED'));--> statement-breakpoint
-- A booking holds one of its resource's items, never item quantity + 1: so at most `quantity`
-- slot-holding bookings of a resource overlap. FOR SHARE waits for (and then sees) a concurrent
-- change of the quantity, which takes the row's update lock.
CREATE FUNCTION "bookings_item_within_quantity"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pooled integer;
BEGIN
  SELECT "quantity" INTO pooled FROM "shared_resources" WHERE "id" = NEW."resource_id" FOR SHARE;
  IF pooled IS NOT NULL AND NEW."item_no" > pooled THEN
    RAISE EXCEPTION 'booking holds item % of a resource of quantity %', NEW."item_no", pooled
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "bookings_item_within_quantity"
  BEFORE INSERT OR UPDATE OF "item_no", "resource_id" ON "bookings"
  FOR EACH ROW EXECUTE FUNCTION "bookings_item_within_quantity"();--> statement-breakpoint
-- A resource's quantity cannot drop below an item that a booking not yet over still holds.
CREATE FUNCTION "shared_resources_quantity_covers_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."quantity" < OLD."quantity" AND EXISTS (
    SELECT 1 FROM "bookings"
    WHERE "resource_id" = NEW."id" AND "item_no" > NEW."quantity"
      AND "state" IN ('PENDING', 'APPROVED') AND "ends_at" > now()
  ) THEN
    RAISE EXCEPTION 'bookings still hold items above quantity %', NEW."quantity" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "shared_resources_quantity_covers_bookings"
  BEFORE UPDATE OF "quantity" ON "shared_resources"
  FOR EACH ROW EXECUTE FUNCTION "shared_resources_quantity_covers_bookings"();
