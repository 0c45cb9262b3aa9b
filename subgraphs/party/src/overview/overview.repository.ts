import {
  countyInstants,
  countyMonth,
  type MonthRange,
  type PlaceScope,
  type PlaceTree,
  scopeEstatesRelation,
} from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { ANSWERED, type ProblemCategory, type ProblemStatus, UNANSWERED } from "../problems/problems.repository";

export type PlaceKind = "County" | "Subdistrict" | "Community" | "Estate";
export type SecretaryBackground =
  | "SERVING_CADRE"
  | "RETIRED_CADRE"
  | "COMMUNITY_WORKER"
  | "SOCIAL_ORG_LEADER"
  | "OTHER";
export const SECRETARY_BACKGROUNDS: readonly SecretaryBackground[] = [
  "SERVING_CADRE",
  "RETIRED_CADRE",
  "COMMUNITY_WORKER",
  "SOCIAL_ORG_LEADER",
  "OTHER",
];

/** 解题 — the states of a solved problem. */
export const SOLVED: readonly ProblemStatus[] = ["RESOLVED", ...ANSWERED];

export interface PartyFiguresRow {
  estates: number;
  subdistrictsTakingPart: number;
  estatePartyBranches: number;
  estatesWithOrganizationCoverage: number;
  estatesWithWorkCoverage: number;
  estatesWithBothCoverages: number;
  gridLeaders: number;
  secretariesByBackground: { background: SecretaryBackground; secretaries: number }[];
  livingRooms: number;
  practicalProjectsDone: number;
  problemsRaised: number;
  problemsSolved: number;
  problemsOpen: number;
  problemsOverdue: number;
  problemsByCategoryAndStatus: { category: ProblemCategory; status: ProblemStatus; problems: number }[];
  disputesMediated: number;
}

export interface PartyMonthRow {
  month: string;
  problemsRaised: number;
  problemsSolved: number;
  disputesMediated: number;
}

export const emptyPartyFigures = (): PartyFiguresRow => ({
  estates: 0,
  subdistrictsTakingPart: 0,
  estatePartyBranches: 0,
  estatesWithOrganizationCoverage: 0,
  estatesWithWorkCoverage: 0,
  estatesWithBothCoverages: 0,
  gridLeaders: 0,
  secretariesByBackground: SECRETARY_BACKGROUNDS.map((background) => ({ background, secretaries: 0 })),
  livingRooms: 0,
  practicalProjectsDone: 0,
  problemsRaised: 0,
  problemsSolved: 0,
  problemsOpen: 0,
  problemsOverdue: 0,
  problemsByCategoryAndStatus: [],
  disputesMediated: 0,
});

/** Here the place tree is the registry's own tables. */
export const REGISTRY_TREE: PlaceTree = {
  subdistricts: "subdistricts",
  communities: "communities",
  estates: "estates",
};

const list = (states: readonly string[]) => sql.raw(`(${states.map((s) => `'${s}'`).join(", ")})`);

/**
 * The party organization's dashboard figures, each computed by one statement for every place of
 * a request at once: counts in SQL over the place's estates, never totals stored beside the records.
 */
export class OverviewRepository {
  constructor(private readonly db: PartyDatabase) {}

  /** Every estate of each place, in one statement. */
  async estateIdsByPlace(places: readonly { kind: PlaceKind; id: string }[]): Promise<Map<string, string[]>> {
    const kinds = places.map((p) => p.kind);
    const ids = places.map((p) => p.id);
    // One equi-join per kind of place (an OR of the four would join every place with every estate).
    const result = (await this.db.execute(sql`
      WITH p AS (SELECT * FROM unnest(${sql.param(kinds)}::text[], ${sql.param(ids)}::uuid[]) AS p(kind, id)),
      found AS (
        SELECT p.kind, p.id, e.id AS estate_id, e.name
        FROM p
        JOIN subdistricts d ON d.county_id = p.id
        JOIN communities c ON c.subdistrict_id = d.id
        JOIN estates e ON e.community_id = c.id
        WHERE p.kind = 'County'
        UNION ALL
        SELECT p.kind, p.id, e.id, e.name
        FROM p JOIN communities c ON c.subdistrict_id = p.id JOIN estates e ON e.community_id = c.id
        WHERE p.kind = 'Subdistrict'
        UNION ALL
        SELECT p.kind, p.id, e.id, e.name FROM p JOIN estates e ON e.community_id = p.id WHERE p.kind = 'Community'
        UNION ALL
        SELECT p.kind, p.id, e.id, e.name FROM p JOIN estates e ON e.id = p.id WHERE p.kind = 'Estate'
      )
      SELECT kind || ':' || id AS key, estate_id FROM found ORDER BY name, estate_id`)) as unknown as {
      rows: { key: string; estate_id: string }[];
    };
    const byPlace = new Map<string, string[]>();
    for (const row of result.rows) {
      const list = byPlace.get(row.key);
      if (list) list.push(row.estate_id);
      else byPlace.set(row.key, [row.estate_id]);
    }
    return byPlace;
  }

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

interface FiguresSqlRow {
  key: string;
  estates: number;
  subdistricts_taking_part: number;
  branches: number;
  organization: number;
  work: number;
  both: number;
  grid_leaders: number;
  secretaries: { background: SecretaryBackground; secretaries: number }[] | string;
  living_rooms: number;
  projects_done: number;
  raised: number;
  solved: number;
  open: number;
  overdue: number;
  by_category_and_status: PartyFiguresRow["problemsByCategoryAndStatus"] | string;
  disputes_mediated: number;
}

/** json_agg comes back parsed from `pg` and as text from some drivers: accept both. */
const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

function toFigures(row: FiguresSqlRow): PartyFiguresRow {
  const secretaries = new Map(json(row.secretaries).map((s) => [s.background, s.secretaries]));
  return {
    estates: row.estates,
    subdistrictsTakingPart: row.subdistricts_taking_part,
    estatePartyBranches: row.branches,
    estatesWithOrganizationCoverage: row.organization,
    estatesWithWorkCoverage: row.work,
    estatesWithBothCoverages: row.both,
    gridLeaders: row.grid_leaders,
    secretariesByBackground: SECRETARY_BACKGROUNDS.map((background) => ({
      background,
      secretaries: secretaries.get(background) ?? 0,
    })),
    livingRooms: row.living_rooms,
    practicalProjectsDone: row.projects_done,
    problemsRaised: row.raised,
    problemsSolved: row.solved,
    problemsOpen: row.open,
    problemsOverdue: row.overdue,
    problemsByCategoryAndStatus: json(row.by_category_and_status),
    disputesMediated: row.disputes_mediated,
  };
}
