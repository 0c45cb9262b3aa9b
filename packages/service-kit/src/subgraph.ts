import { relative } from "node:path";
import type { GraphQLSchema } from "graphql";
import type { Caller } from "./auth/caller";
import { enforceRules, type RuleBook } from "./auth/rules";
import { type CalendarSource, registerCalendarFeeds } from "./calendars";
import type { Database } from "./db";
import { type PlaceChangeReader, registerDirectoryFeed, startDirectorySync } from "./directory";
import { createSubgraphServer, type RequestIdentity } from "./http";
import { composeContext, moduleSdlFiles, type RequestBase, type SubgraphModule } from "./module";
import type { SubgraphDefinition } from "./process";
import { buildSchemaFromModules } from "./schema";
import { subgraphSdlFiles } from "./sdl";

/** What an agency writes: its parts. `defineSubgraph` wires them the same way for every agency. */
export type SubgraphSpec<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }> = SpecParts<
  TSchema,
  TContext
> &
  (
    | {
        /** The domain modules: their SDL, resolvers and per-request scopes (the context is their composition). */
        modules: SubgraphModule<TContext>[];
      }
    | {
        // The central wiring of an agency whose modules do not define themselves yet.
        resolvers: object[];
        createContext: (db: Database<TSchema>, identity: RequestIdentity) => TContext;
      }
  );

interface SpecParts<TSchema extends Record<string, unknown>, TContext extends { caller: Caller }> {
  name: string;
  dbSchema: TSchema;
  /** drizzle-kit's output folder. */
  migrationsFolder: string;
  /** The folder whose `.graphql` files are the subgraph's contract: `schema.graphql` and each module's file. */
  sdlDir: string;
  /** The rules named by `@rule(name: …)` in the SDL; every mutation must name one. */
  rules: RuleBook<TContext>;
  demoData: SubgraphDefinition<TSchema>["demoData"];
  /**
   * The subgraph's part in the directory of places: the registry publishes its outbox (a reader
   * of its changes), every other agency keeps a copy (`"reader"`, with the directory tables in
   * its schema).
   */
  directory?: { publish: (db: Database<TSchema>) => PlaceChangeReader } | "reader";
  /**
   * What the subgraph's iCal feeds show (`calendar_feeds` in its schema): served at
   * `GET /calendar/<secret>.ics` to the gateway, which passes `/calendar/<agency>/…` on.
   */
  calendars?: (db: Database<TSchema>) => CalendarSource;
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
  const createContext =
    "modules" in spec
      ? (composeContext(spec.modules as unknown as SubgraphModule<RequestBase<Database<TSchema>>>[]) as unknown as (
          db: Database<TSchema>,
          identity: RequestIdentity,
        ) => TContext)
      : spec.createContext;
  const createSchema = () => {
    if ("modules" in spec) declaredSdlOnly(spec.sdlDir, spec.modules);
    const schema = buildSchemaFromModules(
      spec.sdlDir,
      "modules" in spec ? spec.modules.map((module) => module.resolvers) : spec.resolvers,
    );
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
    createContext,
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
        context: (identity) => createContext(database.db, identity),
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
      if (spec.calendars) {
        registerCalendarFeeds(server.app, { db: anyDb, source: spec.calendars(database.db), gatewaySecret, logger });
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

/**
 * The contract is every `.graphql` file in the folder (composition reads the folder too); a file
 * no module declares, or a module whose file is elsewhere, would be served without its owner.
 */
function declaredSdlOnly(sdlDir: string, modules: readonly { sdl: URL }[]): void {
  const declared = new Set(moduleSdlFiles(modules));
  const found = subgraphSdlFiles(sdlDir).filter((file) => relative(sdlDir, file) !== "schema.graphql");
  const strays = [
    ...found.filter((file) => !declared.has(file)),
    ...[...declared].filter((file) => !found.includes(file)),
  ];
  if (strays.length > 0) throw new Error(`SDL files not declared by exactly one module: ${strays.join(", ")}`);
}
