import type { RequestBase } from "@linli/service-kit";
import type { ActivitiesScope } from "./activities/activities.scope";
import type { AggregatesScope } from "./aggregates/aggregates.scope";
import type { CalendarsScope } from "./calendars/calendars.scope";
import type { VolunteerDatabase } from "./db";
import type { HoursScope } from "./hours/hours.scope";
import type { OverviewScope } from "./overview/overview.scope";
import type { PostsScope } from "./posts/posts.scope";
import type { RedProxyScope } from "./redproxy/redproxy.scope";
import type { RosterScope } from "./roster/roster.scope";
import type { TeamsScope } from "./teams/teams.scope";
import type { VolunteersScope } from "./volunteers/volunteers.scope";

/**
 * What a resolver gets for one request: the verified caller, the request id, the database, and
 * each module's scope under the module's name (its loaders, repositories and the services bound
 * to this caller), built on first use — see `composeContext` and each `<module>.scope.ts`.
 */
export interface Context extends RequestBase<VolunteerDatabase> {
  teams: TeamsScope;
  volunteers: VolunteersScope;
  activities: ActivitiesScope;
  hours: HoursScope;
  posts: PostsScope;
  redProxy: RedProxyScope;
  overview: OverviewScope;
  roster: RosterScope;
  aggregates: AggregatesScope;
  calendars: CalendarsScope;
}
