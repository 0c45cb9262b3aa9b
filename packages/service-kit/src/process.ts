import { mkdirSync } from "node:fs";
import { createTokenVerifier, type TokenSettings, type TokenVerifier } from "./auth/tokens";
import { type Database, type DatabaseHandle, openDatabase } from "./db";
import type { DirectoryConfig } from "./env";
import type { SubgraphServer } from "./http";
import { createLogger, type Logger } from "./logger";
import { countStatement, createMetrics, type Metrics } from "./metrics";
import { stopOnSignals } from "./signals";
import { startTracing } from "./tracing";

export { stopOnSignals } from "./signals";

export interface SubgraphDeps<TSchema extends Record<string, unknown>> {
  database: DatabaseHandle<TSchema>;
  logger: Logger;
  metrics: Metrics;
  gatewaySecret: string;
  verifyToken: TokenVerifier;
  /** The subgraph's part in the directory of places: the registry's readers, or where to read it. */
  directory?: DirectoryConfig | undefined;
}

/** What a subgraph package hands to the process runner. */
export interface SubgraphDefinition<TSchema extends Record<string, unknown>> {
  name: string;
  dbSchema: TSchema;
  migrationsFolder: string;
  createServer(deps: SubgraphDeps<TSchema>): Promise<SubgraphServer>;
  demoData: {
    /** True when the agency's database holds none of its own records yet. */
    isEmpty(db: Database<TSchema>): Promise<boolean>;
    /** Loads the demo county's part that this agency owns; idempotent. */
    load(db: Database<TSchema>): Promise<void>;
  };
}

/**
 * An agency's demo data as an entry of its own (`./demo`), imported only when a process is told
 * to load it (LOAD_DEMO_DATA): a running service does not load the demo county otherwise.
 */
export function demoEntry<TSchema extends Record<string, unknown>>(
  entry: () => Promise<{
    isEmpty(db: Database<TSchema>): Promise<boolean>;
    loadDemo(db: Database<TSchema>): Promise<void>;
  }>,
): SubgraphDefinition<TSchema>["demoData"] {
  return {
    isEmpty: async (db) => (await entry()).isEmpty(db),
    load: async (db) => (await entry()).loadDemo(db),
  };
}

export interface SubgraphProcessConfig {
  host: string;
  port: number;
  databaseUrl?: string | undefined;
  dataDir: string;
  loadDemoData: "never" | "if-empty" | "always";
  logLevel: string;
  logFormat: "json" | "pretty";
  /** PostgreSQL connections this process may hold. */
  databasePoolMax: number;
  /** After SIGTERM, how long `/ready` answers 503 while the process still serves. */
  shutdownDelayMs: number;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: spans exported there; unset, none. */
  otlpEndpoint?: string | undefined;
  /** The credential the gateway presents to this subgraph; required to serve. */
  gatewaySecret?: string | undefined;
  /** Its variable's name, for the error when it is missing. */
  secretVariable: string;
  tokens: TokenSettings;
  directory?: DirectoryConfig | undefined;
  /** Its variable's name, for the error when a reader's credential is missing. */
  directorySecretVariable?: string;
}

async function openMigrated<TSchema extends Record<string, unknown>>(
  definition: SubgraphDefinition<TSchema>,
  config: SubgraphProcessConfig,
  metrics?: Metrics,
) {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schema: definition.dbSchema,
    poolSize: config.databasePoolMax,
    onStatement: metrics ? () => countStatement(metrics) : undefined,
    onStatementDone: metrics
      ? (seconds, ok) => metrics.sqlDuration.observe({ outcome: ok ? "ok" : "error" }, seconds)
      : undefined,
  });
  await database.migrate(definition.migrationsFolder);
  return database;
}

/** Runs one subgraph as a process: migrate, optionally load demo data, serve, stop cleanly on a signal. */
export async function runSubgraphProcess<TSchema extends Record<string, unknown>>(
  definition: SubgraphDefinition<TSchema>,
  config: SubgraphProcessConfig,
): Promise<void> {
  const logger = createLogger({ name: definition.name, level: config.logLevel, format: config.logFormat });
  const { gatewaySecret } = config;
  if (!gatewaySecret) {
    // Fail closed: without its credential a subgraph would have nothing to tell the gateway from anyone else.
    logger.fatal(
      `${config.secretVariable} is not set: this subgraph answers only the gateway and needs its credential.`,
    );
    process.exit(1);
  }
  const { directory } = config;
  if (directory?.role === "reader" && (!directory.feedUrl || !directory.secret)) {
    // Without the directory this agency could not tell which estates lie in a place.
    logger.fatal(
      `DIRECTORY_URL and ${config.directorySecretVariable} must be set: this subgraph reads the places from the party registry's feed.`,
    );
    process.exit(1);
  }
  const tracing = await startTracing(definition.name, config.otlpEndpoint);
  const metrics = createMetrics(definition.name);
  const database = await openMigrated(definition, config, metrics);
  logger.info({ database: database.kind }, "database migrated");

  const wantsDemo =
    config.loadDemoData === "always" ||
    (config.loadDemoData === "if-empty" && (await definition.demoData.isEmpty(database.db)));
  if (wantsDemo) {
    await definition.demoData.load(database.db);
    logger.info("demo data loaded");
  }

  const server = await definition.createServer({
    database,
    logger,
    metrics,
    gatewaySecret,
    verifyToken: createTokenVerifier(config.tokens),
    directory,
  });
  const url = await server.listen({ port: config.port, host: config.host });
  logger.info({ url }, `${definition.name} subgraph ready`);

  stopOnSignals(
    logger,
    async () => {
      await server.close();
      await database.close();
      await tracing.shutdown();
    },
    { delayMs: config.shutdownDelayMs, setUnready: server.setUnready },
  );
}

/** The `migrate` command: applies pending migrations and exits. */
export async function runMigrateCommand<TSchema extends Record<string, unknown>>(
  definition: SubgraphDefinition<TSchema>,
  config: SubgraphProcessConfig,
): Promise<void> {
  const database = await openMigrated(definition, config);
  await database.close();
  process.stdout.write(`${definition.name}: migrations applied (${database.kind})\n`);
}
