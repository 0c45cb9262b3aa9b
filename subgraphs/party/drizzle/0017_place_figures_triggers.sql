-- The dashboard's counts per place (place_figures, place_branches) are kept by triggers on the
-- records, in the transaction of the write, so every writer (a mutation, the demo loader, a seed,
-- an operator's SQL) keeps them, and an existing database is counted once at the end of this file
-- by the same functions.
--
-- Each record contributes figures to its estate (`raised`, `problems:PARKING:REPORTED`,
-- `raised@2024-03`, `branch:<id>`, …); a write adds the new rows' figures and takes away the old
-- rows', at the estate and at each place above it. A moved estate, community or subdistrict takes
-- its counts from the places above its old parent to those above its new one.
--
-- Every trigger first takes the lock the place registry's outbox takes: writes that change
-- figures or places run one after the other, and each statement after the lock sees the committed
-- state of the others (a concurrent move, a first answer, a coverage), so no count is lost or
-- counted twice.

-- A place and every place above it, from the registry's tables.
CREATE FUNCTION party_place_chain(place_kind text, place_id uuid) RETURNS TABLE(kind text, id uuid)
LANGUAGE sql STABLE AS $$
  SELECT place_kind, place_id
  UNION ALL
  SELECT 'Subdistrict', c.subdistrict_id FROM communities c WHERE place_kind = 'Community' AND c.id = place_id
  UNION ALL
  SELECT 'County', s.county_id FROM communities c JOIN subdistricts s ON s.id = c.subdistrict_id
    WHERE place_kind = 'Community' AND c.id = place_id
  UNION ALL
  SELECT 'County', s.county_id FROM subdistricts s WHERE place_kind = 'Subdistrict' AND s.id = place_id
$$;
--> statement-breakpoint
-- Adds each delta to exactly its place. A `branch:<id>` delta goes to place_branches, and when a
-- branch's count there reaches or leaves zero, the place's `branches` and its secretary's
-- `secretaries:<background>` follow.
CREATE FUNCTION party_rollup_put(kinds text[], ids uuid[], figures text[], ns integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO place_figures AS f (place_kind, place_id, figure, n)
  SELECT d.kind, d.id, d.figure, sum(d.n)::int
  FROM unnest(kinds, ids, figures, ns) AS d(kind, id, figure, n)
  WHERE d.figure NOT LIKE 'branch:%'
  GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (place_kind, place_id, figure) DO UPDATE SET n = f.n + excluded.n;

  WITH d AS (
    SELECT d.kind, d.id, substr(d.figure, 8)::uuid AS branch_id, sum(d.n)::int AS n
    FROM unnest(kinds, ids, figures, ns) AS d(kind, id, figure, n)
    WHERE d.figure LIKE 'branch:%'
    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
  ),
  up AS (
    INSERT INTO place_branches AS b (place_kind, place_id, branch_id, estates)
    SELECT kind, id, branch_id, n FROM d ORDER BY 1, 2, 3
    ON CONFLICT (place_kind, place_id, branch_id) DO UPDATE SET estates = b.estates + excluded.estates
    RETURNING b.place_kind, b.place_id, b.branch_id, b.estates
  ),
  flips AS (
    SELECT up.place_kind, up.place_id, up.branch_id,
      CASE WHEN up.estates <> 0 AND up.estates = d.n THEN 1 WHEN up.estates = 0 THEN -1 ELSE 0 END AS n
    FROM up JOIN d ON d.kind = up.place_kind AND d.id = up.place_id AND d.branch_id = up.branch_id
  ),
  counted AS (
    SELECT place_kind, place_id, 'branches' AS figure, n FROM flips WHERE n <> 0
    UNION ALL
    SELECT fl.place_kind, fl.place_id, 'secretaries:' || pb.secretary_background, fl.n
    FROM flips fl JOIN party_branches pb ON pb.id = fl.branch_id
    WHERE fl.n <> 0 AND pb.secretary_background IS NOT NULL
  )
  INSERT INTO place_figures AS f (place_kind, place_id, figure, n)
  SELECT place_kind, place_id, figure, sum(n)::int FROM counted
  GROUP BY 1, 2, 3 HAVING sum(n) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (place_kind, place_id, figure) DO UPDATE SET n = f.n + excluded.n;
END $$;
--> statement-breakpoint
-- Adds estate deltas to the estate and to its community and every place above it.
CREATE FUNCTION party_rollup_add(estate_ids uuid[], community_ids uuid[], figures text[], ns integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_rollup_put(array_agg(t.kind), array_agg(t.id), array_agg(t.figure), array_agg(t.n))
  FROM (
    SELECT 'Estate' AS kind, d.estate_id AS id, d.figure, d.n
    FROM unnest(estate_ids, community_ids, figures, ns) AS d(estate_id, community_id, figure, n)
    UNION ALL
    SELECT c.kind, c.id, d.figure, d.n
    FROM unnest(estate_ids, community_ids, figures, ns) AS d(estate_id, community_id, figure, n)
    CROSS JOIN LATERAL party_place_chain('Community', d.community_id) c
  ) t;
END $$;
--> statement-breakpoint
-- Moves the counts of places of `kind` (Estate, Community or Subdistrict) from the places above
-- their old parent to those above their new one. The derived counts (`branches`, `secretaries:…`)
-- are not moved: they follow from the branch counts moved.
CREATE FUNCTION party_rollup_shift(kind text, ids uuid[], old_parents uuid[], new_parents uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  parent_kind text := CASE kind WHEN 'Estate' THEN 'Community' WHEN 'Community' THEN 'Subdistrict' ELSE 'County' END;
BEGIN
  PERFORM party_rollup_put(array_agg(t.kind), array_agg(t.id), array_agg(t.figure), array_agg(t.n))
  FROM (
    WITH moved AS (
      SELECT * FROM unnest(ids, old_parents, new_parents) AS m(id, old_parent, new_parent)
      WHERE m.old_parent IS DISTINCT FROM m.new_parent
    ),
    counts AS (
      SELECT m.old_parent, m.new_parent, f.figure, f.n
      FROM moved m JOIN place_figures f ON f.place_kind = kind AND f.place_id = m.id
      WHERE f.n <> 0 AND f.figure <> 'branches' AND f.figure NOT LIKE 'secretaries:%'
      UNION ALL
      SELECT m.old_parent, m.new_parent, 'branch:' || b.branch_id, b.estates
      FROM moved m JOIN place_branches b ON b.place_kind = kind AND b.place_id = m.id
      WHERE b.estates <> 0
    )
    SELECT c.kind, c.id, x.figure, -x.n AS n FROM counts x CROSS JOIN LATERAL party_place_chain(parent_kind, x.old_parent) c
    UNION ALL
    SELECT c.kind, c.id, x.figure, x.n FROM counts x CROSS JOIN LATERAL party_place_chain(parent_kind, x.new_parent) c
  ) t;
END $$;
--> statement-breakpoint
-- What each record counts for its estate. VOLATILE so that they are never inlined: PGlite's
-- planner (and PostgreSQL 15's) fails on a whole-row argument of an inlined function in a lateral join.
CREATE FUNCTION party_problem_figures(p problems) RETURNS SETOF text LANGUAGE sql VOLATILE AS $$
  SELECT 'raised'
  UNION ALL SELECT 'raised@' || to_char(p.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
  UNION ALL SELECT 'problems:' || p.category || ':' || p.status
  UNION ALL SELECT 'solved' WHERE p.status IN ('RESOLVED', 'ANSWERED', 'CLOSED')
  UNION ALL SELECT 'open' WHERE p.status IN ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED')
  -- Solved in the month of its first resolution, as the monthly series counts it.
  UNION ALL SELECT 'solved@' || to_char(min(t.occurred_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
    FROM problem_transitions t WHERE t.problem_id = p.id AND t.to_status = 'RESOLVED'
    HAVING count(*) > 0
$$;
--> statement-breakpoint
CREATE FUNCTION party_dispute_figures(d disputes) RETURNS SETOF text LANGUAGE sql VOLATILE AS $$
  SELECT 'disputes_mediated' WHERE d.status = 'SETTLED'
  UNION ALL SELECT 'mediated@' || to_char(d.concluded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
    WHERE d.status = 'SETTLED' AND d.concluded_at IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION party_estate_figures(e estates) RETURNS SETOF text LANGUAGE sql VOLATILE AS $$
  SELECT 'estates'
  UNION ALL SELECT 'work' WHERE e.work_covered_on IS NOT NULL
  UNION ALL SELECT 'both' WHERE e.work_covered_on IS NOT NULL
    AND EXISTS (SELECT 1 FROM branch_estates be WHERE be.estate_id = e.id)
$$;
--> statement-breakpoint
CREATE FUNCTION party_branch_estate_figures(be branch_estates) RETURNS SETOF text LANGUAGE sql VOLATILE AS $$
  SELECT 'organization'
  UNION ALL SELECT 'branch:' || be.branch_id
  UNION ALL SELECT 'both' FROM estates e WHERE e.id = be.estate_id AND e.work_covered_on IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION party_record_figures(kind text, r jsonb) RETURNS SETOF text LANGUAGE sql VOLATILE AS $$
  SELECT 'living_rooms' WHERE kind = 'living_rooms'
  UNION ALL SELECT 'projects_done' WHERE kind = 'practical_projects' AND r ->> 'status' = 'DONE'
  UNION ALL SELECT 'grid_leaders' WHERE kind = 'grid_leader_posts' AND r ->> 'ended_on' IS NULL
$$;
--> statement-breakpoint
-- The figures of a row of any counted table (each has its estate_id), the row given as jsonb.
CREATE FUNCTION party_row_figures(tbl text, r jsonb) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
  CASE tbl
    WHEN 'problems' THEN RETURN QUERY SELECT party_problem_figures(jsonb_populate_record(NULL::problems, r));
    WHEN 'disputes' THEN RETURN QUERY SELECT party_dispute_figures(jsonb_populate_record(NULL::disputes, r));
    WHEN 'branch_estates' THEN
      RETURN QUERY SELECT party_branch_estate_figures(jsonb_populate_record(NULL::branch_estates, r));
    ELSE RETURN QUERY SELECT party_record_figures(tbl, r);
  END CASE;
END $$;
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) the figures of rows of `tbl`.
CREATE FUNCTION party_rollup_rows(tbl text, rows jsonb[], signs integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_rollup_add(array_agg(e.id), array_agg(e.community_id), array_agg(f), array_agg(x.sign))
  FROM unnest(rows, signs) AS x(r, sign)
  JOIN estates e ON e.id = (x.r ->> 'estate_id')::uuid
  CROSS JOIN LATERAL party_row_figures(tbl, x.r) f;
END $$;
--> statement-breakpoint
-- The trigger of every counted table but estates: the new rows' figures in, the old rows' out.
CREATE FUNCTION party_rollup_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb[];
  signs integer[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  IF TG_OP <> 'DELETE' THEN
    SELECT array_agg(to_jsonb(r)), array_agg(1) INTO changed, signs FROM new_rows r;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT changed || array_agg(to_jsonb(r)), signs || array_agg(-1) INTO changed, signs FROM old_rows r;
  END IF;
  PERFORM party_rollup_rows(TG_TABLE_NAME, changed, signs);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Transitions are only appended: a problem's first resolution can appear, or move earlier.
CREATE FUNCTION party_rollup_problem_transitions_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  PERFORM party_rollup_add(array_agg(x.estate_id), array_agg(x.community_id), array_agg(x.figure), array_agg(x.n))
  FROM (
    WITH resolved AS (
      SELECT p.id, p.estate_id,
        (SELECT min(t.occurred_at) FROM problem_transitions t
          WHERE t.problem_id = p.id AND t.to_status = 'RESOLVED' AND t.id NOT IN (SELECT id FROM new_rows)) AS before,
        (SELECT min(t.occurred_at) FROM problem_transitions t WHERE t.problem_id = p.id AND t.to_status = 'RESOLVED') AS after
      FROM problems p WHERE p.id IN (SELECT problem_id FROM new_rows WHERE to_status = 'RESOLVED')
    ),
    months AS (
      SELECT estate_id, to_char(before AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS before,
        to_char(after AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS after
      FROM resolved
    )
    SELECT e.id AS estate_id, e.community_id, 'solved@' || m.before AS figure, -1 AS n
    FROM months m JOIN estates e ON e.id = m.estate_id WHERE m.before IS NOT NULL AND m.before <> m.after
    UNION ALL
    SELECT e.id, e.community_id, 'solved@' || m.after, 1
    FROM months m JOIN estates e ON e.id = m.estate_id WHERE m.before IS DISTINCT FROM m.after
  ) x;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A branch's covered estates leave it before it goes (the cascade's triggers would no longer find
-- the branch's secretary).
CREATE FUNCTION party_rollup_branch_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM branch_estates WHERE branch_id = OLD.id;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE FUNCTION party_rollup_secretaries_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  PERFORM party_rollup_put(array_agg(x.place_kind), array_agg(x.place_id), array_agg(x.figure), array_agg(x.n))
  FROM (
    SELECT b.place_kind, b.place_id, 'secretaries:' || o.secretary_background AS figure, -1 AS n
    FROM old_rows o JOIN new_rows nw ON nw.id = o.id JOIN place_branches b ON b.branch_id = o.id
    WHERE b.estates <> 0 AND o.secretary_background IS DISTINCT FROM nw.secretary_background
      AND o.secretary_background IS NOT NULL
    UNION ALL
    SELECT b.place_kind, b.place_id, 'secretaries:' || nw.secretary_background, 1
    FROM old_rows o JOIN new_rows nw ON nw.id = o.id JOIN place_branches b ON b.branch_id = o.id
    WHERE b.estates <> 0 AND o.secretary_background IS DISTINCT FROM nw.secretary_background
      AND nw.secretary_background IS NOT NULL
  ) x;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION party_rollup_estates_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  IF TG_OP = 'INSERT' THEN
    PERFORM party_rollup_add(array_agg(r.id), array_agg(r.community_id), array_agg(f), array_agg(1))
    FROM new_rows r CROSS JOIN LATERAL party_estate_figures(r::estates) f;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM party_rollup_add(array_agg(r.id), array_agg(r.community_id), array_agg(f), array_agg(-1))
    FROM old_rows r CROSS JOIN LATERAL party_estate_figures(r::estates) f;
    DELETE FROM place_figures WHERE place_kind = 'Estate' AND place_id IN (SELECT id FROM old_rows);
    DELETE FROM place_branches WHERE place_kind = 'Estate' AND place_id IN (SELECT id FROM old_rows);
  ELSE
    -- The old row's own figures leave from its old community, the estate's other counts move
    -- with it, and the new row's figures arrive at its new community.
    PERFORM party_rollup_add(array_agg(r.id), array_agg(r.community_id), array_agg(f), array_agg(-1))
    FROM old_rows r CROSS JOIN LATERAL party_estate_figures(r::estates) f;
    PERFORM party_rollup_shift('Estate', array_agg(o.id), array_agg(o.community_id), array_agg(nw.community_id))
    FROM old_rows o JOIN new_rows nw ON nw.id = o.id;
    PERFORM party_rollup_add(array_agg(r.id), array_agg(r.community_id), array_agg(f), array_agg(1))
    FROM new_rows r CROSS JOIN LATERAL party_estate_figures(r::estates) f;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION party_rollup_communities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  IF TG_OP = 'DELETE' THEN
    DELETE FROM place_figures WHERE place_kind = 'Community' AND place_id IN (SELECT id FROM old_rows);
    DELETE FROM place_branches WHERE place_kind = 'Community' AND place_id IN (SELECT id FROM old_rows);
  ELSE
    PERFORM party_rollup_shift('Community', array_agg(o.id), array_agg(o.subdistrict_id), array_agg(nw.subdistrict_id))
    FROM old_rows o JOIN new_rows nw ON nw.id = o.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION party_rollup_subdistricts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('place_changes'));
  IF TG_OP = 'DELETE' THEN
    DELETE FROM place_figures WHERE place_kind = 'Subdistrict' AND place_id IN (SELECT id FROM old_rows);
    DELETE FROM place_branches WHERE place_kind = 'Subdistrict' AND place_id IN (SELECT id FROM old_rows);
  ELSE
    PERFORM party_rollup_shift('Subdistrict', array_agg(o.id), array_agg(o.county_id), array_agg(nw.county_id))
    FROM old_rows o JOIN new_rows nw ON nw.id = o.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER problems_counted_in AFTER INSERT ON problems REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER problems_counted_again AFTER UPDATE ON problems REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER problems_counted_out AFTER DELETE ON problems REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER problem_transitions_counted_in AFTER INSERT ON problem_transitions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_problem_transitions_added();
--> statement-breakpoint
CREATE TRIGGER disputes_counted_in AFTER INSERT ON disputes REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER disputes_counted_again AFTER UPDATE ON disputes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER disputes_counted_out AFTER DELETE ON disputes REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER branch_estates_counted_in AFTER INSERT ON branch_estates REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER branch_estates_counted_again AFTER UPDATE ON branch_estates REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER branch_estates_counted_out AFTER DELETE ON branch_estates REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER party_branches_uncover_first BEFORE DELETE ON party_branches
  FOR EACH ROW EXECUTE FUNCTION party_rollup_branch_removed();
--> statement-breakpoint
CREATE TRIGGER party_branches_secretaries_counted AFTER UPDATE ON party_branches REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_secretaries_changed();
--> statement-breakpoint
CREATE TRIGGER estates_counted_in AFTER INSERT ON estates REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_estates_changed();
--> statement-breakpoint
CREATE TRIGGER estates_counted_again AFTER UPDATE ON estates REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_estates_changed();
--> statement-breakpoint
CREATE TRIGGER estates_counted_out AFTER DELETE ON estates REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_estates_changed();
--> statement-breakpoint
CREATE TRIGGER communities_counts_moved AFTER UPDATE ON communities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_communities_changed();
--> statement-breakpoint
CREATE TRIGGER communities_counts_removed AFTER DELETE ON communities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_communities_changed();
--> statement-breakpoint
CREATE TRIGGER subdistricts_counts_moved AFTER UPDATE ON subdistricts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_subdistricts_changed();
--> statement-breakpoint
CREATE TRIGGER subdistricts_counts_removed AFTER DELETE ON subdistricts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_subdistricts_changed();
--> statement-breakpoint
CREATE TRIGGER living_rooms_counted_in AFTER INSERT ON living_rooms REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER living_rooms_counted_again AFTER UPDATE ON living_rooms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER living_rooms_counted_out AFTER DELETE ON living_rooms REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER practical_projects_counted_in AFTER INSERT ON practical_projects REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER practical_projects_counted_again AFTER UPDATE ON practical_projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER practical_projects_counted_out AFTER DELETE ON practical_projects REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER grid_leader_posts_counted_in AFTER INSERT ON grid_leader_posts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER grid_leader_posts_counted_again AFTER UPDATE ON grid_leader_posts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
CREATE TRIGGER grid_leader_posts_counted_out AFTER DELETE ON grid_leader_posts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION party_rollup_rows_changed();
--> statement-breakpoint
-- An existing database counted once, by the same functions. An estate's `both` is counted with
-- its branch's coverage below (in a live database the estate comes first, without its branch).
SELECT party_rollup_add(array_agg(r.id), array_agg(r.community_id), array_agg(f), array_agg(1))
FROM estates r CROSS JOIN LATERAL party_estate_figures(r) f WHERE f <> 'both';
--> statement-breakpoint
SELECT party_rollup_rows(tbl, array_agg(r), array_agg(1))
FROM (
  SELECT 'branch_estates' AS tbl, to_jsonb(x) AS r FROM branch_estates x
  UNION ALL SELECT 'problems', to_jsonb(x) FROM problems x
  UNION ALL SELECT 'disputes', to_jsonb(x) FROM disputes x
  UNION ALL SELECT 'living_rooms', to_jsonb(x) FROM living_rooms x
  UNION ALL SELECT 'practical_projects', to_jsonb(x) FROM practical_projects x
  UNION ALL SELECT 'grid_leader_posts', to_jsonb(x) FROM grid_leader_posts x
) counted
GROUP BY tbl;
