import { bindServices, childConnectionLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { CouncilsRepository, entrySortKey } from "./councils.repository";
import { recordLedgerEntry } from "./councils.service";

/** 自治管理委员会 and their public ledgers, for one request. */
export function councilsScope(base: RequestBase<PropertyDatabase>) {
  const councils = new CouncilsRepository(base.db);
  return {
    loaders: {
      councilById: rowLoader(
        (ids) => councils.byIds(ids),
        (row) => row.id,
      ),
      councilByEstate: rowLoader(
        (ids) => councils.byEstateIds(ids),
        (row) => row.estateId,
      ),
      balanceByCouncil: rowLoader(
        (ids) => councils.balancesByCouncilIds(ids),
        (row) => row.councilId,
      ),
      ledgerEntryById: rowLoader(
        (ids) => councils.entriesByIds(ids),
        (row) => row.id,
      ),
      ledgerPageByCouncil: childConnectionLoader(
        (ids, page) => councils.entryPagesByCouncilIds(ids, page),
        (row) => row.councilId,
        entrySortKey,
        (ids) => councils.entryCountsByCouncilIds(ids),
      ),
    },
    service: bindServices(base, { recordLedgerEntry }),
  };
}

export type CouncilsScope = ReturnType<typeof councilsScope>;
