import { bindServices, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { BranchesRepository } from "./branches.repository";
import { advanceBranchStage, setBranchSecretary } from "./branches.service";

/** 党支部 (party branches) and their stages, for one request. */
export function branchesScope(base: RequestBase<PartyDatabase>) {
  const branches = new BranchesRepository(base.db);
  return {
    repository: branches,
    loaders: {
      branchById: rowLoader(
        (ids) => branches.byIds(ids),
        (row) => row.id,
      ),
      branchByEstate: rowLoader(
        (ids) => branches.byEstateIds(ids),
        (row) => row.estateId,
      ),
      estatesByBranch: listLoader(
        (ids) => branches.estatesByBranchIds(ids),
        (row) => row.branchId,
      ),
      stageHistoryByBranch: listLoader(
        (ids) => branches.stageHistoryByBranchIds(ids),
        (row) => row.branchId,
      ),
    },
    service: bindServices(base, { advanceBranchStage, setBranchSecretary }),
  };
}

export type BranchesScope = ReturnType<typeof branchesScope>;
