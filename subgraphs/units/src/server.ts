import { fileURLToPath } from "node:url";
import { buildSchemaFromModules, createSubgraphServer, type SubgraphDeps } from "@linli/service-kit";
import { createContextFactory } from "./context";
import type { schema } from "./db";
import type { Resolvers } from "./generated/resolvers-types";
import { membershipsResolvers } from "./memberships/memberships.resolvers";
import { unitsResolvers } from "./units/units.resolvers";

/** The folder whose `.graphql` files are this subgraph's contract. */
export const sdlDir = fileURLToPath(new URL(".", import.meta.url));

export const createSchema = () => buildSchemaFromModules<Resolvers>(sdlDir, [unitsResolvers, membershipsResolvers]);

export async function createServer({ database, logger, metrics }: SubgraphDeps<typeof schema>) {
  return createSubgraphServer({
    schema: createSchema(),
    context: createContextFactory(database.db),
    logger,
    metrics,
    readiness: () => database.ping(),
  });
}
