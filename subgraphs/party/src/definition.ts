import { fileURLToPath } from "node:url";
import { xianyouCounty } from "@linli/demo-county";
import { defineSubgraph } from "@linli/service-kit";
import { branchesResolvers } from "./branches/branches.resolvers";
import { createContext } from "./context";
import { schema } from "./db";
import { deliberationResolvers } from "./deliberation/deliberation.resolvers";
import { isEmpty, loadCounty } from "./demo";
import { DirectoryRepository } from "./directory/directory.repository";
import { disputesResolvers } from "./disputes/disputes.resolvers";
import { gridPostsResolvers } from "./grid-posts/grid-posts.resolvers";
import { livingRoomsResolvers } from "./living-rooms/living-rooms.resolvers";
import { membersResolvers } from "./members/members.resolvers";
import { overviewResolvers } from "./overview/overview.resolvers";
import { placesResolvers } from "./places/places.resolvers";
import { practicalProjectsResolvers } from "./practical-projects/practical-projects.resolvers";
import { problemsResolvers } from "./problems/problems.resolvers";
import { recognitionResolvers } from "./recognition/recognition.resolvers";
import { routingResolvers } from "./routing/routing.resolvers";
import { rules } from "./rules";

/** The party subgraph as the process runner, the tests and composition see it. */
export const party = defineSubgraph({
  name: "party",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  resolvers: [
    placesResolvers,
    branchesResolvers,
    membersResolvers,
    livingRoomsResolvers,
    problemsResolvers,
    disputesResolvers,
    practicalProjectsResolvers,
    overviewResolvers,
    deliberationResolvers,
    routingResolvers,
    recognitionResolvers,
    gridPostsResolvers,
  ],
  rules,
  createContext,
  demoData: { isEmpty, load: (db) => loadCounty(db, xianyouCounty()) },
  // The place registry publishes its outbox to the other agencies' directories.
  directory: {
    publish: (db) => {
      const repository = new DirectoryRepository(db);
      return (after, limit) => repository.changesAfter(after, limit);
    },
  },
});

export { loadCounty };
