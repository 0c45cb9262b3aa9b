import { type SQL, sql } from "drizzle-orm";
import { badUserInput, notFound } from "./errors";
import { COUNTY_TIME_ZONE, DIRECTORY_TREE, type PlaceKind, type PlaceScope, type PlaceTree } from "./figures";
import { isUuid } from "./ids";

/**
 * What the dashboards' aggregates share in every agency: a place named by its key (as the
 * overview's figures key it, `County:<id>`, `Subdistrict:<id>`, `Community:<id>`, `Estate:<id>`)
 * and a range of days in county time, both checked before they reach SQL.
 */

const PLACE_KINDS: readonly PlaceKind[] = ["County", "Subdistrict", "Community", "Estate"];

/** A place key (`Kind:<id>`) as a scope, or BAD_USER_INPUT naming the argument. */
export function placeKey(key: string, argumentName = "place"): PlaceScope {
  const [kind, id, ...rest] = key.split(":");
  if (rest.length > 0 || !PLACE_KINDS.includes(kind as PlaceKind) || !id || !isUuid(id)) {
    throw badUserInput(
      `\`${argumentName}\` is a place key: County, Subdistrict, Community or Estate, a colon and the place's id.`,
      { argumentName },
    );
  }
  return { key, kind: kind as PlaceKind, id };
}

/**
 * Whether the place exists in the tree (the directory's copy, or the registry's own tables): a
 * county is known by its subdistricts, since the directory keeps no county rows.
 */
export function placeExists(scope: PlaceScope, tree: PlaceTree = DIRECTORY_TREE): SQL {
  const table = {
    County: sql`${sql.identifier(tree.subdistricts)} WHERE county_id = ${scope.id}::uuid`,
    Subdistrict: sql`${sql.identifier(tree.subdistricts)} WHERE id = ${scope.id}::uuid`,
    Community: sql`${sql.identifier(tree.communities)} WHERE id = ${scope.id}::uuid`,
    Estate: sql`${sql.identifier(tree.estates)} WHERE id = ${scope.id}::uuid`,
  }[scope.kind];
  return sql`SELECT EXISTS (SELECT 1 FROM ${table}) AS found`;
}

/** Refuses a key naming no place with NOT_FOUND (a typo would otherwise answer zeros). */
export async function requirePlace(
  execute: (query: SQL) => Promise<unknown>,
  scope: PlaceScope,
  tree?: PlaceTree,
): Promise<PlaceScope> {
  const result = (await execute(placeExists(scope, tree))) as { rows: { found: boolean }[] };
  if (!result.rows[0]?.found) throw notFound(`No place ${scope.key}.`);
  return scope;
}

/** A validated range of days: `from` and `to` as `YYYY-MM-DD`, both included, in county time. */
export interface DayRange {
  startsOn: string;
  /** The day after `to`. */
  endsBefore: string;
}

/** An aggregate covers at most a year and a day, so its rows stay a dashboard's handful. */
export const MAX_RANGE_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const day = (value: string, argumentName: string): number => {
  const time = Date.parse(`${value}T00:00:00Z`);
  // The round trip refuses days that do not exist (2026-02-30), which Date.parse accepts.
  if (!DAY.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`\`${argumentName}\` is a day written YYYY-MM-DD.`, { argumentName });
  }
  return time;
};

/** A range of days, `from` and `to` both included; at most `maxDays` long. */
export function dayRange(from: string, to: string, maxDays = MAX_RANGE_DAYS): DayRange {
  const start = day(from, "from");
  const end = day(to, "to");
  if (end < start) throw badUserInput("`to` is before `from`.", { argumentName: "to" });
  if ((end - start) / DAY_MS + 1 > maxDays) {
    throw badUserInput(`A range covers at most ${maxDays} days.`, { argumentName: "to" });
  }
  return { startsOn: from, endsBefore: new Date(end + DAY_MS).toISOString().slice(0, 10) };
}

/** The instants a range of county days covers: `[from, until)`. */
export function dayInstants(range: DayRange): { from: SQL; until: SQL } {
  const zone = sql.raw(`'${COUNTY_TIME_ZONE}'`);
  return {
    from: sql`(${range.startsOn}::timestamp AT TIME ZONE ${zone})`,
    until: sql`(${range.endsBefore}::timestamp AT TIME ZONE ${zone})`,
  };
}
