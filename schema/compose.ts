import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { loadSubgraphSdl } from "@linli/service-kit";
import { BreakingChangeType, findBreakingChanges, type GraphQLSchema, isObjectType, parse } from "graphql";
import { routingUrl, subgraphs } from "./subgraphs";

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** The SDL of every subgraph in the registry, read from its `.graphql` files. */
export function registrySources(): SubgraphSource[] {
  return subgraphs.map((s) => ({ name: s.name, url: routingUrl(s), sdl: loadSubgraphSdl(s.sdlDir) }));
}

/** Composes subgraphs into a supergraph; throws with every composition error listed. */
export function composeSupergraph(sources: SubgraphSource[] = registrySources()): string {
  const result = composeServices(sources.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** The schema clients see (join and link machinery removed). */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * Changes from `before` to `after` that can break a client, except removing a field that was
 * already deprecated (that is the agreed way to retire one) and a built-in scalar no longer
 * referenced (clients cannot depend on it).
 */
export function breakingChanges(before: string, after: string): string[] {
  const old = apiSchema(before);
  return findBreakingChanges(old, apiSchema(after))
    .filter((change) => !(change.type === BreakingChangeType.FIELD_REMOVED && wasDeprecated(old, change.description)))
    .filter((change) => !/^Standard scalar \w+ was removed/.test(change.description))
    .map((change) => change.description);
}

function wasDeprecated(schema: GraphQLSchema, description: string): boolean {
  const match = /^(\w+)\.(\w+) was removed\.$/.exec(description);
  if (!match) return false;
  const type = schema.getType(match[1] ?? "");
  return isObjectType(type) && Boolean(type.getFields()[match[2] ?? ""]?.deprecationReason);
}
