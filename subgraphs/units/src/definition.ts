import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { bookingsModule } from "./bookings/bookings.module";
import { centersModule } from "./centers/centers.module";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
import { liaisonsModule } from "./liaisons/liaisons.module";
import { membershipsModule } from "./memberships/memberships.module";
import { overviewModule } from "./overview/overview.module";
import { resourcesModule } from "./resources/resources.module";
import { rules } from "./rules";
import { unitsModule } from "./units/units.module";

/** The embedded units' subgraph as the process runner, the tests and composition see it. */
export const units = defineSubgraph({
  name: "units",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  modules: [
    unitsModule,
    membershipsModule,
    resourcesModule,
    bookingsModule,
    centersModule,
    liaisonsModule,
    overviewModule,
  ],
  rules,
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  directory: "reader",
});

export { loadCounty };
