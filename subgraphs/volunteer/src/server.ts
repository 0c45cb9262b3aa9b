import { fileURLToPath } from "node:url";
import { buildSchemaFromModules, createSubgraphServer, type SubgraphDeps } from "@linli/service-kit";
import { createContextFactory } from "./context";
import type { schema } from "./db";
import { estatesResolvers } from "./estates/estates.resolvers";
import type { Resolvers } from "./generated/resolvers-types";
import { teamsResolvers } from "./teams/teams.resolvers";

/** The folder whose `.graphql` files are this subgraph's contract. */
export const sdlDir = fileURLToPath(new URL(".", import.meta.url));

export const createSchema = () => buildSchemaFromModules<Resolvers>(sdlDir, [teamsResolvers, estatesResolvers]);

export async function createServer({ database, logger, metrics }: SubgraphDeps<typeof schema>) {
  return createSubgraphServer({
    schema: createSchema(),
    context: createContextFactory(database.db),
    logger,
    metrics,
    readiness: () => database.ping(),
  });
}
