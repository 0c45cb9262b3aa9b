-- Service hours, their correction decisions and every state history are append-only: the database
-- itself refuses to change or delete a row, whoever asks and however they reach it.
CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_hour_entries_append_only BEFORE UPDATE OR DELETE ON service_hour_entries
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER service_hour_entries_no_truncate BEFORE TRUNCATE ON service_hour_entries
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER hour_correction_decisions_append_only BEFORE UPDATE OR DELETE ON hour_correction_decisions
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER hour_correction_decisions_no_truncate BEFORE TRUNCATE ON hour_correction_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER activity_sign_up_events_append_only BEFORE UPDATE OR DELETE ON activity_sign_up_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER activity_sign_up_events_no_truncate BEFORE TRUNCATE ON activity_sign_up_events
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER post_claim_events_append_only BEFORE UPDATE OR DELETE ON post_claim_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER post_claim_events_no_truncate BEFORE TRUNCATE ON post_claim_events
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
-- The minutes that count: each original entry, replaced by its latest approved correction if any.
-- Pending and rejected corrections count for nothing.
CREATE VIEW effective_service_hours AS
SELECT e.id, e.volunteer_id, e.team_id, e.estate_id, e.served_on,
       coalesce(latest.minutes, e.minutes) AS minutes
FROM service_hour_entries e
LEFT JOIN LATERAL (
  SELECT c.minutes
  FROM service_hour_entries c
  JOIN hour_correction_decisions d ON d.correction_id = c.id AND d.decision = 'APPROVED'
  WHERE c.corrects_entry_id = e.id
  ORDER BY d.decided_at DESC, c.created_at DESC, c.id DESC
  LIMIT 1
) latest ON true
WHERE e.corrects_entry_id IS NULL;
--> statement-breakpoint
-- No member holds two live claims whose fixed shifts overlap (claims of flexible and open-ended
-- posts carry no shift and are not constrained).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE post_claims ADD CONSTRAINT post_claims_no_overlapping_shifts
  EXCLUDE USING gist (member_id WITH =, tstzrange(shift_starts_at, shift_ends_at) WITH &&)
  WHERE (state IN ('CLAIMED', 'ACCEPTED') AND shift_starts_at IS NOT NULL);
--> statement-breakpoint
-- 志愿之星: the published thresholds of approved hours.
INSERT INTO star_thresholds (level, name, min_hours, published_on) VALUES
  (1, '一星志愿之星', 20, '2023-01-01'),
  (2, '二星志愿之星', 50, '2023-01-01'),
  (3, '三星志愿之星', 100, '2023-01-01');
