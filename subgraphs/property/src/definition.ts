import { fileURLToPath } from "node:url";
import { defineSubgraph, demoEntry } from "@linli/service-kit";
import { committeesModule } from "./committees/committees.module";
import { companiesModule } from "./companies/companies.module";
import { contractsModule } from "./contracts/contracts.module";
import { councilsModule } from "./councils/councils.module";
import { schema } from "./db";
import { overviewModule } from "./overview/overview.module";
import { rules } from "./rules";
import { serviceItemsModule } from "./service-items/service-items.module";

/** The property subgraph as the process runner, the tests and composition see it. */
export const property = defineSubgraph({
  name: "property",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  modules: [companiesModule, contractsModule, serviceItemsModule, committeesModule, councilsModule, overviewModule],
  rules,
  // The demo county is an entry of its own, loaded only when LOAD_DEMO_DATA asks for it.
  demoData: demoEntry(() => import("./demo")),
  directory: "reader",
});
