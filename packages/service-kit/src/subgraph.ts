import type { GraphQLSchema } from "graphql";
import type { Caller } from "./auth/caller";
import { enforceRules, type RuleBook } from "./auth/rules";
import type { Database } from "./db";
import { type PlaceChangeReader, registerDirectoryFeed, startDirectorySync } from "./directory";
import { createSubgraphServer, type RequestIdentity } from "./http";
import type { SubgraphDefinition } from "./process";
import { buildSchemaFromModules } from "./schema";

/** What an agency writes: its parts. `defineSubgraph` wires them the same way for every agency. */
export interface SubgraphSpec<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }> {
  name: string;
  dbSchema: TSchema;
  /** drizzle-kit's output folder. */
  migrationsFolder: string;
  /** The folder whose `.graphql` files are the subgraph's contract. */
  sdlDir: string;
  /** One resolver map per module. */
  resolvers: object[];
  /** The rules named by `@rule(name: …)` in the SDL; every mutation must name one. */
  rules: RuleBook<TContext>;
  /** Builds the per-request context: the verified caller, repositories and fresh DataLoaders. */
  createContext: (db: Database<TSchema>, identity: RequestIdentity) => TContext;
  demoData: SubgraphDefinition<TSchema>["demoData"];
  /**
   * The subgraph's part in the directory of places: the registry publishes its outbox (a reader
   * of its changes), every other agency keeps a copy (`"reader"`, with the directory tables in
   * its schema).
   */
  directory?: { publish: (db: Database<TSchema>) => PlaceChangeReader } | "reader";
}

export interface Subgraph<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }>
  extends SubgraphDefinition<TSchema> {
  /** The executable schema with every rule in force. */
  createSchema(): GraphQLSchema;
  createContext(db: Database<TSchema>, identity: RequestIdentity): TContext;
  sdlDir: string;
}

export function defineSubgraph<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }>(
  spec: SubgraphSpec<TSchema, TContext>,
): Subgraph<TSchema, TContext> {
  const createSchema = () => {
    const schema = buildSchemaFromModules(spec.sdlDir, spec.resolvers);
    enforceRules(schema, spec.rules);
    return schema;
  };
  return {
    name: spec.name,
    dbSchema: spec.dbSchema,
    migrationsFolder: spec.migrationsFolder,
    sdlDir: spec.sdlDir,
    demoData: spec.demoData,
    createSchema,
    createContext: spec.createContext,
    createServer: async ({ database, logger, metrics, gatewaySecret, verifyToken, directory }) => {
      const anyDb = database.db as unknown as Database<Record<string, unknown>>;
      const sync =
        spec.directory === "reader" && directory?.role === "reader" && directory.feedUrl && directory.secret
          ? startDirectorySync({
              db: anyDb,
              feedUrl: directory.feedUrl,
              secret: directory.secret,
              everyMs: directory.everyMs,
              logger,
            })
          : undefined;
      let reconciled = false;
      void sync?.ready.then(() => {
        reconciled = true;
      });
      const server = await createSubgraphServer({
        schema: createSchema(),
        context: (identity) => spec.createContext(database.db, identity),
        gatewaySecret,
        verifyToken,
        logger,
        metrics,
        readiness: async () => {
          await database.ping();
          // Ready once the directory has caught up at start; later outages of the feed leave it as it stands.
          if (sync && !reconciled) throw new Error("the directory of places is not reconciled yet");
        },
        idempotencyStore: anyDb,
      });
      if (spec.directory && spec.directory !== "reader" && directory?.role === "publisher") {
        registerDirectoryFeed(server.app, spec.directory.publish(database.db), directory.readerSecrets, logger);
      }
      return {
        ...server,
        async close() {
          await sync?.stop();
          await server.close();
        },
      };
    },
  };
}
