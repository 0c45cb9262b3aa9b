import { createHash } from "node:crypto";
import { countyCopy, type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { subgraphs } from "@linli/schema";
import { type Database, type DatabaseHandle, openDatabase, type SubgraphDefinition } from "@linli/service-kit";
import { sql } from "drizzle-orm";

export interface Agency {
  definition: SubgraphDefinition<Record<string, unknown>>;
  // biome-ignore lint/suspicious/noExplicitAny: each loader takes its own agency's database type
  load: (db: Database<any>, county: DemoCounty) => Promise<void>;
}

/** An agency's package as the registry names it: its definition under the agency's name, and its demo entry's loader. */
async function agencyOf(subgraph: { name: string; package: string }): Promise<[string, Agency]> {
  const [exports, demo] = (await Promise.all([import(subgraph.package), import(`${subgraph.package}/demo`)])) as Record<
    string,
    unknown
  >[];
  const definition = exports?.[subgraph.name] as Agency["definition"] | undefined;
  const load = demo?.loadCounty as Agency["load"] | undefined;
  if (!definition?.migrationsFolder || typeof load !== "function") {
    throw new Error(`${subgraph.package} exports no definition named ${subgraph.name}, or its ./demo no loadCounty`);
  }
  return [subgraph.name, { definition, load }];
}

/** Each subgraph's database schema, migrations and demo loader, by subgraph name, from the registry (`schema/subgraphs.ts`). */
export const agencies: Record<string, Agency> = Object.fromEntries(await Promise.all(subgraphs.map(agencyOf)));

export interface AgencyDatabase {
  name: string;
  handle: DatabaseHandle<Record<string, unknown>>;
}

/**
 * Opens and migrates each subgraph's database (a PostgreSQL URL, else a PGlite folder), in
 * order; `onMigrated` hears of each. The caller closes them; on a failure those opened so far
 * are closed here.
 */
export async function openAgencyDatabases(
  targets: readonly { name: string; url?: string | undefined; dataDir?: string | undefined }[],
  onMigrated: (opened: AgencyDatabase) => void = () => {},
): Promise<AgencyDatabase[]> {
  const opened: AgencyDatabase[] = [];
  try {
    for (const target of targets) {
      const agency = agencies[target.name];
      if (!agency) throw new Error(`no demo loader for subgraph ${target.name}`);
      const handle = await openDatabase({
        url: target.url,
        dataDir: target.url ? undefined : target.dataDir,
        schema: agency.definition.dbSchema,
      });
      opened.push({ name: target.name, handle });
      await handle.migrate(agency.definition.migrationsFolder);
      onMigrated({ name: target.name, handle });
    }
    return opened;
  } catch (error) {
    for (const { handle } of opened) await handle.close();
    throw error;
  }
}

/** How far a load of county copies has come, after each copy every agency holds. */
export interface SeedProgress {
  /** The copy just finished; `copies` when done. */
  copy: number;
  copies: number;
  /** Copies every agency already held when this run started (skipped). */
  resumedAfter: number;
  /** Rows this run has written so far (records of the county description, each a row). */
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Seconds left at this run's pace; 0 when done. */
  etaSeconds: number;
}

export interface LoadOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Stops before the next copy (the copies finished stay recorded). */
  signal?: AbortSignal;
  /** The county to copy; the demo county (仙游县) of today by default. */
  county?: DemoCounty;
}

// Kept in each target database, beside the agency's own tables, so that a seed killed half way
// resumes from what that database really holds. Plain SQL both PostgreSQL and PGlite run.
const PROGRESS_TABLE = "linli_seed_copies";

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes} min ${Math.round(seconds % 60)} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** One progress line: `copy 37/100, 41,300 rows/s, 12.3 s, ETA 1 min 4 s` (and where it resumed). */
export function progressLine(progress: SeedProgress): string {
  const resumed = progress.resumedAfter > 0 ? ` (resumed after copy ${progress.resumedAfter})` : "";
  if (progress.resumedAfter === progress.copies)
    return `copy ${progress.copies}/${progress.copies}: every copy already loaded`;
  const rate = Math.round(progress.rowsPerSecond).toLocaleString("en-US");
  return `copy ${progress.copy}/${progress.copies}, ${rate} rows/s, ${duration(progress.seconds)}, ETA ${duration(progress.etaSeconds)}${resumed}`;
}

