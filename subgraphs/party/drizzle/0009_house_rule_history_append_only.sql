-- A house rule's status history is append-only, like every other state machine's history; a
-- resident's vote, once cast, is neither changed nor withdrawn.
CREATE TRIGGER house_rule_transitions_append_only BEFORE UPDATE OR DELETE ON house_rule_transitions
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER house_rule_transitions_no_truncate BEFORE TRUNCATE ON house_rule_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER house_rule_votes_append_only BEFORE UPDATE OR DELETE ON house_rule_votes
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER house_rule_votes_no_truncate BEFORE TRUNCATE ON house_rule_votes
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
