import { pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Context } from "../context";
import type { BookingRow } from "../db/schema";
import type { BookingCalendarFilter, Resolvers } from "../generated/resolvers-types";
import type { BookingParent } from "./bookings.repository";
import { parseAvailability, parseCalendarFilter } from "./bookings.service";

/** A booking's requester as a typed key: the entity is another agency's (or the estate). */
export type RequesterRef = { id: string; __typename: "Estate" | "LivingRoom" | "VolunteerTeam" };

const REQUESTER_TYPE = { ESTATE: "Estate", LIVING_ROOM: "LivingRoom", VOLUNTEER_TEAM: "VolunteerTeam" } as const;

interface CalendarArgs {
  filter?: BookingCalendarFilter | null;
  first?: number | null;
  after?: string | null;
}

/** One page of a calendar (a resource's, a unit's, an estate's, a team's), through the per-request loader. */
function calendar(parent: BookingParent, parentId: string, args: CalendarArgs, { bookings }: Context) {
  const filter = parseCalendarFilter(args.filter);
  const page = pageRequest(args, ["timestamp", "uuid"]);
  return bookings.loaders.bookingPages(parent, filter).load({ parentId, page });
}

/** A write's result replaces whatever this request's loaders cached before it. */
function remember(row: BookingRow, { bookings }: Context): BookingRow {
  bookings.loaders.bookingById.clear(row.id).prime(row.id, row);
  bookings.loaders.historyByBooking.clear(row.id);
  return row;
}

export const bookingsResolvers: Resolvers = {
  Query: {
    booking: (_root, { id }, { bookings }) => bookings.loaders.bookingById.load(id),
    availableResources: (_root, { kind, from, to, estateId, items, first, after }, { bookings }) =>
      bookings.repository.available(
        { kind, ...parseAvailability({ estateId, from, to, items: items ?? 1 }) },
        { first, after },
      ),
  },
  Mutation: {
    requestBooking: async (_root, { input }, context) =>
      (await context.bookings.service.requestBooking(input)).map((row) => remember(row, context)),
    approveBooking: async (_root, { input }, context) =>
      remember(await context.bookings.service.transitionBooking("approve", input), context),
    declineBooking: async (_root, { input }, context) =>
      remember(await context.bookings.service.transitionBooking("decline", input), context),
    cancelBooking: async (_root, { input }, context) =>
      remember(await context.bookings.service.transitionBooking("cancel", input), context),
  },
  Booking: {
    __resolveReference: ({ id }, { bookings }) => bookings.loaders.bookingById.load(id),
    // Public: a phone or ID number typed into the purpose is masked for every reader.
    purpose: (booking) => scrubText(booking.purpose),
    resource: (booking, _args, { resources }) => requireRow(resources.loaders.resourceById.load(booking.resourceId)),
    estate: (booking) => ({ id: booking.estateId }),
    requester: (booking) => ({ id: booking.requesterId, __typename: REQUESTER_TYPE[booking.requesterKind] }),
    startsAt: (booking) => booking.startsAt.toISOString(),
    endsAt: (booking) => booking.endsAt.toISOString(),
    createdAt: (booking) => booking.createdAt.toISOString(),
    updatedAt: (booking) => booking.updatedAt.toISOString(),
    history: (booking, _args, { bookings }) => bookings.loaders.historyByBooking.load(booking.id),
  },
  BookingRequester: {
    __resolveType: (requester) => ("__typename" in requester ? requester.__typename : "Estate"),
  },
  BookingTransition: {
    note: (transition) => scrubText(transition.note),
    occurredAt: (transition) => transition.occurredAt.toISOString(),
  },
  SharedResource: {
    openToEstates: async (resource, _args, { bookings }) =>
      (await bookings.loaders.allowListByResource.load(resource.id)).map(({ estateId }) => ({ id: estateId })),
    bookings: (resource, args, context) => calendar("resource", resource.id, args, context),
  },
  Unit: {
    bookings: (unit, args, context) => calendar("unit", unit.id, args, context),
  },
  NeighborhoodCenter: {
    bookings: (center, args, context) => calendar("center", center.id, args, context),
  },
  Estate: {
    bookings: (estate, args, context) => calendar("estate", estate.id, args, context),
  },
  LivingRoom: {
    // The living room is the party agency's: here the reference is the key; its bookings load below.
    __resolveReference: ({ id }) => ({ id, __typename: "LivingRoom" }),
    bookings: (room, args, context) => calendar("livingRoom", room.id, args, context),
  },
  VolunteerTeam: {
    // The team is the volunteer agency's: here the reference is the key; its bookings load below.
    __resolveReference: ({ id }) => ({ id }),
    bookings: (team, args, context) => calendar("team", team.id, args, context),
  },
};
