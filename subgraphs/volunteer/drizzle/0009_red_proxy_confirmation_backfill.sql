-- Requests reported done before confirmation windows were published get the window of 72 hours
-- that applies when none has been published; then confirm_by is set exactly when done_at is.
UPDATE red_proxy_requests SET confirm_by = done_at + interval '72 hours' WHERE done_at IS NOT NULL AND confirm_by IS NULL;
--> statement-breakpoint
ALTER TABLE red_proxy_requests ADD CONSTRAINT red_proxy_requests_confirm_by_check
  CHECK ((done_at IS NULL) = (confirm_by IS NULL));
--> statement-breakpoint
-- Published windows are history: the database refuses to change or delete one (forbid_change() from 0004).
CREATE TRIGGER red_proxy_confirmation_windows_append_only BEFORE UPDATE OR DELETE ON red_proxy_confirmation_windows
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER red_proxy_confirmation_windows_no_truncate BEFORE TRUNCATE ON red_proxy_confirmation_windows
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
