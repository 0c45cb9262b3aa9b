import { pageRequest, scrubText } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { recordLedgerEntry } from "./councils.service";

export const councilsResolvers: Resolvers = {
  Query: {
    selfGovernanceCouncil: (_root, { id }, { loaders }) => loaders.councilById.load(id),
  },
  Mutation: {
    recordLedgerEntry: async (_root, { input }, context) => {
      const entry = await recordLedgerEntry(context.db, context, input);
      // Later reads in this request see the new entry and the new balance.
      context.loaders.ledgerPageByCouncil.clearAll();
      context.loaders.balanceByCouncil.clear(entry.councilId);
      context.loaders.ledgerEntryById.prime(entry.id, entry);
      return entry;
    },
  },
  SelfGovernanceCouncil: {
    estate: (council) => ({ id: council.estateId }),
    balanceFen: async (council, _args, { loaders }) =>
      (await loaders.balanceByCouncil.load(council.id))?.balanceFen ?? 0,
    ledger: (council, args, { loaders }) =>
      loaders.ledgerPageByCouncil.load({ parentId: council.id, page: pageRequest(args, ["date", "uuid"]) }),
  },
  LedgerEntry: {
    // 自行公开: the ledger is public; a phone or ID number typed into a memo is masked.
    memo: (entry) => scrubText(entry.memo),
    corrects: (entry, _args, { loaders }) =>
      entry.correctsEntryId ? loaders.ledgerEntryById.load(entry.correctsEntryId) : null,
    recordedAt: (entry) => entry.recordedAt.toISOString(),
  },
  Estate: {
    selfGovernanceCouncil: (estate, _args, { loaders }) => loaders.councilByEstate.load(estate.id),
  },
};
