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
          PropertyCompany: "../db/schema#PropertyCompanyRow",
          ManagementContract: "../db/schema#ManagementContractRow",
          Estate: "../db/schema#EstateRef",
          PropertyCompanyConnection: "@linli/service-kit#Connection<PropertyCompanyRow>",
        },
      },
    },
  },
};
export default config;
