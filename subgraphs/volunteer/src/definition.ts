import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { activitiesResolvers } from "./activities/activities.resolvers";
import { createContext } from "./context";
import { schema } from "./db";
import { isEmpty, loadCounty } from "./demo";
import { estatesResolvers } from "./estates/estates.resolvers";
import { hoursResolvers } from "./hours/hours.resolvers";
import { overviewResolvers } from "./overview/overview.resolvers";
import { postsResolvers } from "./posts/posts.resolvers";
import { redProxyResolvers } from "./redproxy/redproxy.resolvers";
import { rosterResolvers } from "./roster/roster.resolvers";
import { rules } from "./rules";
import { teamsResolvers } from "./teams/teams.resolvers";
import { volunteersResolvers } from "./volunteers/volunteers.resolvers";

/** The volunteer subgraph as the process runner, the tests and composition see it. */
export const volunteer = defineSubgraph({
  name: "volunteer",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  resolvers: [
    teamsResolvers,
    estatesResolvers,
    volunteersResolvers,
    activitiesResolvers,
    hoursResolvers,
    postsResolvers,
    redProxyResolvers,
    overviewResolvers,
    rosterResolvers,
  ],
  rules,
  createContext,
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  directory: "reader",
});

export { loadCounty };
