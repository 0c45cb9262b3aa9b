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
          Unit: "../db/schema#UnitRow",
          BigBranchMembership: "../db/schema#BigBranchMembershipRow",
          // Estate is the party registry's entity: here it is only its key.
          Estate: "../memberships/memberships.repository#EstateRef",
          UnitConnection: "@linli/service-kit#Connection<UnitRow>",
        },
      },
    },
  },
};
export default config;
