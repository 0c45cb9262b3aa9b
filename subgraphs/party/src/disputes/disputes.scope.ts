import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { DisputesRepository, disputeSortKey } from "./disputes.repository";
import { concludeDispute, disputeScope, recordMediationSession, registerDispute } from "./disputes.service";

/** Disputes (矛盾纠纷), read only within the caller's own estates, for one request. */
export function disputesScope(base: RequestBase<PartyDatabase>) {
  const disputes = new DisputesRepository(base.db);
  // Disputes are read only within the caller's own estates: the scope is part of every statement.
  const scope = disputeScope(base.caller);
  return {
    loaders: {
      disputeById: rowLoader(
        (ids) => disputes.byIdsWithin(ids, scope),
        (row) => row.id,
      ),
      disputePageByEstate: childConnectionLoader(
        (ids, page) => disputes.pagesByEstateIdsWithin(ids, page, scope),
        (row) => row.estateId,
        disputeSortKey,
        (ids) => disputes.countsByEstateIdsWithin(ids, scope),
      ),
      partiesByDispute: listLoader(
        (ids) => disputes.partiesByDisputeIds(ids),
        (row) => row.disputeId,
      ),
      historyByDispute: listLoader(
        (ids) => disputes.historyByDisputeIds(ids),
        (row) => row.disputeId,
      ),
      sessionPageByDispute: childConnectionLoader(
        (ids, page) => disputes.sessionPagesByDisputeIds(ids, page),
        (row) => row.disputeId,
        disputeSortKey,
        (ids) => disputes.sessionCountsByDisputeIds(ids),
      ),
      mediatorById: rowLoader(
        (ids) => disputes.mediatorsByIds(ids),
        (row) => row.id,
      ),
    },
    /** Disputes: registered, mediated and concluded within the caller's estates. */
    service: bindServices(base, { registerDispute, recordMediationSession, concludeDispute }),
  };
}

export type DisputesScope = ReturnType<typeof disputesScope>;
