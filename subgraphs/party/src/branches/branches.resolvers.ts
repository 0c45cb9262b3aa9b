import type { Resolvers } from "../generated/resolvers-types";

export const branchesResolvers: Resolvers = {
  Query: {
    partyBranch: (_root, { id }, { branches }) => branches.loaders.branchById.load(id),
  },
  Mutation: {
    advanceBranchStage: async (_root, { input }, context) => {
      const branch = await context.branches.service.advanceBranchStage(input);
      context.branches.loaders.branchById.clear(branch.id).prime(branch.id, branch);
      context.branches.loaders.stageHistoryByBranch.clear(branch.id);
      return branch;
    },
    setBranchSecretary: async (_root, { input }, context) => {
      const branch = await context.branches.service.setBranchSecretary(input);
      context.branches.loaders.branchById.clear(branch.id).prime(branch.id, branch);
      return branch;
    },
  },
  PartyBranch: {
    __resolveReference: ({ id }, { branches }) => branches.loaders.branchById.load(id),
    estates: (branch, _args, { branches }) => branches.loaders.estatesByBranch.load(branch.id),
    stageHistory: (branch, _args, { branches }) => branches.loaders.stageHistoryByBranch.load(branch.id),
    secretary: (branch, _args, { members }) =>
      branch.secretaryMemberId ? members.loaders.memberById.load(branch.secretaryMemberId) : null,
  },
  BranchStageTransition: {
    from: (transition) => transition.fromStage,
    to: (transition) => transition.toStage,
    recordedAt: (transition) => transition.occurredAt.toISOString(),
  },
};
