import { assertUuid } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const teamsResolvers: Resolvers = {
  Query: {
    volunteerTeam: (_root, { id }, { loaders }) => loaders.teamById.load(id),
    volunteerTeams: (_root, { estateId, ...page }, { teams }) =>
      teams.teamsPage({ estateId: estateId ? assertUuid(estateId, "estateId") : null }, page),
  },
  VolunteerTeam: {
    __resolveReference: ({ id }, { loaders }) => loaders.teamById.load(id),
    estates: (team, _args, { loaders }) => loaders.estatesByTeam.load(team.id),
  },
};
