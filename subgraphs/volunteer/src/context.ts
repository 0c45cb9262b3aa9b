import { listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "./db";
import { TeamsRepository } from "./teams/teams.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: VolunteerDatabase;
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

export function createContext(db: VolunteerDatabase, identity: RequestIdentity): Context {
  const teams = new TeamsRepository(db);
  return { ...identity, db, teams, loaders: createLoaders(teams) };
}
