import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for dashboard builders: every named operation of `operations/` as a
 * TypedDocumentNode, with its variables and result types, from the API schema clients see.
 */
const config: CodegenConfig = {
  schema: "api.graphql",
  documents: "operations/*.graphql",
  generates: {
    "generated/operations.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, avoidOptionals: { field: true } },
    },
  },
};

export default config;
