import { fileURLToPath } from "node:url";
import { sampleCounty } from "@linli/demo-county";
import type { SubgraphDefinition } from "@linli/service-kit";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
import { createSchema, createServer, sdlDir } from "./server";

export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/** The volunteer subgraph as the process runner, the tests and composition see it. */
export const volunteer = {
  name: "volunteer",
  dbSchema: schema,
  migrationsFolder,
  createServer,
  demoData: { isEmpty, load: (db) => loadCounty(db, sampleCounty()) },
} satisfies SubgraphDefinition<typeof schema>;

export { createSchema, loadCounty, sdlDir };
