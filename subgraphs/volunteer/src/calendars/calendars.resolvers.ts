import type { Resolvers } from "../generated/resolvers-types";
import { teamWriteScope } from "../teams/teams.service";

export const calendarsResolvers: Resolvers = {
  Mutation: {
    createTeamCalendar: (_root, { input }, { calendars }) => calendars.service.createTeamCalendar(input),
    revokeTeamCalendar: (_root, { input }, { calendars }) => calendars.service.revokeTeamCalendar(input),
  },
  VolunteerTeam: {
    // Only those who may revoke them see them; for anyone else the list is empty, not an error.
    calendars: async (team, _args, context) => {
      const scope = teamWriteScope(context);
      if (!scope.isAdmin && !scope.teamIds.includes(team.id)) return [];
      const feeds = await context.calendars.loaders.feedsByTeam.load(team.id);
      return feeds.map((feed) => ({ ...feed, path: null }));
    },
  },
  TeamCalendar: {
    teamId: (feed) => feed.subjectId,
    createdAt: (feed) => feed.createdAt.toISOString(),
    revokedAt: (feed) => feed.revokedAt?.toISOString() ?? null,
  },
};
