import { pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const disputesResolvers: Resolvers = {
  Query: {
    dispute: (_root, { id }, { disputes }) => disputes.loaders.disputeById.load(id),
  },
  Mutation: {
    registerDispute: (_root, { input }, { disputes }) => disputes.service.registerDispute(input),
    recordMediationSession: (_root, { input }, { disputes }) => disputes.service.recordMediationSession(input),
    concludeDispute: (_root, { input }, { disputes }) => disputes.service.concludeDispute(input),
  },
  Dispute: {
    // `_entities` obeys the type's @rule (disputeReader) first; a dispute outside the caller's
    // estates is null.
    __resolveReference: ({ id }, { disputes }) => disputes.loaders.disputeById.load(id),
    estate: (dispute, _args, { places }) => requireRow(places.loaders.estateById.load(dispute.estateId)),
    parties: (dispute, _args, { disputes }) => disputes.loaders.partiesByDispute.load(dispute.id),
    mediator: (dispute, _args, { disputes }) => requireRow(disputes.loaders.mediatorById.load(dispute.mediatorId)),
    registeredAt: (dispute) => dispute.registeredAt.toISOString(),
    concludedAt: (dispute) => iso(dispute.concludedAt),
    sessions: (dispute, args, { disputes }) =>
      disputes.loaders.sessionPageByDispute.load({ parentId: dispute.id, page: pageRequest(args, ["count"]) }),
    history: (dispute, _args, { disputes }) => disputes.loaders.historyByDispute.load(dispute.id),
  },
  DisputeTransition: {
    from: (transition) => transition.fromStatus,
    to: (transition) => transition.toStatus,
    occurredAt: (transition) => transition.occurredAt.toISOString(),
  },
  Estate: {
    disputes: (estate, args, { disputes }) =>
      disputes.loaders.disputePageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["count"]) }),
  },
};
