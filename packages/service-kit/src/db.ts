import { type Extensions, PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import type { Logger as DrizzleLogger } from "drizzle-orm";
import { getTableColumns, sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgColumn, PgDatabase, PgQueryResultHKT, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { codedError } from "./errors";
import { startSqlSpan } from "./tracing";

/** The drizzle database every repository is written against; PGlite and node-postgres both satisfy it. */
export type Database<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  /** PostgreSQL connection string. Without it the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder; omitted means an in-memory database (tests). Ignored with a URL. */
  dataDir?: string | undefined;
  schema: TSchema;
  /** Called once per SQL statement the application issues (used for the statement metrics). */
  onStatement?: (() => void) | undefined;
  /** Called when a statement has answered or failed, with its duration (the SQL duration metric). */
  onStatementDone?: ((seconds: number, ok: boolean) => void) | undefined;
  /** Connections in the pg pool. */
  poolSize?: number | undefined;
}

export interface DatabaseHandle<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  kind: DatabaseKind;
  /** Applies the drizzle-kit migrations of `folder`, serialised across processes. */
  migrate(folder: string): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Any fixed number works; it only has to be the same in every copy of a subgraph.
const MIGRATION_LOCK_KEY = 7_324_011;

/** PGlite ships the contrib modules inside its WebAssembly build; they are loaded on demand. */
const pgliteExtensions: Extensions = { btree_gist };

/**
 * Times each promise-returning `query` of a connection (every statement drizzle sends through
 * it) and wraps it in a span (a no-op without tracing): pg's driver and PGlite have no hook of
 * their own for a statement's end.
 */
function timeQueries(
  connection: { query: (...args: never[]) => unknown },
  done: ((seconds: number, ok: boolean) => void) | undefined,
) {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  connection.query = ((...args: unknown[]) => {
    // The callback form is the pool's own call through a client: timed where the pool was asked.
    if (typeof args.at(-1) === "function") return query(...args);
    const started = performance.now();
    const span = startSqlSpan(args[0]);
    const result = query(...args);
    if (!(result instanceof Promise)) {
      span.end(true);
      return result;
    }
    const finish = (ok: boolean) => {
      span.end(ok);
      done?.((performance.now() - started) / 1_000, ok);
    };
    result.then(
      () => finish(true),
      () => finish(false),
    );
    return result;
  }) as typeof connection.query;
}

export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  const logger: DrizzleLogger | undefined = options.onStatement
    ? { logQuery: () => options.onStatement?.() }
    : undefined;

  if (options.url) {
    const url = options.url;
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // A client that loses its server (a restart) must not crash the process: an idle one is
    // dropped by the pool ("error" on the pool); one checked out between two statements of a
    // transaction emits "error" on itself, which without a listener would be thrown. Its next
    // statement fails instead (the request reports an error, the transaction never commits),
    // and the pool discards it on release and connects afresh.
    pool.on("error", () => {});
    // The pool's own query runs its client's in callback form, which is not timed twice.
    timeQueries(pool, options.onStatementDone);
    pool.on("connect", (client) => {
      client.on("error", () => {});
      timeQueries(client, options.onStatementDone);
    });
    const db = drizzleNodePg(pool, { schema: options.schema, logger }) as unknown as Database<TSchema>;
    return {
      db,
      kind: "postgres",
      async migrate(folder) {
        // One connection holds an advisory lock, so copies starting together migrate once.
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
          await migrateNodePg(drizzleNodePg(client), { migrationsFolder: folder });
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
          await client.end();
        }
      },
      async ping() {
        await pool.query("SELECT 1");
      },
      close: () => pool.end(),
    };
  }

  const client = await PGlite.create(options.dataDir, { extensions: pgliteExtensions });
  // A transaction's statements go through its own object, which this does not see.
  timeQueries(client, options.onStatementDone);
  const db = drizzlePglite(client, { schema: options.schema, logger }) as unknown as Database<TSchema>;
  return {
    db,
    kind: "pglite",
    async migrate(folder) {
      await migratePglite(drizzlePglite(client), { migrationsFolder: folder });
    },
    async ping() {
      await client.query("SELECT 1");
    },
    close: () => client.close(),
  };
}

