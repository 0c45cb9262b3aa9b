import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { bookingsResolvers } from "./bookings/bookings.resolvers";
import { centersResolvers } from "./centers/centers.resolvers";
import { createContext } from "./context";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
import { liaisonsResolvers } from "./liaisons/liaisons.resolvers";
import { membershipsResolvers } from "./memberships/memberships.resolvers";
import { overviewResolvers } from "./overview/overview.resolvers";
import { resourcesResolvers } from "./resources/resources.resolvers";
import { rules } from "./rules";
import { unitsResolvers } from "./units/units.resolvers";

/** The embedded units' subgraph as the process runner, the tests and composition see it. */
export const units = defineSubgraph({
  name: "units",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  resolvers: [
    unitsResolvers,
    membershipsResolvers,
    resourcesResolvers,
    bookingsResolvers,
    centersResolvers,
    liaisonsResolvers,
    overviewResolvers,
  ],
  rules,
  createContext,
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  directory: "reader",
});

export { loadCounty };
