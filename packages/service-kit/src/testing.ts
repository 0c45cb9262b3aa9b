import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { type GraphQLError, type GraphQLSchema, graphql } from "graphql";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { ANONYMOUS, type Caller } from "./auth/caller";
import { GATEWAY_SECRET_HEADER } from "./auth/credential";
import { type CalendarSource, registerCalendarFeeds } from "./calendars";
import { type Database, type DatabaseHandle, openDatabase } from "./db";
import { createLogger } from "./logger";
import type { Subgraph } from "./subgraph";

/**
 * Tests run on PGlite unless TEST_DATABASE_URL points at a PostgreSQL server; then every
 * test file gets a database of its own on that server, dropped afterwards.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

export interface ProvisionedDatabase extends AsyncDisposable {
  /** Set on PostgreSQL. */
  url?: string | undefined;
  /** Set on PGlite: a fresh data folder. */
  dataDir?: string | undefined;
}

/** A new, empty database for one test file or one subgraph process under test. */
export async function provisionDatabase(label: string): Promise<ProvisionedDatabase> {
  if (!testDatabaseUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), `linli-${label}-`));
    return {
      dataDir,
      async [Symbol.asyncDispose]() {
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `linli_test_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async [Symbol.asyncDispose]() {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase<TSchema extends Record<string, unknown>>
  extends DatabaseHandle<TSchema>,
    AsyncDisposable {
  /** SQL statements issued so far through `db`. */
  statements(): number;
}

/** A migrated database for one test file: in-memory PGlite, or a throwaway PostgreSQL database. */
export async function createTestDatabase<TSchema extends Record<string, unknown>>(definition: {
  dbSchema: TSchema;
  migrationsFolder: string;
}): Promise<TestDatabase<TSchema>> {
  let count = 0;
  const provisioned = testDatabaseUrl ? await provisionDatabase("unit") : undefined;
  const handle = await openDatabase({
    url: provisioned?.url,
    schema: definition.dbSchema,
    onStatement: () => {
      count += 1;
    },
    poolSize: 4,
  });
  await handle.migrate(definition.migrationsFolder);
  return {
    ...handle,
    statements: () => count,
    async [Symbol.asyncDispose]() {
      await handle.close();
      await provisioned?.[Symbol.asyncDispose]();
    },
  };
}

/** Runs one operation against an executable schema, as the gateway would send it. */
export async function execute<TData = Record<string, unknown>>(
  schema: GraphQLSchema,
  contextValue: unknown,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<{ data?: TData | null; errors?: readonly GraphQLError[] }> {
  const result = await graphql({ schema, source, contextValue, variableValues });
  return result as { data?: TData | null; errors?: readonly GraphQLError[] };
}

/**
 * One migrated, seeded database per test file for a subgraph, with a `query` that runs an
 * operation the way the gateway would (a fresh per-request context each time).
 */
export function useSubgraphTestDatabase<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }>(
  subgraph: Subgraph<TSchema, TContext>,
  load: (db: Database<TSchema>) => Promise<void>,
) {
  let database: TestDatabase<TSchema> | undefined;
  const schema = subgraph.createSchema();
  beforeAll(async () => {
    database = await createTestDatabase(subgraph);
    await load(database.db);
  });
  afterAll(async () => {
    await database?.[Symbol.asyncDispose]();
  });
  const current = () => {
    if (!database) throw new Error("the test database is ready only inside tests and hooks");
    return database;
  };
  return {
    get db(): Database<TSchema> {
      return current().db;
    },
    /** SQL statements issued so far. */
    statements: () => current().statements(),
    /** Runs an operation as `caller` (the anonymous public by default). */
    query: <TData = Record<string, unknown>>(
      source: string,
      variables?: Record<string, unknown>,
      caller: Caller = ANONYMOUS,
    ) =>
      execute<TData>(
        schema,
        subgraph.createContext(current().db, { caller, requestId: randomUUID() }),
        source,
        variables,
      ),
  };
}

/**
 * GET of a feed's gateway path (`/calendar/<agency>/<secret>.ics`) as the gateway passes it on
 * to the subgraph (`/calendar/<secret>.ics`, with its secret, or `gatewaySecret` when given).
 */
export async function readCalendarFeed<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  source: CalendarSource,
  path: string,
  gatewaySecret = "test-gateway-secret",
) {
  const app = Fastify();
  registerCalendarFeeds(app, {
    db: db as unknown as Database<Record<string, unknown>>,
    source,
    gatewaySecret: "test-gateway-secret",
    logger: createLogger({ name: "calendar-test", level: "silent" }),
  });
  try {
    return await app.inject({
      url: path.replace(/^\/calendar\/[a-z]+\//, "/calendar/"),
      headers: { [GATEWAY_SECRET_HEADER]: gatewaySecret },
    });
  } finally {
    await app.close();
  }
}