/** Splits a bulk insert so each statement stays well under PostgreSQL's 65,535 bind parameters. */
export function* inChunks<T>(rows: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

// Bind parameters per statement: under PostgreSQL's 65,535 with room to spare.
const PARAMETERS_PER_STATEMENT = 30_000;

/**
 * Rows per statement for rows of this shape: as many as the parameter budget allows, so a bulk
 * load (`pnpm seed -- --scale 1000`) sends a few large statements rather than many small ones.
 */
function rowsPerStatement(row: object): number {
  return Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Math.max(1, Object.keys(row).length)));
}

type Inserter = Pick<Database<Record<string, unknown>>, "insert">;

/**
 * Inserts rows, or updates the columns they carry where the conflict target already exists:
 * loading the same records twice leaves one copy of each. Rows carrying only the key are
 * inserted or left alone.
 */
export async function upsertRows<TTable extends PgTable>(
  db: Inserter,
  table: TTable,
  rows: TTable["$inferInsert"][],
  target: PgColumn | PgColumn[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const keys = new Set((Array.isArray(target) ? target : [target]).map((column) => column.name));
  const set: PgUpdateSetSource<TTable> = Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([property, column]) => property in first && !keys.has(column.name))
      .map(([property, column]) => [property, sql.raw(`excluded."${column.name}"`)]),
  ) as PgUpdateSetSource<TTable>;
  for (const chunk of inChunks(rows, rowsPerStatement(first))) {
    const insert = db.insert(table).values(chunk);
    await (Object.keys(set).length > 0
      ? insert.onConflictDoUpdate({ target, set })
      : insert.onConflictDoNothing({ target }));
  }
}

/**
 * Inserts the rows not there yet and leaves every row already there as it is: for history and
 * other append-only records, which the database refuses to change. Rows go in the listed order,
 * so a row may refer to one listed before it.
 */
export async function insertMissingRows<TTable extends PgTable>(
  db: Inserter,
  table: TTable,
  rows: TTable["$inferInsert"][],
  target: PgColumn | PgColumn[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  for (const chunk of inChunks(rows, rowsPerStatement(first))) {
    await db.insert(table).values(chunk).onConflictDoNothing({ target });
  }
}

/** The SQLSTATE of a refused statement, looking through the wrappers drivers and drizzle add. */
export function sqlState(error: unknown): string | undefined {
  return causeField(error, "code", (value) => /^[0-9A-Z]{5}$/.test(value));
}

/** The name of the constraint that refused a statement, if the server named one. */
export function violatedConstraint(error: unknown): string | undefined {
  return causeField(error, "constraint", () => true);
}

function causeField(error: unknown, field: "code" | "constraint", accept: (value: string) => boolean) {
  let current: unknown = error;
  while (current && typeof current === "object") {
    const value = (current as Record<string, unknown>)[field];
    if (typeof value === "string" && accept(value)) return value;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** SQLSTATEs of a write that lost a race PostgreSQL refereed: unique, exclusion, serialization, deadlock. */
export const RACE_LOST = new Set(["23505", "23P01", "40001", "40P01"]);

/**
 * Runs a write whose invariants PostgreSQL referees (unique and exclusion constraints,
 * serialization). When a concurrent write got there first and the database refuses this one,
 * the caller gets CONFLICT instead of an internal error; the transaction has rolled back, so
 * nothing of it remains. `messages` is one message for any lost race, or one per constraint
 * name (then only those constraints count as a lost race).
 */
export async function conflictOnRaceLost<T>(
  messages: string | Record<string, string>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const state = sqlState(error);
    if (!state || !RACE_LOST.has(state)) throw error;
    if (typeof messages === "string") throw codedError("CONFLICT", messages);
    const message = messages[violatedConstraint(error) ?? ""];
    if (message) throw codedError("CONFLICT", message);
    throw error;
  }
}
