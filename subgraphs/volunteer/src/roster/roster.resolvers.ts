import { pageRequest, requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { TeamMembershipRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";
import { addTeamMember, changeTeamMemberRole, removeTeamMember } from "./roster.service";

/** A membership just written: the team's and the volunteer's cached lists are dropped so that the answer shows it. */
function fresh(membership: TeamMembershipRow, { loaders }: Context): TeamMembershipRow {
  loaders.rosterPageByTeam.clearAll();
  loaders.rosterHistoryPageByTeam.clearAll();
  loaders.leadersByTeam.clear(membership.teamId);
  loaders.membershipsByVolunteer.clear(membership.volunteerId);
  return membership;
}

export const rosterResolvers: Resolvers = {
  Mutation: {
    addTeamMember: async (_root, { input }, context) => fresh(await addTeamMember(context.db, context, input), context),
    changeTeamMemberRole: async (_root, { input }, context) =>
      fresh(await changeTeamMemberRole(context.db, context, input), context),
    removeTeamMember: async (_root, { input }, context) =>
      fresh(await removeTeamMember(context.db, context, input), context),
  },
  VolunteerTeam: {
    members: (team, { includeFormer, ...args }, { loaders }) =>
      (includeFormer ? loaders.rosterHistoryPageByTeam : loaders.rosterPageByTeam).load({
        parentId: team.id,
        page: pageRequest(args, ["date", "uuid"]),
      }),
    leaders: (team, _args, { loaders }) => loaders.leadersByTeam.load(team.id),
  },
  Volunteer: {
    teams: (volunteer, _args, { loaders }) => loaders.membershipsByVolunteer.load(volunteer.id),
  },
  TeamMembership: {
    team: (membership, _args, { loaders }) => requireRow(loaders.teamById.load(membership.teamId)),
    volunteer: (membership, _args, { loaders }) => requireRow(loaders.volunteerById.load(membership.volunteerId)),
    current: (membership) => membership.leftOn === null,
  },
};
