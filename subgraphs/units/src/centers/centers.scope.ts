import { listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { CentersRepository } from "./centers.repository";

/** 党群服务中心 (neighborhood centers), their items and units, for one request. */
export function centersScope(base: RequestBase<UnitsDatabase>) {
  const centers = new CentersRepository(base.db);
  return {
    repository: centers,
    loaders: {
      centerById: rowLoader(
        (ids) => centers.byIds(ids),
        (row) => row.id,
      ),
      itemsByCenter: listLoader(
        (ids) => centers.itemsByCenterIds(ids),
        (row) => row.centerId,
      ),
      unitsByCenter: listLoader(
        (ids) => centers.unitsByCenterIds(ids),
        (row) => row.centerId,
      ),
      centersByUnit: listLoader(
        (ids) => centers.centersByUnitIds(ids),
        (row) => row.unitId,
      ),
    },
  };
}

export type CentersScope = ReturnType<typeof centersScope>;
