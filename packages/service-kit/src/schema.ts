import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { loadSubgraphTypeDefs } from "./sdl";

/** Joins the per-module resolver maps type by type (a type's fields may come from several modules). */
export function mergeResolvers<T extends object>(maps: T[]): T {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged as T;
}

/**
 * The executable subgraph schema: every `.graphql` file under `sdlDir` with the modules'
 * resolvers. Composition reads the same files, so what is served is what is composed.
 */
export function buildSchemaFromModules<T extends object>(sdlDir: string, resolverMaps: T[]) {
  return buildSubgraphSchema([
    {
      typeDefs: loadSubgraphTypeDefs(sdlDir),
      resolvers: mergeResolvers(resolverMaps) as unknown as GraphQLResolverMap<unknown>,
    },
  ]);
}
