import type { RequestBase } from "@linli/service-kit";
import type { AggregatesScope } from "./aggregates/aggregates.scope";
import type { BookingsScope } from "./bookings/bookings.scope";
import type { CalendarsScope } from "./calendars/calendars.scope";
import type { CentersScope } from "./centers/centers.scope";
import type { UnitsDatabase } from "./db";
import type { LiaisonsScope } from "./liaisons/liaisons.scope";
import type { MembershipsScope } from "./memberships/memberships.scope";
import type { OverviewScope } from "./overview/overview.scope";
import type { ResourcesScope } from "./resources/resources.scope";
import type { UnitsScope } from "./units/units.scope";

/**
 * What a resolver gets for one request: the verified caller, the request id, the database, and
 * each module's scope under the module's name (its loaders, repositories and the services bound
 * to this caller), built on first use — see `composeContext` and each `<module>.scope.ts`.
 */
export interface Context extends RequestBase<UnitsDatabase> {
  units: UnitsScope;
  memberships: MembershipsScope;
  resources: ResourcesScope;
  bookings: BookingsScope;
  centers: CentersScope;
  liaisons: LiaisonsScope;
  overview: OverviewScope;
  aggregates: AggregatesScope;
  calendars: CalendarsScope;
}
