import { dayRange, placeKey, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const aggregatesResolvers: Resolvers = {
  Query: {
    serviceHoursByTeam: async (_root, { place, from, to }, { aggregates }) => {
      const range = dayRange(from, to);
      return aggregates.repository.hoursByTeam(await aggregates.repository.requirePlace(placeKey(place)), range);
    },
  },
  TeamMonthHours: {
    team: (row, _args, { teams }) => requireRow(teams.loaders.teamById.load(row.teamId)),
  },
};
