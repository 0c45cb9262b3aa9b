import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// `pnpm test` runs both projects. Set TEST_DATABASE_URL to run every database test on a
// PostgreSQL server instead of PGlite, and TEST_REPORT_JSON to a path for a JSON summary (CI).
const jsonReport = process.env.TEST_REPORT_JSON;

// Files whose behaviour does not depend on the database behind the agencies: the gateway's own
// units (stand-in subgraphs), composition, the client package, the browser pages and IDE, the
// runner (it always starts PGlite folders), the deployment files, the dependency rules and the
// gateway over a foreign supergraph. CI's PostgreSQL pass sets TEST_SKIP_DATABASE_FREE=1 to leave
// them to the PGlite pass, which runs everything; `pnpm test` alone never skips them.
const databaseFree =
  process.env.TEST_SKIP_DATABASE_FREE === "1"
    ? [
        "gateway/**",
        "schema/**",
        "packages/client/**",
        "packages/web/**",
        "packages/identity/**",
        "tests/web.test.ts",
        "tests/graphiql.test.ts",
        "tests/start.test.ts",
        "tests/deploy.test.ts",
        "tests/dependencies.test.ts",
        "tests/standalone.test.ts",
      ]
    : [];

export default defineConfig({
  resolve: {
    // @apollo/subgraph requires graphql's CommonJS build; tests must load the same copy, or
    // graphql-js refuses the schema as coming from "another realm".
    alias: {
      graphql: require.resolve("graphql", {
        paths: [require.resolve("@apollo/subgraph", { paths: ["packages/service-kit"] })],
      }),
    },
  },
  test: {
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Each file migrates its own database; on a loaded 2-core machine PGlite needs more than 10 s.
          hookTimeout: 60_000,
          include: ["{packages,subgraphs,gateway,schema}/**/src/**/*.test.ts", "schema/*.test.ts"],
          exclude: ["**/node_modules/**", ...databaseFree],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...databaseFree],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // The end-to-end files each start five processes; one file at a time on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
