import { asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import { type OpeningWindowRow, resourceOpeningWindows, type sharedResources } from "../db/schema";

/** One weekly window as given: ISO weekday 1–7 and "HH:MM" times in China time (UTC+8). */
export interface OpeningWindow {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/**
 * The resource's weekly windows laid out on the China-time days that [from, to) touches, merged
 * into one tstzmultirange (adjacent windows, also across midnight, join up). NULL when none of
 * them falls on those days. China time has no daylight saving: a fixed offset of 8 hours.
 */
const coverage = (resourceId: SQL | typeof sharedResources.id, from: SQL, to: SQL): SQL => sql`(
  SELECT range_agg(tstzrange(
    ((d.day + w.starts_at) - interval '8 hours') AT TIME ZONE 'UTC',
    ((d.day + w.ends_at) - interval '8 hours') AT TIME ZONE 'UTC',
    '[)'))
  FROM ${resourceOpeningWindows} w
  CROSS JOIN LATERAL (
    SELECT g::date AS day FROM generate_series(
      (((${from}) AT TIME ZONE 'UTC') + interval '8 hours')::date::timestamp,
      (((${to}) AT TIME ZONE 'UTC') + interval '8 hours')::date::timestamp,
      interval '1 day') AS g
  ) d
  WHERE w.resource_id = ${resourceId} AND w.weekday = extract(isodow FROM d.day)
)`;

/**
 * The resource is open for all of [from, to): it has no window at all (open at all times), or
 * its windows cover the range without a gap. A condition for a WHERE clause.
 */
export const openThroughout = (resourceId: SQL | typeof sharedResources.id, from: Date, to: Date): SQL => {
  const [start, end] = [sql`${from.toISOString()}::timestamptz`, sql`${to.toISOString()}::timestamptz`];
  return sql`(
    NOT EXISTS (SELECT 1 FROM ${resourceOpeningWindows} w0 WHERE w0.resource_id = ${resourceId})
    OR coalesce(${coverage(resourceId, start, end)} @> tstzrange(${start}, ${end}, '[)'), false)
  )`;
};

/** A slot outside the opening hours: which occurrence (0-based) and whether its start already is. */
export interface SlotOutside {
  index: number;
  startOutside: boolean;
}

const timestamps = (dates: readonly Date[]) => sql`${sql.param(dates.map((d) => d.toISOString()))}::timestamptz[]`;

/** SQL for the resources' weekly opening windows (开放时间). */
export class OpeningHoursRepository {
  constructor(private readonly db: UnitsDatabase) {}

  /** The windows of each resource, by weekday and start. */
  byResourceIds(resourceIds: string[]): Promise<OpeningWindowRow[]> {
    return this.db
      .select()
      .from(resourceOpeningWindows)
      .where(inArray(resourceOpeningWindows.resourceId, resourceIds))
      .orderBy(
        asc(resourceOpeningWindows.weekday),
        asc(resourceOpeningWindows.startsAt),
        asc(resourceOpeningWindows.id),
      );
  }

  /** Replaces a resource's windows (an empty list: open at all times). */
  async replace(resourceId: string, windows: readonly OpeningWindow[]): Promise<OpeningWindowRow[]> {
    await this.db.delete(resourceOpeningWindows).where(eq(resourceOpeningWindows.resourceId, resourceId));
    if (windows.length === 0) return [];
    return this.db
      .insert(resourceOpeningWindows)
      .values(windows.map((w) => ({ resourceId, ...w })))
      .returning();
  }

  /**
   * The first of `slots` the resource's windows do not cover, in one statement; null when every
   * slot lies within them (or the resource has no window: open at all times).
   */
  async firstOutside(
    resourceId: string,
    slots: readonly { startsAt: Date; endsAt: Date }[],
  ): Promise<SlotOutside | null> {
    const result = (await this.db.execute(sql`
      SELECT (s.ord - 1)::int AS index, NOT coalesce(c.cov @> s.starts_at, false) AS start_outside
      FROM unnest(${timestamps(slots.map((s) => s.startsAt))}, ${timestamps(slots.map((s) => s.endsAt))})
        WITH ORDINALITY AS s(starts_at, ends_at, ord)
      CROSS JOIN LATERAL (SELECT ${coverage(sql`${resourceId}::uuid`, sql`s.starts_at`, sql`s.ends_at`)} AS cov) c
      WHERE EXISTS (SELECT 1 FROM ${resourceOpeningWindows} w0 WHERE w0.resource_id = ${resourceId}::uuid)
        AND NOT coalesce(c.cov @> tstzrange(s.starts_at, s.ends_at, '[)'), false)
      ORDER BY s.ord
      LIMIT 1`)) as unknown as { rows: { index: number; start_outside: boolean }[] };
    const [row] = result.rows;
    return row ? { index: row.index, startOutside: row.start_outside } : null;
  }
}
