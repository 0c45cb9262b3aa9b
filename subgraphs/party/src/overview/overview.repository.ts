import { isUuid, type MonthRange, type PlaceScope, type PlaceTree } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { problemCategory, problemStatus } from "../db/schema";
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
 * The party organization's dashboard figures, each read by one statement for every place of a
 * request at once, from the counts per place the write triggers keep.
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

  /**
   * Each place's figures from its rows of `place_figures`, which the write triggers keep
   * (migration 0017): a few dozen rows per place, whatever the number of records. Two figures
   * are read from indexed columns instead: the subdistricts taking part (a county's subdistricts
   * with a covered estate) and the problems overdue (past due now, so no count can keep it).
   */
  async figures(scopes: readonly PlaceScope[]): Promise<Map<string, PartyFiguresRow>> {
    const valid = scopes.filter((scope) => isUuid(scope.id));
    if (valid.length === 0) return new Map();
    const result = (await this.db.execute(sql`
      WITH p AS (
        SELECT * FROM unnest(${sql.param(valid.map((s) => s.key))}::text[], ${sql.param(valid.map((s) => s.kind))}::text[],
          ${sql.param(valid.map((s) => s.id))}::uuid[]) AS p(key, kind, id)
      ),
      overdue AS (
        SELECT e.id AS estate_id, e.community_id, c.subdistrict_id, s.county_id
        FROM problems pr
        JOIN estates e ON e.id = pr.estate_id
        JOIN communities c ON c.id = e.community_id
        JOIN subdistricts s ON s.id = c.subdistrict_id
        WHERE pr.status IN ${list(UNANSWERED)} AND pr.due_at < now()
      ),
      -- Each overdue problem under each place above it, so the places join on equality.
      overdue_places AS (
        SELECT 'Estate' AS kind, estate_id AS id FROM overdue
        UNION ALL SELECT 'Community', community_id FROM overdue
        UNION ALL SELECT 'Subdistrict', subdistrict_id FROM overdue
        UNION ALL SELECT 'County', county_id FROM overdue
      )
      SELECT p.key, f.figure, f.n
      FROM p JOIN place_figures f ON f.place_kind = p.kind AND f.place_id = p.id
      WHERE f.n <> 0 AND f.figure NOT LIKE '%@%'
      UNION ALL
      SELECT p.key, 'subdistricts_taking_part', count(*)::int
      FROM p
      JOIN subdistricts s ON s.county_id = p.id
      JOIN place_figures f ON f.place_kind = 'Subdistrict' AND f.place_id = s.id AND f.figure = 'organization'
      WHERE p.kind = 'County' AND f.n > 0
      GROUP BY p.key
      UNION ALL
      SELECT p.key, 'overdue', count(*)::int
      FROM p JOIN overdue_places o ON o.kind = p.kind AND o.id = p.id
      GROUP BY p.key`)) as unknown as { rows: { key: string; figure: string; n: number }[] };
    const byPlace = new Map<string, Map<string, number>>();
    for (const row of result.rows) {
      const counts = byPlace.get(row.key) ?? new Map<string, number>();
      counts.set(row.figure, row.n);
      byPlace.set(row.key, counts);
    }
    const kinds = new Map(valid.map((scope) => [scope.key, scope.kind]));
    return new Map([...byPlace].map(([key, counts]) => [key, fromCounts(counts, kinds.get(key) === "County")]));
  }

  /** Each place's monthly series from its `raised@YYYY-MM`, `solved@…` and `mediated@…` rows. */
  async monthly(scopes: readonly PlaceScope[], range: MonthRange): Promise<(PartyMonthRow & { key: string })[]> {
    const valid = scopes.filter((scope) => isUuid(scope.id));
    if (valid.length === 0) return [];
    const figures = range.months.flatMap((month) => MONTHLY.map((figure) => `${figure}@${month}`));
    const result = (await this.db.execute(sql`
      WITH p AS (
        SELECT * FROM unnest(${sql.param(valid.map((s) => s.key))}::text[], ${sql.param(valid.map((s) => s.kind))}::text[],
          ${sql.param(valid.map((s) => s.id))}::uuid[]) AS p(key, kind, id)
      )
      SELECT p.key, f.figure, f.n
      FROM p JOIN place_figures f ON f.place_kind = p.kind AND f.place_id = p.id
      WHERE f.figure = ANY(${sql.param(figures)}::text[]) AND f.n <> 0`)) as unknown as {
      rows: { key: string; figure: string; n: number }[];
    };
    const cells = new Map<string, PartyMonthRow & { key: string }>();
    for (const row of result.rows) {
      const [figure, month = ""] = row.figure.split("@");
      const cellKey = `${row.key}|${month}`;
      const cell = cells.get(cellKey) ?? {
        key: row.key,
        month,
        problemsRaised: 0,
        problemsSolved: 0,
        disputesMediated: 0,
      };
      if (figure === "raised") cell.problemsRaised = row.n;
      else if (figure === "solved") cell.problemsSolved = row.n;
      else cell.disputesMediated = row.n;
      cells.set(cellKey, cell);
    }
    return [...cells.values()];
  }
}

const CATEGORIES: readonly string[] = problemCategory.enumValues;
const STATUSES: readonly string[] = problemStatus.enumValues;

/** The monthly figures' names in `place_figures`, before `@YYYY-MM`. */
const MONTHLY = ["raised", "solved", "mediated"] as const;

/** A place's figures from its counts by name (see migration 0017 for the names). */
function fromCounts(counts: Map<string, number>, isCounty: boolean): PartyFiguresRow {
  const n = (figure: string) => counts.get(figure) ?? 0;
  const problemsByCategoryAndStatus = [...counts]
    .filter(([figure]) => figure.startsWith("problems:"))
    .map(([figure, problems]) => {
      const [, category, status] = figure.split(":") as [string, ProblemCategory, ProblemStatus];
      return { category, status, problems };
    })
    // In the enums' order, as PostgreSQL sorts them.
    .sort(
      (a, b) =>
        CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
        STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
    );
  return {
    estates: n("estates"),
    // Below a county, the place lies in one subdistrict: it takes part when one of its estates is covered.
    subdistrictsTakingPart: isCounty ? n("subdistricts_taking_part") : n("organization") > 0 ? 1 : 0,
    estatePartyBranches: n("branches"),
    estatesWithOrganizationCoverage: n("organization"),
    estatesWithWorkCoverage: n("work"),
    estatesWithBothCoverages: n("both"),
    gridLeaders: n("grid_leaders"),
    secretariesByBackground: SECRETARY_BACKGROUNDS.map((background) => ({
      background,
      secretaries: n(`secretaries:${background}`),
    })),
    livingRooms: n("living_rooms"),
    practicalProjectsDone: n("projects_done"),
    problemsRaised: n("raised"),
    problemsSolved: n("solved"),
    problemsOpen: n("open"),
    problemsOverdue: n("overdue"),
    problemsByCategoryAndStatus,
    disputesMediated: n("disputes_mediated"),
  };
}

export interface FiguresSqlRow {
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

export function toFigures(row: FiguresSqlRow): PartyFiguresRow {
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
