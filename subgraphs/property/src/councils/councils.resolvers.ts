import { pageRequest, scrubText } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const councilsResolvers: Resolvers = {
  Query: {
    selfGovernanceCouncil: (_root, { id }, { councils }) => councils.loaders.councilById.load(id),
  },
  Mutation: {
    recordLedgerEntry: async (_root, { input }, context) => {
      const entry = await context.councils.service.recordLedgerEntry(input);
      // Later reads in this request see the new entry and the new balance.
      context.councils.loaders.ledgerPageByCouncil.clearAll();
      context.councils.loaders.balanceByCouncil.clear(entry.councilId);
      context.councils.loaders.ledgerEntryById.prime(entry.id, entry);
      return entry;
    },
  },
  SelfGovernanceCouncil: {
    estate: (council) => ({ id: council.estateId }),
    balanceFen: async (council, _args, { councils }) =>
      (await councils.loaders.balanceByCouncil.load(council.id))?.balanceFen ?? 0,
    ledger: (council, args, { councils }) =>
      councils.loaders.ledgerPageByCouncil.load({ parentId: council.id, page: pageRequest(args, ["date", "uuid"]) }),
  },
  LedgerEntry: {
    // 自行公开: the ledger is public; a phone or ID number typed into a memo is masked.
    memo: (entry) => scrubText(entry.memo),
    corrects: (entry, _args, { councils }) =>
      entry.correctsEntryId ? councils.loaders.ledgerEntryById.load(entry.correctsEntryId) : null,
    recordedAt: (entry) => entry.recordedAt.toISOString(),
  },
  Estate: {
    selfGovernanceCouncil: (estate, _args, { councils }) => councils.loaders.councilByEstate.load(estate.id),
  },
};
