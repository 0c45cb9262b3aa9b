import type { Resolvers } from "../generated/resolvers-types";

export const unitsResolvers: Resolvers = {
  Query: {
    unit: (_root, { id }, { loaders }) => loaders.unitById.load(id),
    units: (_root, { kind, ...page }, { units }) => units.page({ kind }, page),
  },
  Unit: {
    __resolveReference: ({ id }, { loaders }) => loaders.unitById.load(id),
    bigBranchMemberships: (unit, _args, { loaders }) => loaders.membershipsByUnit.load(unit.id),
    joinedEstates: async (unit, _args, { loaders }) =>
      (await loaders.membershipsByUnit.load(unit.id)).map((membership) => ({ id: membership.estateId })),
  },
};
