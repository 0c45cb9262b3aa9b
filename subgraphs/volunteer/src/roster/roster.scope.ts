import { bindServices, childConnectionLoader, listLoader, type RequestBase } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { membershipSortKey, RosterRepository } from "./roster.repository";
import { addTeamMember, changeTeamMemberRole, removeTeamMember } from "./roster.service";

/** Teams' rosters (队员名册), for one request. */
export function rosterScope(base: RequestBase<VolunteerDatabase>) {
  const roster = new RosterRepository(base.db);
  return {
    loaders: {
      rosterPageByTeam: childConnectionLoader(
        (ids, page) => roster.pagesByTeamIds(ids, page, false),
        (row) => row.teamId,
        membershipSortKey,
        (ids) => roster.countsByTeamIds(ids, false),
      ),
      rosterHistoryPageByTeam: childConnectionLoader(
        (ids, page) => roster.pagesByTeamIds(ids, page, true),
        (row) => row.teamId,
        membershipSortKey,
        (ids) => roster.countsByTeamIds(ids, true),
      ),
      leadersByTeam: listLoader(
        (ids) => roster.leadersByTeamIds(ids),
        (row) => row.teamId,
      ),
      membershipsByVolunteer: listLoader(
        (ids) => roster.byVolunteerIds(ids),
        (row) => row.volunteerId,
      ),
    },
    service: bindServices(base, { addTeamMember, changeTeamMemberRole, removeTeamMember }),
  };
}

export type RosterScope = ReturnType<typeof rosterScope>;
