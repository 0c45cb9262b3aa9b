import { xianyouCounty } from "@linli/demo-county";
import { subgraphs } from "@linli/schema";
import { type ProvisionedDatabase, provisionDatabase, testDatabaseUrl } from "@linli/service-kit/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type AgencyDatabase,
  loadCountyCopies,
  openAgencyDatabases,
  progressLine,
  type SeedProgress,
} from "./agencies";

// One county for every load here: the same day's county, so its copies are the same rows.
const county = xianyouCounty();
const SCALE = 2;

/** Four agency databases: in-memory PGlite, or throwaway databases on TEST_DATABASE_URL's server. */
async function agencyDatabases(label: string): Promise<{ handles: AgencyDatabase[]; dispose: () => Promise<void> }> {
  const provisioned: ProvisionedDatabase[] = [];
  const targets = [];
  for (const s of subgraphs) {
    const database = testDatabaseUrl ? await provisionDatabase(`${label}_${s.name}`) : undefined;
    if (database) provisioned.push(database);
    targets.push({ name: s.name, url: database?.url });
  }
  const handles = await openAgencyDatabases(targets);
  return {
    handles,
    async dispose() {
      for (const { handle } of handles) await handle.close();
      for (const database of provisioned) await database[Symbol.asyncDispose]();
    },
  };
}

/**
 * Every table's rows as one digest per table, leaving out the columns the database fills itself
 * when a row is written (now(), sequences, random ids): those differ between any two loads.
 */
async function contents(handles: readonly AgencyDatabase[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const { name, handle } of handles) {
    const query = async <T>(statement: ReturnType<typeof sql>) =>
      ((await handle.db.execute(statement)) as unknown as { rows: T[] }).rows;
    const columns = await query<{ table_name: string; column_name: string }>(sql`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> 'linli_seed_copies'
        AND (column_default IS NULL OR column_default !~* '(now|nextval|random|clock_timestamp|current_timestamp)')
      ORDER BY table_name, ordinal_position`);
    const byTable = new Map<string, string[]>();
    for (const { table_name, column_name } of columns)
      byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
    for (const [table, names] of byTable) {
      const list = sql.join(
        names.map((n) => sql.identifier(n)),
        sql`, `,
      );
      const [row] = await query<{ rows: number; digest: string }>(
        sql`SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\n' ORDER BY r), '')) AS digest
            FROM (SELECT ROW(${list})::text AS r FROM ${sql.identifier(table)}) AS t`,
      );
      result[`${name}.${table}`] = `${row?.rows} ${row?.digest}`;
    }
  }
  return result;
}

describe("pnpm seed at scale", () => {
  let uninterrupted: Record<string, string>;
  let resumed: Record<string, string>;
  const progress: SeedProgress[] = [];
  const resumedProgress: SeedProgress[] = [];
  let secondRun: SeedProgress[] = [];

  beforeAll(async () => {
    const whole = await agencyDatabases("whole");
    try {
      await loadCountyCopies(whole.handles, SCALE, { county, onProgress: (p) => progress.push(p) });
      uninterrupted = await contents(whole.handles);
    } finally {
      await whole.dispose();
    }

    const stopped = await agencyDatabases("stopped");
    try {
      // Stopped after the first copy …
      const stop = new AbortController();
      await expect(
        loadCountyCopies(stopped.handles, SCALE, {
          county,
          signal: stop.signal,
          onProgress: (p) => {
            if (p.copy === 1) stop.abort();
          },
        }),
      ).rejects.toThrow();
      // … then killed while the second copy was written: two agencies had committed it, two had not.
      await loadCountyCopies(stopped.handles.slice(0, 2), SCALE, { county });
      await loadCountyCopies(stopped.handles, SCALE, { county, onProgress: (p) => resumedProgress.push(p) });
      resumed = await contents(stopped.handles);
      await loadCountyCopies(stopped.handles, SCALE, {
        county,
        onProgress: (p) => {
          secondRun = [...secondRun, p];
        },
      });
    } finally {
      await stopped.dispose();
    }
  }, 600_000);

  it("leaves the same rows after a stopped seed is run again as one seed that ran through", () => {
    expect(Object.keys(uninterrupted).length).toBeGreaterThan(40);
    expect(uninterrupted["party.problems"]).toMatch(new RegExp(`^${county.problems.length * SCALE} `));
    expect(resumed).toEqual(uninterrupted);
  });

  it("carries on after the last copy every agency finished, and a finished seed has nothing left to do", () => {
    expect(resumedProgress.map((p) => [p.copy, p.resumedAfter])).toEqual([[2, 1]]);
    expect(progressLine(resumedProgress[0] as SeedProgress)).toMatch(/\(resumed after copy 1\)$/);
    expect(secondRun).toHaveLength(1);
    expect(progressLine(secondRun[0] as SeedProgress)).toBe(`copy ${SCALE}/${SCALE}: every copy already loaded`);
  });

  it("reports each copy with its rows per second and the time left", () => {
    expect(progress.map((p) => p.copy)).toEqual([1, 2]);
    expect(progress[1]?.rows).toBe(2 * (progress[0]?.rows ?? 0));
    expect(progress[0]?.rows).toBeGreaterThan(county.problems.length + county.members.length);
    const first = progressLine(progress[0] as SeedProgress);
    expect(first).toMatch(/^copy 1\/2, [\d,]+ rows\/s, [\d.]+ s, ETA [\d.]+ s$/);
    expect(progress[1]?.etaSeconds).toBe(0);
  });
});
