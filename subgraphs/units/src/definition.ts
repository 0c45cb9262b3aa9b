import { fileURLToPath } from "node:url";
import { defineSubgraph, demoEntry } from "@linli/service-kit";
import { aggregatesModule } from "./aggregates/aggregates.module";
import { bookingsModule } from "./bookings/bookings.module";
import { calendarsModule } from "./calendars/calendars.module";
import { bookingCalendars } from "./calendars/calendars.service";
import { centersModule } from "./centers/centers.module";
import { schema } from "./db";
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
    aggregatesModule,
    calendarsModule,
  ],
  rules,
  // The demo county is an entry of its own, loaded only when LOAD_DEMO_DATA asks for it.
  demoData: demoEntry(() => import("./demo")),
  directory: "reader",
  calendars: bookingCalendars,
});
