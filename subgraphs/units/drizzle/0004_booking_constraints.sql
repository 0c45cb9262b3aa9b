-- Two bookings that hold a slot of one resource never overlap. PENDING holds the slot as well as
-- APPROVED: the first request for a slot keeps it until the owner declines it or the requester
-- cancels, so an approval can never collide with another approved booking. Ranges are [starts, ends):
-- touching bookings ([a,b) and [b,c)) do not overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, "during" WITH &&)
  WHERE ("state" IN ('PENDING', 'APPROVED'));--> statement-breakpoint
-- The booking history is a record: once written, a row can be neither changed nor deleted.
CREATE FUNCTION "booking_history_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'booking_history rows cannot be changed or deleted' USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "booking_history_immutable"
  BEFORE UPDATE OR DELETE ON "booking_history"
  FOR EACH ROW EXECUTE FUNCTION "booking_history_is_immutable"();--> statement-breakpoint
CREATE TRIGGER "booking_history_no_truncate"
  BEFORE TRUNCATE ON "booking_history"
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_history_is_immutable"();
