import { assertUuid } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { updateVolunteerTeam } from "./teams.service";

export const teamsResolvers: Resolvers = {
  Query: {
    volunteerTeam: (_root, { id }, { loaders }) => loaders.teamById.load(id),
    volunteerTeams: (_root, { estateId, ...page }, { teams }) =>
      teams.teamsPage({ estateId: estateId ? assertUuid(estateId, "estateId") : null }, page),
  },
  Mutation: {
    updateVolunteerTeam: async (_root, { input }, context) => {
      const { db, loaders } = context;
      const team = await updateVolunteerTeam(db, context, input);
      // Later reads in this request see the change, not a row the loader cached before it.
      loaders.teamById.clear(team.id).prime(team.id, team);
      return team;
    },
  },
  VolunteerTeam: {
    __resolveReference: ({ id }, { loaders }) => loaders.teamById.load(id),
    updatedAt: (team) => team.updatedAt.toISOString(),
    estates: (team, _args, { loaders }) => loaders.estatesByTeam.load(team.id),
  },
};
