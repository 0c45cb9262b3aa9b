import { listLoader, type RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { MembershipsRepository } from "./memberships.repository";

/** Which estates' 共建 each unit joins, for one request. */
export function membershipsScope(base: RequestBase<UnitsDatabase>) {
  const memberships = new MembershipsRepository(base.db);
  return {
    loaders: {
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
    },
  };
}

export type MembershipsScope = ReturnType<typeof membershipsScope>;
