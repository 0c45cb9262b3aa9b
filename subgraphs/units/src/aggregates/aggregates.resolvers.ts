import { dayRange, placeKey, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const aggregatesResolvers: Resolvers = {
  Query: {
    bookingCounts: async (_root, { place, from, to }, { aggregates }) => {
      const range = dayRange(from, to);
      return aggregates.repository.bookingCounts(await aggregates.repository.requirePlace(placeKey(place)), range);
    },
  },
  BookingCount: {
    unit: (row, _args, { units }) => (row.unitId ? requireRow(units.loaders.unitById.load(row.unitId)) : null),
    resource: (row, _args, { resources }) => requireRow(resources.loaders.resourceById.load(row.resourceId)),
  },
};