/** The rows a county description stands for: every record in its lists, nested ones included. */
function rowsOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + rowsOf(item), 0);
  if (value && typeof value === "object") return Object.values(value).reduce((sum: number, v) => sum + rowsOf(v), 0);
  return 0;
}

/** The copies of `fingerprint`'s county that a database holds; a record of another county (another day, other data) is forgotten. */
async function finishedCopies(handle: AgencyDatabase["handle"], fingerprint: string): Promise<Set<number>> {
  await handle.db.execute(
    sql.raw(
      `CREATE TABLE IF NOT EXISTS ${PROGRESS_TABLE} (copy integer PRIMARY KEY, county text NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())`,
    ),
  );
  await handle.db.execute(sql`DELETE FROM ${sql.identifier(PROGRESS_TABLE)} WHERE county <> ${fingerprint}`);
  // node-postgres and PGlite both answer with { rows }; drizzle types it per driver.
  const { rows } = (await handle.db.execute(sql`SELECT copy FROM ${sql.identifier(PROGRESS_TABLE)}`)) as unknown as {
    rows: { copy: number }[];
  };
  return new Set(rows.map((row) => Number(row.copy)));
}

/**
 * Loads copies 1 to `scale` of the demo county; each agency its own part into its own database.
 * Each agency loads a copy in one transaction that also records the copy as finished there, so a
 * load killed at any point and run again skips what each database already holds and carries on
 * (loading is idempotent besides: a copy loaded twice leaves the same rows).
 */
export async function loadCountyCopies(
  databases: readonly AgencyDatabase[],
  scale: number,
  options: LoadOptions = {},
): Promise<void> {
  const base = options.county ?? xianyouCounty();
  const fingerprint = createHash("sha256").update(JSON.stringify(base)).digest("hex").slice(0, 16);
  const finished = await Promise.all(databases.map(({ handle }) => finishedCopies(handle, fingerprint)));
  const pending = (copy: number) => databases.filter((_, i) => !finished[i]?.has(copy));
  let resumedAfter = 0;
  while (resumedAfter < scale && pending(resumedAfter + 1).length === 0) resumedAfter += 1;

  const rowsPerCopy = rowsOf(base);
  const started = performance.now();
  let rows = 0;
  let next = resumedAfter < scale ? countyCopy(base, resumedAfter + 1) : undefined;
  for (let copy = resumedAfter + 1; copy <= scale; copy += 1) {
    options.signal?.throwIfAborted();
    const county = next as DemoCounty;
    const targets = pending(copy);
    // No subgraph reads another's database: each agency loads its part into its own, side by side.
    const writing = Promise.all(
      targets.map(({ name, handle }) =>
        handle.db.transaction(async (tx) => {
          await agencies[name]?.load(tx, county);
          await tx.execute(
            sql`INSERT INTO ${sql.identifier(PROGRESS_TABLE)} (copy, county) VALUES (${copy}, ${fingerprint}) ON CONFLICT (copy) DO UPDATE SET county = excluded.county`,
          );
        }),
      ),
    );
    // The next copy is built while the databases write this one (a server works in its own process).
    next = copy < scale ? countyCopy(base, copy + 1) : undefined;
    await writing;
    rows += Math.round((rowsPerCopy * targets.length) / Math.max(1, databases.length));
    const seconds = (performance.now() - started) / 1000;
    const rowsPerSecond = seconds > 0 ? rows / seconds : 0;
    const copiesPerSecond = (copy - resumedAfter) / Math.max(seconds, 1e-3);
    options.onProgress?.({
      copy,
      copies: scale,
      resumedAfter,
      rows,
      seconds,
      rowsPerSecond,
      etaSeconds: (scale - copy) / copiesPerSecond,
    });
  }
  if (resumedAfter === scale) {
    options.onProgress?.({
      copy: scale,
      copies: scale,
      resumedAfter,
      rows: 0,
      seconds: 0,
      rowsPerSecond: 0,
      etaSeconds: 0,
    });
  }
}
