import { assertUuid } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const teamsResolvers: Resolvers = {
  Query: {
    volunteerTeam: (_root, { id }, { teams }) => teams.loaders.teamById.load(id),
    volunteerTeams: (_root, { estateId, ...page }, { teams }) =>
      teams.repository.teamsPage({ estateId: estateId ? assertUuid(estateId, "estateId") : null }, page),
  },
  Mutation: {
    updateVolunteerTeam: async (_root, { input }, context) => {
      const { teams } = context;
      const team = await context.teams.service.updateVolunteerTeam(input);
      // Later reads in this request see the change, not a row the loader cached before it.
      teams.loaders.teamById.clear(team.id).prime(team.id, team);
      return team;
    },
  },
  VolunteerTeam: {
    __resolveReference: ({ id }, { teams }) => teams.loaders.teamById.load(id),
    updatedAt: (team) => team.updatedAt.toISOString(),
    estates: (team, _args, { teams }) => teams.loaders.estatesByTeam.load(team.id),
  },
};
