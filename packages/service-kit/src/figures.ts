import DataLoader from "dataloader";
import { type SQL, sql } from "drizzle-orm";
import { badUserInput } from "./errors";
import { isUuid } from "./ids";

export type PlaceKind = "County" | "Subdistrict" | "Community" | "Estate";

/**
 * The place a dashboard figure is computed for (county, subdistrict, community or estate), by
 * its key alone: each agency finds the place's estates in its own copy of the registry's tree
 * (the directory of places; the registry in its own tables), so no request carries them.
 */
export interface PlaceScope {
  /** Unique per place, e.g. `County:<id>`. */
  key: string;
  kind: PlaceKind;
  id: string;
}

/** A place's scope from the reference the gateway sends: its typename and id. */
export function placeScope(kind: PlaceKind, place: { id: string }): PlaceScope {
  return { key: `${kind}:${place.id}`, kind, id: place.id };
}

/** An estate is its own scope. */
export const estateScope = (estateId: string): PlaceScope => placeScope("Estate", { id: estateId });

/**
 * The tables holding the place tree: the directory's copy in every agency but the registry
 * (the default), the registry's own tables there. Same columns in both.
 */
export interface PlaceTree {
  subdistricts: string;
  communities: string;
  estates: string;
}

export const DIRECTORY_TREE: PlaceTree = {
  subdistricts: "directory_subdistricts",
  communities: "directory_communities",
  estates: "directory_estates",
};

/**
 * A per-request loader of one figures row per place: every place of a request is answered by
 * one batch (one statement per agency), whatever the length of the drill-down list.
 */
export function figuresLoader<R>(load: (scopes: readonly PlaceScope[]) => Promise<Map<string, R>>, empty: () => R) {
  return new DataLoader<PlaceScope, R, string>(
    async (scopes) => {
      const rows = await load(scopes);
      return scopes.map((scope) => rows.get(scope.key) ?? empty());
    },
    { cacheKeyFn: (scope) => scope.key },
  );
}

