-- The place registry's outbox is written by the changes themselves: a trigger per table and
-- event inserts one row per place changed, in the same transaction, so every writer (the demo
-- loader, a seed, a future mutation, an operator's SQL) publishes. Statement-level triggers with
-- transition tables: a bulk load writes its outbox rows in one statement.
--
-- Rows commit in seq order: each trigger takes one transaction-level lock before taking
-- sequence numbers, so a second writer of places waits until the first commits, and a reader
-- that has read seq N will never later see a smaller seq appear.
INSERT INTO "place_registry" ("id") VALUES (true);
--> statement-breakpoint
CREATE FUNCTION place_changes_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  INSERT INTO place_changes (kind, place_id, parent_id, name)
  SELECT TG_ARGV[0], n.id, (to_jsonb(n) ->> TG_ARGV[1])::uuid, n.name FROM new_rows n ORDER BY n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION place_changes_moved_or_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  INSERT INTO place_changes (kind, place_id, parent_id, name)
  SELECT TG_ARGV[0], n.id, (to_jsonb(n) ->> TG_ARGV[1])::uuid, n.name
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE o.name IS DISTINCT FROM n.name OR (to_jsonb(o) ->> TG_ARGV[1]) IS DISTINCT FROM (to_jsonb(n) ->> TG_ARGV[1])
  ORDER BY n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION place_changes_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  INSERT INTO place_changes (kind, place_id, removed) SELECT TG_ARGV[0], o.id, true FROM old_rows o ORDER BY o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER subdistricts_published AFTER INSERT ON subdistricts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_published('Subdistrict', 'county_id');
--> statement-breakpoint
CREATE TRIGGER subdistricts_changed AFTER UPDATE ON subdistricts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_moved_or_renamed('Subdistrict', 'county_id');
--> statement-breakpoint
CREATE TRIGGER subdistricts_removed AFTER DELETE ON subdistricts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_removed('Subdistrict');
--> statement-breakpoint
CREATE TRIGGER communities_published AFTER INSERT ON communities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_published('Community', 'subdistrict_id');
--> statement-breakpoint
CREATE TRIGGER communities_changed AFTER UPDATE ON communities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_moved_or_renamed('Community', 'subdistrict_id');
--> statement-breakpoint
CREATE TRIGGER communities_removed AFTER DELETE ON communities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_removed('Community');
--> statement-breakpoint
CREATE TRIGGER estates_published AFTER INSERT ON estates REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_published('Estate', 'community_id');
--> statement-breakpoint
CREATE TRIGGER estates_changed AFTER UPDATE ON estates REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_moved_or_renamed('Estate', 'community_id');
--> statement-breakpoint
CREATE TRIGGER estates_removed AFTER DELETE ON estates REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION place_changes_removed('Estate');
--> statement-breakpoint
-- Places already registered are published once, parents first.
INSERT INTO place_changes (kind, place_id, parent_id, name)
SELECT 'Subdistrict', id, county_id, name FROM subdistricts ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO place_changes (kind, place_id, parent_id, name)
SELECT 'Community', id, subdistrict_id, name FROM communities ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO place_changes (kind, place_id, parent_id, name)
SELECT 'Estate', id, community_id, name FROM estates ORDER BY created_at, id;
