import { listLoader, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "./db";
import { TeamsRepository } from "./teams/teams.repository";

/** Everything a resolver may use, built afresh for every request (loaders cache per request only). */
export interface Context {
  teams: TeamsRepository;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(teams: TeamsRepository) {
  return {
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
  };
}

export function createContext(db: VolunteerDatabase): Context {
  const teams = new TeamsRepository(db);
  return { teams, loaders: createLoaders(teams) };
}
