import { fileURLToPath } from "node:url";
import { defineSubgraph, demoEntry } from "@linli/service-kit";
import { aggregatesModule } from "./aggregates/aggregates.module";
import { branchesModule } from "./branches/branches.module";
import { schema } from "./db";
import { deliberationModule } from "./deliberation/deliberation.module";
import { DirectoryRepository } from "./directory/directory.repository";
import { disputesModule } from "./disputes/disputes.module";
import { gridPostsModule } from "./grid-posts/grid-posts.module";
import { livingRoomsModule } from "./living-rooms/living-rooms.module";
import { membersModule } from "./members/members.module";
import { overviewModule } from "./overview/overview.module";
import { placesModule } from "./places/places.module";
import { practicalProjectsModule } from "./practical-projects/practical-projects.module";
import { problemsModule } from "./problems/problems.module";
import { recognitionModule } from "./recognition/recognition.module";
import { routingModule } from "./routing/routing.module";
import { rules } from "./rules";

/** The party subgraph as the process runner, the tests and composition see it. */
export const party = defineSubgraph({
  name: "party",
  dbSchema: schema,
  migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
  sdlDir: fileURLToPath(new URL(".", import.meta.url)),
  modules: [
    placesModule,
    branchesModule,
    membersModule,
    livingRoomsModule,
    problemsModule,
    disputesModule,
    practicalProjectsModule,
    overviewModule,
    deliberationModule,
    routingModule,
    recognitionModule,
    gridPostsModule,
    aggregatesModule,
  ],
  rules,
  // The demo county is an entry of its own, loaded only when LOAD_DEMO_DATA asks for it.
  demoData: demoEntry(() => import("./demo")),
  // The place registry publishes its outbox to the other agencies' directories.
  directory: {
    publish: (db) => {
      const repository = new DirectoryRepository(db);
      return (after, limit) => repository.changesAfter(after, limit);
    },
  },
});
