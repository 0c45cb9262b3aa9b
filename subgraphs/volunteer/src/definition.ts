import { fileURLToPath } from "node:url";
import { defineSubgraph, demoEntry } from "@linli/service-kit";
import { activitiesModule } from "./activities/activities.module";
import { aggregatesModule } from "./aggregates/aggregates.module";
import { calendarsModule } from "./calendars/calendars.module";
import { teamCalendars } from "./calendars/calendars.service";
import { schema } from "./db";
import { estatesModule } from "./estates/estates.module";
import { hoursModule } from "./hours/hours.module";
import { overviewModule } from "./overview/overview.module";
import { postsModule } from "./posts/posts.module";
import { redProxyModule } from "./redproxy/redproxy.module";
import { rosterModule } from "./roster/roster.module";
import { rules } from "./rules";
import { teamsModule } from "./teams/teams.module";
import { volunteersModule } from "./volunteers/volunteers.module";

/** The volunteer subgraph as the process runner, the tests and composition see it. */
export const volunteer = defineSubgraph({
  name: "volunteer",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  modules: [
    teamsModule,
    estatesModule,
    volunteersModule,
    activitiesModule,
    hoursModule,
    postsModule,
    redProxyModule,
    overviewModule,
    aggregatesModule,
    rosterModule,
    calendarsModule,
  ],
  rules,
  // The demo county is an entry of its own, loaded only when LOAD_DEMO_DATA asks for it.
  demoData: demoEntry(() => import("./demo")),
  directory: "reader",
  calendars: teamCalendars,
});
