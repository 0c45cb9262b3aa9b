-- Guards PostgreSQL itself keeps, whatever the application does.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- One estate's management contracts never overlap (end dates are inclusive; an open end runs on).
ALTER TABLE "management_contracts" ADD CONSTRAINT "management_contracts_no_overlap"
  EXCLUDE USING gist ("estate_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
--> statement-breakpoint
-- One estate's owners' committee terms never overlap: a term runs until its successor starts.
ALTER TABLE "owners_committees" ADD CONSTRAINT "owners_committees_no_overlap"
  EXCLUDE USING gist ("estate_id" WITH =, daterange("term_starts_on", "succeeded_on", '[)') WITH &&);
--> statement-breakpoint
-- Contract history is kept: a current contract may be ended once; nothing else changes, nothing
-- is deleted. An UPDATE that changes nothing (reloading the demo data) passes.
CREATE FUNCTION management_contracts_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'management contracts are history: they cannot be deleted';
  END IF;
  IF NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  IF OLD.ends_on IS NULL AND NEW.ends_on IS NOT NULL
     AND (NEW.id, NEW.company_id, NEW.estate_id, NEW.starts_on, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.id, OLD.company_id, OLD.estate_id, OLD.starts_on, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'management contracts are history: only a current contract may be ended';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER management_contracts_keep_history BEFORE UPDATE OR DELETE ON "management_contracts"
  FOR EACH ROW EXECUTE FUNCTION management_contracts_keep_history();
--> statement-breakpoint
-- Committee terms are history: the current term may be succeeded once; nothing else changes.
CREATE FUNCTION owners_committees_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'owners'' committee terms are history: they cannot be deleted';
  END IF;
  IF NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  IF OLD.succeeded_on IS NULL AND NEW.succeeded_on IS NOT NULL
     AND (NEW.id, NEW.estate_id, NEW.term_starts_on, NEW.term_ends_on, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.id, OLD.estate_id, OLD.term_starts_on, OLD.term_ends_on, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'owners'' committee terms are history: only the current term may be succeeded';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER owners_committees_keep_history BEFORE UPDATE OR DELETE ON "owners_committees"
  FOR EACH ROW EXECUTE FUNCTION owners_committees_keep_history();
--> statement-breakpoint
-- The seats of a term are as elected: a re-election makes new ones.
CREATE FUNCTION owners_committee_members_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'owners'' committee seats are history: they cannot be changed or deleted';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER owners_committee_members_keep_history BEFORE UPDATE OR DELETE ON "owners_committee_members"
  FOR EACH ROW EXECUTE FUNCTION owners_committee_members_keep_history();
--> statement-breakpoint
-- The fee ledger is append-only, for every role and every connection: no UPDATE, DELETE or TRUNCATE.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the fee ledger is append-only: record a correcting entry instead of changing one';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only();
