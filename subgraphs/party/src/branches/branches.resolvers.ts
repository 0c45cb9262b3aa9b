import type { Resolvers } from "../generated/resolvers-types";
import { advanceBranchStage, setBranchSecretary } from "./branches.service";

export const branchesResolvers: Resolvers = {
  Query: {
    partyBranch: (_root, { id }, { loaders }) => loaders.branchById.load(id),
  },
  Mutation: {
    advanceBranchStage: async (_root, { input }, context) => {
      const branch = await advanceBranchStage(context.db, context, input);
      context.loaders.branchById.clear(branch.id).prime(branch.id, branch);
      context.loaders.stageHistoryByBranch.clear(branch.id);
      return branch;
    },
    setBranchSecretary: async (_root, { input }, context) => {
      const branch = await setBranchSecretary(context.db, context, input);
      context.loaders.branchById.clear(branch.id).prime(branch.id, branch);
      return branch;
    },
  },
  PartyBranch: {
    __resolveReference: ({ id }, { loaders }) => loaders.branchById.load(id),
    estates: (branch, _args, { loaders }) => loaders.estatesByBranch.load(branch.id),
    stageHistory: (branch, _args, { loaders }) => loaders.stageHistoryByBranch.load(branch.id),
    secretary: (branch, _args, { loaders }) =>
      branch.secretaryMemberId ? loaders.memberById.load(branch.secretaryMemberId) : null,
  },
  BranchStageTransition: {
    from: (transition) => transition.fromStage,
    to: (transition) => transition.toStage,
    recordedAt: (transition) => transition.occurredAt.toISOString(),
  },
};
