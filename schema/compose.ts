import { composeServices } from "@apollo/composition";
import { loadSubgraphSdl } from "@linli/service-kit";
import { parse } from "graphql";
import { routingUrl, subgraphs } from "./subgraphs";

/** Composes every subgraph's SDL into the supergraph; throws with every composition error listed. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: routingUrl(subgraph),
      typeDefs: parse(loadSubgraphSdl(subgraph.sdlDir)),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
