-- Branches registered before stage dates were recorded: their founding date stands in for every
-- stage they had already reached, so the stage-date check below holds for them.
UPDATE party_branches SET covered_on = founded_on WHERE stage IN ('COVERED', 'MATURE', 'ESTABLISHED') AND covered_on IS NULL;
--> statement-breakpoint
UPDATE party_branches SET matured_on = founded_on WHERE stage IN ('MATURE', 'ESTABLISHED') AND matured_on IS NULL;
--> statement-breakpoint
UPDATE party_branches SET established_on = founded_on WHERE stage = 'ESTABLISHED' AND established_on IS NULL;
--> statement-breakpoint
-- The histories of every state machine are append-only: the database itself refuses to change or
-- delete a row, whoever asks and however they reach it.
CREATE FUNCTION party_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER problem_transitions_append_only BEFORE UPDATE OR DELETE ON problem_transitions
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER problem_transitions_no_truncate BEFORE TRUNCATE ON problem_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER dispute_transitions_append_only BEFORE UPDATE OR DELETE ON dispute_transitions
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER dispute_transitions_no_truncate BEFORE TRUNCATE ON dispute_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER branch_stage_transitions_append_only BEFORE UPDATE OR DELETE ON branch_stage_transitions
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER branch_stage_transitions_no_truncate BEFORE TRUNCATE ON branch_stage_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
-- Response targets per category (hours until the answer is due): reference data, not demo data.
INSERT INTO problem_response_targets (category, response_hours) VALUES
  ('PARKING', 72),
  ('FACILITY_DAMAGE', 72),
  ('ILLEGAL_CONSTRUCTION', 168),
  ('EBIKE_CHARGING', 120),
  ('OTHER', 168)
ON CONFLICT (category) DO NOTHING;
