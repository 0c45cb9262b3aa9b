import { fileURLToPath } from "node:url";
import { buildSchemaFromModules, createSubgraphServer, type SubgraphDeps } from "@linli/service-kit";
import { companiesResolvers } from "./companies/companies.resolvers";
import { createContextFactory } from "./context";
import { contractsResolvers } from "./contracts/contracts.resolvers";
import type { schema } from "./db";
import type { Resolvers } from "./generated/resolvers-types";

/** The folder whose `.graphql` files are this subgraph's contract. */
export const sdlDir = fileURLToPath(new URL(".", import.meta.url));

export const createSchema = () => buildSchemaFromModules<Resolvers>(sdlDir, [companiesResolvers, contractsResolvers]);

export async function createServer({ database, logger, metrics }: SubgraphDeps<typeof schema>) {
  return createSubgraphServer({
    schema: createSchema(),
    context: createContextFactory(database.db),
    logger,
    metrics,
    readiness: () => database.ping(),
  });
}
