import { bindServices, createPersonalDataAccessLog, listLoader, type RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { LiaisonsRepository } from "./liaisons.repository";
import { addUnitLiaison, removeUnitLiaison } from "./liaisons.service";

/** Units' liaisons (联络员), for one request. */
export function liaisonsScope(base: RequestBase<UnitsDatabase>) {
  const liaisons = new LiaisonsRepository(base.db);
  return {
    loaders: {
      liaisonsByUnit: listLoader(
        (ids) => liaisons.byUnitIds(ids),
        (row) => row.unitId,
      ),
    },
    /** Full-value reads of liaisons' phones are logged here, one INSERT per request. */
    accessLog: createPersonalDataAccessLog(base.db, base),
    service: bindServices(base, { addUnitLiaison, removeUnitLiaison }),
  };
}

export type LiaisonsScope = ReturnType<typeof liaisonsScope>;
