import { bindServices, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { CommitteesRepository } from "./committees.repository";
import { electOwnersCommittee } from "./committees.service";

/** 业主委员会 terms and their seats, for one request. */
export function committeesScope(base: RequestBase<PropertyDatabase>) {
  const committees = new CommitteesRepository(base.db);
  return {
    loaders: {
      committeeById: rowLoader(
        (ids) => committees.byIds(ids),
        (row) => row.id,
      ),
      committeeTermsByEstate: listLoader(
        (ids) => committees.termsByEstateIds(ids),
        (row) => row.estateId,
      ),
      seatsByCommittee: listLoader(
        (ids) => committees.seatsByCommitteeIds(ids),
        (row) => row.committeeId,
      ),
      seatsByPartyMember: listLoader(
        (ids) => committees.seatsByPartyMemberIds(ids),
        (row) => row.partyMemberId,
      ),
    },
    service: bindServices(base, { electOwnersCommittee }),
  };
}

export type CommitteesScope = ReturnType<typeof committeesScope>;
