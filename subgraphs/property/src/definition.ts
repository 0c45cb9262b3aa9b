import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { committeesResolvers } from "./committees/committees.resolvers";
import { companiesResolvers } from "./companies/companies.resolvers";
import { createContext } from "./context";
import { contractsResolvers } from "./contracts/contracts.resolvers";
import { councilsResolvers } from "./councils/councils.resolvers";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
import { overviewResolvers } from "./overview/overview.resolvers";
import { rules } from "./rules";
import { serviceItemsResolvers } from "./service-items/service-items.resolvers";

/** The property subgraph as the process runner, the tests and composition see it. */
export const property = defineSubgraph({
  name: "property",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  resolvers: [
    companiesResolvers,
    contractsResolvers,
    serviceItemsResolvers,
    committeesResolvers,
    councilsResolvers,
    overviewResolvers,
  ],
  rules,
  createContext,
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  directory: "reader",
});

export { loadCounty };
