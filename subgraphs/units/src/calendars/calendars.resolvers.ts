import type { Resolvers } from "../generated/resolvers-types";
import { resourceWriteScope } from "../resources/resources.service";

export const calendarsResolvers: Resolvers = {
  Mutation: {
    createBookingCalendar: (_root, { input }, { calendars }) => calendars.service.createBookingCalendar(input),
    revokeBookingCalendar: (_root, { input }, { calendars }) => calendars.service.revokeBookingCalendar(input),
  },
  Unit: {
    // Only those who may revoke them see them; for anyone else the list is empty, not an error.
    bookingCalendars: async (unit, _args, context) => {
      const scope = resourceWriteScope(context);
      if (!scope.isAdmin && !scope.unitIds.includes(unit.id)) return [];
      const feeds = await context.calendars.loaders.feedsByUnit.load(unit.id);
      return feeds.map((feed) => ({ ...feed, path: null }));
    },
  },
  BookingCalendar: {
    unitId: (feed) => (feed.kind === "unit" ? feed.subjectId : null),
    resourceId: (feed) => (feed.kind === "resource" ? feed.subjectId : null),
    createdAt: (feed) => feed.createdAt.toISOString(),
    revokedAt: (feed) => feed.revokedAt?.toISOString() ?? null,
  },
};
