import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { committeesModule } from "./committees/committees.module";
import { companiesModule } from "./companies/companies.module";
import { contractsModule } from "./contracts/contracts.module";
import { councilsModule } from "./councils/councils.module";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
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
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  directory: "reader",
});

export { loadCounty };
