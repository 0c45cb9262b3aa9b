import {
  countyInstants,
  countyMonth,
  type MonthRange,
  type PlaceScope,
  scopeEstatesRelation,
} from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { UNANSWERED } from "../problems/problems.repository";
import {
  type FiguresSqlRow,
  type PartyFiguresRow,
  type PartyMonthRow,
  REGISTRY_TREE,
  SOLVED,
  toFigures,
} from "./overview.repository";

const list = (states: readonly string[]) => sql.raw(`(${states.map((s) => `'${s}'`).join(", ")})`);

/**
 * The figures counted afresh from the records, as the overview read them before the rollups: the
 * oracle the rollup tests compare `place_figures` against after random writes. Its cost grows
 * with the records, so no resolver reads it.
 */
export class FiguresRecount {
  constructor(private readonly db: PartyDatabase) {}

  async figures(scopes: readonly PlaceScope[]): Promise<Map<string, PartyFiguresRow>> {
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes, REGISTRY_TREE)},
      covered AS (
        SELECT se.key, se.estate_id, be.branch_id, e.work_covered_on IS NOT NULL AS work, c.subdistrict_id
        FROM se
        JOIN estates e ON e.id = se.estate_id
        JOIN communities c ON c.id = e.community_id
        LEFT JOIN branch_estates be ON be.estate_id = se.estate_id
      ),
      branches AS (SELECT DISTINCT key, branch_id FROM covered WHERE branch_id IS NOT NULL),
      secretaries AS (
        SELECT b.key, pb.secretary_background AS background, count(*)::int AS n
        FROM branches b JOIN party_branches pb ON pb.id = b.branch_id
        WHERE pb.secretary_background IS NOT NULL
        GROUP BY 1, 2
      ),
      problem_counts AS (
        SELECT se.key, p.category, p.status, count(*)::int AS n,
               count(*) FILTER (WHERE p.status IN ${list(UNANSWERED)} AND now() > p.due_at)::int AS overdue
        FROM se JOIN problems p ON p.estate_id = se.estate_id
        GROUP BY 1, 2, 3
      ),
      -- Each figure is grouped by place once and joined on the key: a subquery per place would
      -- scan every place's rows again for each place (quadratic in a long drill-down list).
      coverage AS (
        SELECT key,
          count(*)::int AS estates,
          count(DISTINCT subdistrict_id) FILTER (WHERE branch_id IS NOT NULL)::int AS subdistricts_taking_part,
          count(*) FILTER (WHERE branch_id IS NOT NULL)::int AS organization,
          count(*) FILTER (WHERE work)::int AS work,
          count(*) FILTER (WHERE work AND branch_id IS NOT NULL)::int AS both
        FROM covered GROUP BY key
      ),
      branch_counts AS (SELECT key, count(*)::int AS n FROM branches GROUP BY key),
      grid AS (
        SELECT se.key, count(*)::int AS n
        FROM se JOIN grid_leader_posts g ON g.estate_id = se.estate_id
        WHERE g.ended_on IS NULL GROUP BY 1
      ),
      secretary_lists AS (
        SELECT key, json_agg(json_build_object('background', background, 'secretaries', n)) AS list
        FROM secretaries GROUP BY key
      ),
      rooms AS (SELECT se.key, count(*)::int AS n FROM se JOIN living_rooms r ON r.estate_id = se.estate_id GROUP BY 1),
      projects AS (
        SELECT se.key, count(*)::int AS n
        FROM se JOIN practical_projects pp ON pp.estate_id = se.estate_id
        WHERE pp.status = 'DONE' GROUP BY 1
      ),
      problem_totals AS (
        SELECT key,
          sum(n)::int AS raised,
          coalesce(sum(n) FILTER (WHERE status IN ${list(SOLVED)}), 0)::int AS solved,
          coalesce(sum(n) FILTER (WHERE status IN ${list(UNANSWERED)}), 0)::int AS open,
          sum(overdue)::int AS overdue,
          json_agg(json_build_object('category', category, 'status', status, 'problems', n) ORDER BY category, status)
            AS by_category_and_status
        FROM problem_counts GROUP BY key
      ),
      mediated AS (
        SELECT se.key, count(*)::int AS n
        FROM se JOIN disputes d ON d.estate_id = se.estate_id
        WHERE d.status = 'SETTLED' GROUP BY 1
      )
      SELECT keys.key,
        coalesce(cv.estates, 0) AS estates,
        coalesce(cv.subdistricts_taking_part, 0) AS subdistricts_taking_part,
        coalesce(bc.n, 0) AS branches,
        coalesce(cv.organization, 0) AS organization,
        coalesce(cv.work, 0) AS work,
        coalesce(cv.both, 0) AS both,
        coalesce(g.n, 0) AS grid_leaders,
        coalesce(sl.list, '[]') AS secretaries,
        coalesce(r.n, 0) AS living_rooms,
        coalesce(pj.n, 0) AS projects_done,
        coalesce(pt.raised, 0) AS raised,
        coalesce(pt.solved, 0) AS solved,
        coalesce(pt.open, 0) AS open,
        coalesce(pt.overdue, 0) AS overdue,
        coalesce(pt.by_category_and_status, '[]') AS by_category_and_status,
        coalesce(m.n, 0) AS disputes_mediated
      FROM (SELECT DISTINCT key FROM se) keys
      LEFT JOIN coverage cv ON cv.key = keys.key
      LEFT JOIN branch_counts bc ON bc.key = keys.key
      LEFT JOIN grid g ON g.key = keys.key
      LEFT JOIN secretary_lists sl ON sl.key = keys.key
      LEFT JOIN rooms r ON r.key = keys.key
      LEFT JOIN projects pj ON pj.key = keys.key
      LEFT JOIN problem_totals pt ON pt.key = keys.key
      LEFT JOIN mediated m ON m.key = keys.key`)) as unknown as { rows: FiguresSqlRow[] };
    return new Map(result.rows.map((row) => [row.key, toFigures(row)]));
  }

  async monthly(scopes: readonly PlaceScope[], range: MonthRange): Promise<(PartyMonthRow & { key: string })[]> {
    const month = (column: string) => countyMonth(sql.raw(column));
    const { from, until } = countyInstants(range);
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes, REGISTRY_TREE)},
      raised AS (
        SELECT se.key, ${month("p.reported_at")} AS month, count(*)::int AS n
        FROM se JOIN problems p ON p.estate_id = se.estate_id
        WHERE p.reported_at >= ${from} AND p.reported_at < ${until}
        GROUP BY 1, 2
      ),
      solved AS (
        SELECT se.key, ${month("t.first_resolved")} AS month, count(*)::int AS n
        FROM se
        JOIN (SELECT p.id, p.estate_id, min(pt.occurred_at) AS first_resolved
              FROM problems p JOIN problem_transitions pt ON pt.problem_id = p.id AND pt.to_status = 'RESOLVED'
              GROUP BY p.id, p.estate_id) t ON t.estate_id = se.estate_id
        WHERE t.first_resolved >= ${from} AND t.first_resolved < ${until}
        GROUP BY 1, 2
      ),
      mediated AS (
        SELECT se.key, ${month("d.concluded_at")} AS month, count(*)::int AS n
        FROM se JOIN disputes d ON d.estate_id = se.estate_id
        WHERE d.status = 'SETTLED' AND d.concluded_at >= ${from} AND d.concluded_at < ${until}
        GROUP BY 1, 2
      ),
      cells AS (SELECT key, month FROM raised UNION SELECT key, month FROM solved UNION SELECT key, month FROM mediated)
      SELECT c.key, c.month, coalesce(r.n, 0) AS raised, coalesce(s.n, 0) AS solved, coalesce(m.n, 0) AS mediated
      FROM cells c
      LEFT JOIN raised r ON r.key = c.key AND r.month = c.month
      LEFT JOIN solved s ON s.key = c.key AND s.month = c.month
      LEFT JOIN mediated m ON m.key = c.key AND m.month = c.month`)) as unknown as {
      rows: { key: string; month: string; raised: number; solved: number; mediated: number }[];
    };
    return result.rows.map((row) => ({
      key: row.key,
      month: row.month,
      problemsRaised: row.raised,
      problemsSolved: row.solved,
      disputesMediated: row.mediated,
    }));
  }
}
