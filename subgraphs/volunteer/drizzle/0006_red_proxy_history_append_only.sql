-- A red proxy request's history and its feedback are append-only: the database itself refuses to
-- change or delete a row (forbid_change() comes from 0004).
CREATE TRIGGER red_proxy_events_append_only BEFORE UPDATE OR DELETE ON red_proxy_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER red_proxy_events_no_truncate BEFORE TRUNCATE ON red_proxy_events
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER red_proxy_feedback_append_only BEFORE UPDATE OR DELETE ON red_proxy_feedback
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER red_proxy_feedback_no_truncate BEFORE TRUNCATE ON red_proxy_feedback
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
