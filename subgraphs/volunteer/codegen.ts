import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver signatures come from the SDL; the mappers tie each GraphQL type to the row its
// repository returns, so a resolver that reads a column that does not exist fails to compile.
const config: CodegenConfig = {
  schema: ["src/**/*.graphql", "../../schema/federation-directives.graphql"],
  generates: {
    "src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: "../context#Context",
        mappers: {
          // Another agency's entity: this subgraph holds only its key.
          Estate: "../db/schema#EstateRef",
          VolunteerTeam: "../db/schema#VolunteerTeamRow",
          VolunteerTeamConnection: "@linli/service-kit#Connection<VolunteerTeamRow>",
        },
      },
    },
  },
};
export default config;
