import type { Resolvers } from "../generated/resolvers-types";

export const branchesResolvers: Resolvers = {
  Query: {
    partyBranch: (_root, { id }, { loaders }) => loaders.branchById.load(id),
  },
  PartyBranch: {
    __resolveReference: ({ id }, { loaders }) => loaders.branchById.load(id),
    estates: (branch, _args, { loaders }) => loaders.estatesByBranch.load(branch.id),
  },
};
