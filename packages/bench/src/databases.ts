import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { agencies, loadCountyCopies, openAgencyDatabases, progressLine } from "@linli/runner/agencies";
import { subgraphs } from "@linli/schema";
import pg from "pg";

/** Where one subgraph's bench database lives: a PostgreSQL URL, or a PGlite folder. */
export interface BenchDatabase {
  name: string;
  url?: string | undefined;
  dataDir?: string | undefined;
}

export interface PreparedDatabases {
  databases: BenchDatabase[];
  /** Seconds spent migrating and seeding; 0 when the cached copy was still good. */
  seedSeconds: number;
  reused: boolean;
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/**
 * What the seeded data depends on: the scale, every migration and the demo county with each
 * agency's loader. A cached copy is reused only when this is unchanged.
 */
export function seedKey(scale: number): string {
  const hash = createHash("sha256").update(`scale=${scale}\n`);
  const sources = [
    ...Object.values(agencies).flatMap((agency) => filesUnder(agency.definition.migrationsFolder)),
    ...filesUnder(join(repoRoot, "packages/demo-county/src")),
    ...subgraphs.map((s) => join(s.packageDir, "src/demo.ts")),
  ];
  for (const path of sources) hash.update(path.slice(repoRoot.length)).update(readFileSync(path));
  return hash.digest("hex").slice(0, 16);
}

/** The bench's own database per subgraph on the server of `serverUrl`: linli_bench_<name>_s<scale>. */
function postgresTargets(serverUrl: string, scale: number): BenchDatabase[] {
  return subgraphs.map((s) => {
    const url = new URL(serverUrl);
    url.pathname = `/linli_bench_${s.name}_s${scale}`;
    return { name: s.name, url: url.toString() };
  });
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseName = (target: BenchDatabase) => new URL(target.url as string).pathname.slice(1);

/** The key a seeded database was stamped with (its comment), or undefined. */
async function stampOf(admin: pg.Client, name: string): Promise<string | undefined> {
  const { rows } = await admin.query<{ stamp: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1",
    [name],
  );
  return rows[0]?.stamp ?? undefined;
}

export interface PrepareOptions {
  scale: number;
  /** A PostgreSQL server; without it PGlite folders under `cacheDir`. */
  serverUrl?: string | undefined;
  cacheDir: string;
  /** Reseed even when a cached copy matches. */
  fresh?: boolean;
  log: (line: string) => void;
}

/**
 * Databases holding the demo county ×scale for the four subgraphs, migrated and seeded here
 * (before any subgraph starts, as a PGlite folder admits one process at a time). A copy seeded
 * earlier with the same key is reused.
 */
export async function prepareDatabases(options: PrepareOptions): Promise<PreparedDatabases> {
  const { scale, serverUrl, log } = options;
  const key = seedKey(scale);
  const databases: BenchDatabase[] = serverUrl
    ? postgresTargets(serverUrl, scale)
    : subgraphs.map((s) => ({ name: s.name, dataDir: join(options.cacheDir, `s${scale}`, s.name) }));
  const stampPath = join(options.cacheDir, `s${scale}`, "seed-key");

  const stamp = async (value: string) => {
    if (!serverUrl) return writeFileSync(stampPath, value);
    await withAdmin(serverUrl, async (admin) => {
      for (const target of databases) await admin.query(`COMMENT ON DATABASE "${databaseName(target)}" IS '${value}'`);
    });
  };
  const stamps = serverUrl
    ? await withAdmin(serverUrl, async (admin) => {
        const found: (string | undefined)[] = [];
        for (const target of databases) found.push(await stampOf(admin, databaseName(target)));
        return found;
      })
    : [existsSync(stampPath) ? readFileSync(stampPath, "utf8") : undefined];
  if (stamps.every((stamp) => stamp === key) && !options.fresh) {
    log(`seed: reusing the demo county ×${scale} seeded earlier (key ${key})`);
    return { databases, seedSeconds: 0, reused: true };
  }
  // A seed of the same key that was stopped half way carries on (each database knows the copies it holds).
  const resume = !options.fresh && stamps.every((stamp) => stamp === `seeding ${key}`);

  const started = Date.now();
  if (resume) {
    log(`seed: resuming the demo county ×${scale} stopped earlier (key ${key})`);
  } else if (serverUrl) {
    await withAdmin(serverUrl, async (admin) => {
      for (const target of databases) {
        const name = databaseName(target);
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      }
    });
  } else {
    rmSync(join(options.cacheDir, `s${scale}`), { recursive: true, force: true });
    for (const target of databases) mkdirSync(target.dataDir as string, { recursive: true });
  }
  await stamp(`seeding ${key}`);

  const handles = await openAgencyDatabases(databases);
  try {
    log(`seed: migrated ${handles.length} ${serverUrl ? "PostgreSQL" : "PGlite"} databases`);
    await loadCountyCopies(handles, scale, {
      onProgress: (progress) => {
        const { copy } = progress;
        if (copy === scale || copy % Math.max(1, Math.ceil(scale / 10)) === 0) log(`seed: ${progressLine(progress)}`);
      },
    });
  } finally {
    for (const { handle } of handles) await handle.close();
  }

  // Stamped with the bare key only once complete.
  await stamp(key);
  const seedSeconds = (Date.now() - started) / 1000;
  log(`seed: demo county ×${scale} ready in ${seedSeconds.toFixed(1)} s`);
  return { databases, seedSeconds, reused: false };
}
