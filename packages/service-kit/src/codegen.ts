import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The one codegen setup of every subgraph: resolver signatures from the SDL, with `mappers`
 * tying each GraphQL type to the row its repository returns, so a resolver that reads a column
 * that does not exist fails to compile.
 */
export function subgraphCodegenConfig(mappers: Record<string, string>): CodegenConfig {
  return {
    schema: ["src/**/*.graphql", "../../schema/federation-directives.graphql"],
    generates: {
      "src/generated/resolvers-types.ts": {
        plugins: ["typescript", "typescript-resolvers"],
        config: {
          federation: true,
          useTypeImports: true,
          enumsAsTypes: true,
          contextType: "../context#Context",
          mappers,
        },
      },
    },
  };
}
