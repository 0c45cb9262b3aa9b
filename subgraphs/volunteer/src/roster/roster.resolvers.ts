import { pageRequest, requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { TeamMembershipRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";

/** A membership just written: the team's and the volunteer's cached lists are dropped so that the answer shows it. */
function fresh(membership: TeamMembershipRow, { roster }: Context): TeamMembershipRow {
  roster.loaders.rosterPageByTeam.clearAll();
  roster.loaders.rosterHistoryPageByTeam.clearAll();
  roster.loaders.leadersByTeam.clear(membership.teamId);
  roster.loaders.membershipsByVolunteer.clear(membership.volunteerId);
  return membership;
}

export const rosterResolvers: Resolvers = {
  Mutation: {
    addTeamMember: async (_root, { input }, context) =>
      fresh(await context.roster.service.addTeamMember(input), context),
    changeTeamMemberRole: async (_root, { input }, context) =>
      fresh(await context.roster.service.changeTeamMemberRole(input), context),
    removeTeamMember: async (_root, { input }, context) =>
      fresh(await context.roster.service.removeTeamMember(input), context),
  },
  VolunteerTeam: {
    members: (team, { includeFormer, ...args }, { roster }) =>
      (includeFormer ? roster.loaders.rosterHistoryPageByTeam : roster.loaders.rosterPageByTeam).load({
        parentId: team.id,
        page: pageRequest(args, ["date", "uuid"]),
      }),
    leaders: (team, _args, { roster }) => roster.loaders.leadersByTeam.load(team.id),
  },
  Volunteer: {
    teams: (volunteer, _args, { roster }) => roster.loaders.membershipsByVolunteer.load(volunteer.id),
  },
  TeamMembership: {
    team: (membership, _args, { teams }) => requireRow(teams.loaders.teamById.load(membership.teamId)),
    volunteer: (membership, _args, { volunteers }) =>
      requireRow(volunteers.loaders.volunteerById.load(membership.volunteerId)),
    current: (membership) => membership.leftOn === null,
  },
};
