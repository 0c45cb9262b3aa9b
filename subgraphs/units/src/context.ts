import { listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import type { UnitsDatabase } from "./db";
import { MembershipsRepository } from "./memberships/memberships.repository";
import { ResourcesRepository } from "./resources/resources.repository";
import { UnitsRepository } from "./units/units.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: UnitsDatabase;
  units: UnitsRepository;
  memberships: MembershipsRepository;
  resources: ResourcesRepository;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(units: UnitsRepository, memberships: MembershipsRepository, resources: ResourcesRepository) {
  return {
    unitById: rowLoader(
      (ids) => units.byIds(ids),
      (row) => row.id,
    ),
    membershipsByUnit: listLoader(
      (ids) => memberships.byUnitIds(ids),
      (row) => row.unitId,
    ),
    membershipsByEstate: listLoader(
      (ids) => memberships.byEstateIds(ids),
      (row) => row.estateId,
    ),
    unitsByEstate: listLoader(
      (ids) => memberships.unitsByEstateIds(ids),
      (row) => row.estateId,
    ),
    resourceById: rowLoader(
      (ids) => resources.byIds(ids),
      (row) => row.id,
    ),
    resourcesByUnit: listLoader(
      (ids) => resources.byUnitIds(ids),
      (row) => row.unitId,
    ),
  };
}

export function createContext(db: UnitsDatabase, identity: RequestIdentity): Context {
  const units = new UnitsRepository(db);
  const memberships = new MembershipsRepository(db);
  const resources = new ResourcesRepository(db);
  return { ...identity, db, units, memberships, resources, loaders: createLoaders(units, memberships, resources) };
}
