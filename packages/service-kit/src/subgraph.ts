import type { GraphQLSchema } from "graphql";
import type { Caller } from "./auth/caller";
import { enforceRules, type RuleBook } from "./auth/rules";
import type { Database } from "./db";
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
    createServer: ({ database, logger, metrics, gatewaySecret, verifyToken }) =>
      createSubgraphServer({
        schema: createSchema(),
        context: (identity) => spec.createContext(database.db, identity),
        gatewaySecret,
        verifyToken,
        logger,
        metrics,
        readiness: () => database.ping(),
        idempotencyStore: database.db as unknown as Database<Record<string, unknown>>,
      }),
  };
}
