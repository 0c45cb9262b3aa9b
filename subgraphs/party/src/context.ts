import type { RequestBase } from "@linli/service-kit";
import type { AggregatesScope } from "./aggregates/aggregates.scope";
import type { BranchesScope } from "./branches/branches.scope";
import type { PartyDatabase } from "./db";
import type { DeliberationScope } from "./deliberation/deliberation.scope";
import type { DisputesScope } from "./disputes/disputes.scope";
import type { GridPostsScope } from "./grid-posts/grid-posts.scope";
import type { LivingRoomsScope } from "./living-rooms/living-rooms.scope";
import type { MembersScope } from "./members/members.scope";
import type { OverviewScope } from "./overview/overview.scope";
import type { PlacesScope } from "./places/places.scope";
import type { PracticalProjectsScope } from "./practical-projects/practical-projects.scope";
import type { ProblemsScope } from "./problems/problems.scope";
import type { RecognitionScope } from "./recognition/recognition.scope";
import type { RoutingScope } from "./routing/routing.scope";

/**
 * What a resolver gets for one request: the verified caller, the request id, the database, and
 * each module's scope under the module's name (its loaders, repositories and the services bound
 * to this caller), built on first use — see `composeContext` and each `<module>.scope.ts`.
 */
export interface Context extends RequestBase<PartyDatabase> {
  places: PlacesScope;
  branches: BranchesScope;
  members: MembersScope;
  livingRooms: LivingRoomsScope;
  problems: ProblemsScope;
  disputes: DisputesScope;
  practicalProjects: PracticalProjectsScope;
  overview: OverviewScope;
  deliberation: DeliberationScope;
  routing: RoutingScope;
  recognition: RecognitionScope;
  gridPosts: GridPostsScope;
  aggregates: AggregatesScope;
}
