-- A practical project's status history is append-only, like every other state machine's history.
CREATE TRIGGER practical_project_transitions_append_only BEFORE UPDATE OR DELETE ON practical_project_transitions
  FOR EACH ROW EXECUTE FUNCTION party_forbid_change();
--> statement-breakpoint
CREATE TRIGGER practical_project_transitions_no_truncate BEFORE TRUNCATE ON practical_project_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION party_forbid_change();