/** A validated month range: `from` and `to` as `YYYY-MM`, both included, at most three years. */
export interface MonthRange {
  /** Every month of the range, in order. */
  months: string[];
  /** The first day of `from`, as a date. */
  startsOn: string;
  /** The first day after `to`, as a date. */
  endsBefore: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 36;

export function monthRange(from: string, to: string): MonthRange {
  const start = MONTH.exec(from);
  const end = MONTH.exec(to);
  if (!start || !end)
    throw badUserInput("`from` and `to` are months written YYYY-MM.", { argumentName: start ? "to" : "from" });
  const index = (m: RegExpExecArray) => Number(m[1]) * 12 + Number(m[2]) - 1;
  const count = index(end) - index(start) + 1;
  if (count < 1) throw badUserInput("`to` is before `from`.", { argumentName: "to" });
  if (count > MAX_MONTHS) throw badUserInput(`A series covers at most ${MAX_MONTHS} months.`, { argumentName: "to" });
  const label = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  const months = Array.from({ length: count }, (_, i) => label(index(start) + i));
  return { months, startsOn: `${from}-01`, endsBefore: `${label(index(end) + 1)}-01` };
}

/** Rows of a monthly statement (scope key, month, figures) laid out as one full series per place. */
export function monthlySeries<R extends { month: string }>(
  scopes: readonly PlaceScope[],
  range: MonthRange,
  rows: readonly (R & { key: string })[],
  empty: (month: string) => R,
): R[][] {
  const found = new Map(rows.map(({ key, ...row }) => [`${key}|${row.month}`, row as unknown as R]));
  return scopes.map((scope) => range.months.map((month) => found.get(`${scope.key}|${month}`) ?? empty(month)));
}

/**
 * A per-request loader of monthly series per place and range; one batch per range, so a
 * drill-down list of places costs one statement.
 */
export function monthlyLoader<R extends { month: string }>(
  load: (scopes: readonly PlaceScope[], range: MonthRange) => Promise<(R & { key: string })[]>,
  empty: (month: string) => R,
) {
  const byRange = new Map<string, DataLoader<PlaceScope, R[], string>>();
  return {
    load(scope: PlaceScope, range: MonthRange): Promise<R[]> {
      const rangeKey = `${range.startsOn}|${range.endsBefore}`;
      let loader = byRange.get(rangeKey);
      if (!loader) {
        loader = new DataLoader<PlaceScope, R[], string>(
          async (scopes) => monthlySeries(scopes, range, await load(scopes, range), empty),
          { cacheKeyFn: (s) => s.key },
        );
        byRange.set(rangeKey, loader);
      }
      return loader.load(scope);
    },
  };
}

/** The county's calendar: a month is counted in China time, not UTC. */
export const COUNTY_TIME_ZONE = "Asia/Shanghai";

/**
 * The (scope key, estate id) pairs of `scopes` as a relation with columns `key` and `estate_id`:
 * the places' estates found through the tree's indexed parent columns. An estate scope is the
 * estate itself, known to the tree or not.
 */
export function scopeEstatesRelation(scopes: readonly PlaceScope[], tree: PlaceTree = DIRECTORY_TREE): SQL {
  const valid = scopes.filter((scope) => isUuid(scope.id));
  const keys = valid.map((scope) => scope.key);
  const kinds = valid.map((scope) => scope.kind);
  const ids = valid.map((scope) => scope.id);
  const s = sql.identifier(tree.subdistricts);
  const c = sql.identifier(tree.communities);
  const e = sql.identifier(tree.estates);
  const places = sql`unnest(${sql.param(keys)}::text[], ${sql.param(kinds)}::text[], ${sql.param(ids)}::uuid[]) AS p(key, kind, id)`;
  return sql`(
    SELECT p.key, p.id AS estate_id FROM ${places} WHERE p.kind = 'Estate'
    UNION ALL
    SELECT p.key, e.id FROM ${places} JOIN ${e} e ON e.community_id = p.id WHERE p.kind = 'Community'
    UNION ALL
    SELECT p.key, e.id FROM ${places} JOIN ${c} c ON c.subdistrict_id = p.id JOIN ${e} e ON e.community_id = c.id
      WHERE p.kind = 'Subdistrict'
    UNION ALL
    SELECT p.key, e.id FROM ${places} JOIN ${s} s ON s.county_id = p.id JOIN ${c} c ON c.subdistrict_id = s.id
      JOIN ${e} e ON e.community_id = c.id WHERE p.kind = 'County')`;
}

/** The county month (`YYYY-MM`) of a timestamptz column. */
export const countyMonth = (column: SQL): SQL =>
  sql`to_char(${column} AT TIME ZONE ${sql.raw(`'${COUNTY_TIME_ZONE}'`)}, 'YYYY-MM')`;

/** The instants a month range covers, in county time: `[from, until)`. */
export function countyInstants(range: MonthRange): { from: SQL; until: SQL } {
  const zone = sql.raw(`'${COUNTY_TIME_ZONE}'`);
  return {
    from: sql`(${range.startsOn}::timestamp AT TIME ZONE ${zone})`,
    until: sql`(${range.endsBefore}::timestamp AT TIME ZONE ${zone})`,
  };
}

type PlaceTypename = Exclude<PlaceKind, "Estate">;
type Place = { id: string };
type Range = { from: string; to: string };
interface SeriesLoader<M> {
  load(scope: PlaceScope, range: MonthRange): Promise<M[]>;
}

/**
 * The resolvers an agency other than the party registry needs for its figures on the places:
 * each place arrives as a reference (its key only; the agency's directory knows its estates),
 * and an estate is its own scope. `figures` picks the request's loader from the context.
 */
export function placeFigureFields<C, F>(figures: (context: C) => DataLoader<PlaceScope, F, string>) {
  return {
    /** No row of its own here: the reference (the key) is the whole place. */
    reference: <P extends Place>(place: P): P => place,
    figures:
      (typename: PlaceTypename) =>
      (place: Place, _args: unknown, context: C): Promise<F> =>
        figures(context).load(placeScope(typename, place)),
    estateFigures: (estate: { id: string }, _args: unknown, context: C): Promise<F> =>
      figures(context).load(estateScope(estate.id)),
  };
}

/** Like `placeFigureFields`, for an agency's monthly series (`from`/`to` validated here). */
export function placeSeriesFields<C, M>(monthly: (context: C) => SeriesLoader<M>) {
  return {
    monthly:
      (typename: PlaceTypename) =>
      (place: Place, { from, to }: Range, context: C): Promise<M[]> =>
        monthly(context).load(placeScope(typename, place), monthRange(from, to)),
    estateMonthly: (estate: { id: string }, { from, to }: Range, context: C): Promise<M[]> =>
      monthly(context).load(estateScope(estate.id), monthRange(from, to)),
  };
}
