import type { GraphQLSchema } from "graphql";
import type { Database } from "./db";
import { createSubgraphServer } from "./http";
import type { SubgraphDefinition } from "./process";
import { buildSchemaFromModules } from "./schema";

/** What an agency writes: its parts. `defineSubgraph` wires them the same way for every agency. */
export interface SubgraphSpec<TSchema extends Record<string, unknown>, TContext extends object> {
  name: string;
  dbSchema: TSchema;
  /** drizzle-kit's output folder. */
  migrationsFolder: string;
  /** The folder whose `.graphql` files are the subgraph's contract. */
  sdlDir: string;
  /** One resolver map per module. */
  resolvers: object[];
  /** Builds the per-request context: repositories and fresh DataLoaders. */
  createContext: (db: Database<TSchema>) => TContext;
  demoData: SubgraphDefinition<TSchema>["demoData"];
}

export interface Subgraph<TSchema extends Record<string, unknown>, TContext extends object>
  extends SubgraphDefinition<TSchema> {
  createSchema(): GraphQLSchema;
  createContext(db: Database<TSchema>): TContext;
  sdlDir: string;
}

export function defineSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  spec: SubgraphSpec<TSchema, TContext>,
): Subgraph<TSchema, TContext> {
  const createSchema = () => buildSchemaFromModules(spec.sdlDir, spec.resolvers);
  return {
    name: spec.name,
    dbSchema: spec.dbSchema,
    migrationsFolder: spec.migrationsFolder,
    sdlDir: spec.sdlDir,
    demoData: spec.demoData,
    createSchema,
    createContext: spec.createContext,
    createServer: ({ database, logger, metrics }) =>
      createSubgraphServer({
        schema: createSchema(),
        context: () => spec.createContext(database.db),
        logger,
        metrics,
        readiness: () => database.ping(),
      }),
  };
}
