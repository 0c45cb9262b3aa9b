import { bindServices, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { TeamsRepository } from "./teams.repository";
import { updateVolunteerTeam } from "./teams.service";

/** 志愿服务队 (volunteer teams) and the estates they serve, for one request. */
export function teamsScope(base: RequestBase<VolunteerDatabase>) {
  const teams = new TeamsRepository(base.db);
  return {
    repository: teams,
    loaders: {
      teamById: rowLoader(
        (ids) => teams.byIds(ids),
        (row) => row.id,
      ),
      teamsByEstate: listLoader(
        (ids) => teams.byEstateIds(ids),
        (row) => row.estateId,
      ),
      estatesByTeam: listLoader(
        (ids) => teams.estatesByTeamIds(ids),
        (row) => row.teamId,
      ),
    },
    service: bindServices(base, { updateVolunteerTeam }),
  };
}

export type TeamsScope = ReturnType<typeof teamsScope>;
