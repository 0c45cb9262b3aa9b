import { subgraphCodegenConfig } from "@linli/service-kit/codegen";

export default subgraphCodegenConfig({
  Unit: "../db/schema#UnitRow",
  BigBranchMembership: "../db/schema#BigBranchMembershipRow",
  SharedResource: "../db/schema#SharedResourceRow",
  // Estate is the party registry's entity: here it is only its key.
  Estate: "../memberships/memberships.repository#EstateRef",
  County: "../overview/overview.repository#PlaceRef",
  Subdistrict: "../overview/overview.repository#PlaceRef",
  Community: "../overview/overview.repository#PlaceRef",
  UnitsFigures: "../overview/overview.repository#UnitsFiguresRow",
  UnitsMonthFigures: "../overview/overview.repository#UnitsMonthRow",
  NeighborhoodCenterFigures: "../overview/overview.repository#CenterFiguresRow",
  UnitConnection: "@linli/service-kit#Connection<UnitRow>",
  Booking: "../db/schema#BookingRow",
  BookingTransition: "../db/schema#BookingHistoryRow",
  BookingConnection: "@linli/service-kit#Connection<BookingRow>",
  SharedResourceConnection: "@linli/service-kit#Connection<SharedResourceRow>",
  LivingRoom: "../bookings/bookings.resolvers#RequesterRef",
  VolunteerTeam: "../memberships/memberships.repository#EstateRef",
  NeighborhoodCenter: "../db/schema#NeighborhoodCenterRow",
  CenterServiceItem: "../db/schema#CenterServiceItemRow",
  OpeningWindow: "../db/schema#OpeningWindowRow",
  UnitLiaison: "../db/schema#UnitLiaisonRow",
  BookingCount: "../aggregates/aggregates.repository#BookingCountRow",
  BookingCalendar: "@linli/service-kit#CalendarFeedView",
  NeighborhoodCenterConnection: "@linli/service-kit#Connection<NeighborhoodCenterRow>",
});
