import { bindServices, createPersonalDataAccessLog, listLoader, type RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import type { UnitLiaisonRow } from "../db/schema";
import { LiaisonsRepository } from "./liaisons.repository";
import { addUnitLiaison, liaisonPhone, removeUnitLiaison } from "./liaisons.service";

/** Units' liaisons (联络员), for one request. */
export function liaisonsScope(base: RequestBase<UnitsDatabase>) {
  const liaisons = new LiaisonsRepository(base.db);
  // Full-value reads of liaisons' phones are logged here, one INSERT per request.
  const accessLog = createPersonalDataAccessLog(base.db, base);
  return {
    loaders: {
      liaisonsByUnit: listLoader(
        (ids) => liaisons.byUnitIds(ids),
        (row) => row.unitId,
      ),
    },
    /** A liaison's phone, masked or (with a purpose and the role) in full and logged. */
    phone: (liaison: UnitLiaisonRow, purpose: string | null | undefined) =>
      liaisonPhone(base, accessLog, liaison, purpose),
    service: bindServices(base, { addUnitLiaison, removeUnitLiaison }),
  };
}

export type LiaisonsScope = ReturnType<typeof liaisonsScope>;
