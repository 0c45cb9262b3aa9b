import type { Resolvers } from "../generated/resolvers-types";

export const unitsResolvers: Resolvers = {
  Query: {
    unit: (_root, { id }, { units }) => units.loaders.unitById.load(id),
    units: (_root, { kind, ...page }, { units }) => units.repository.page({ kind }, page),
  },
  Unit: {
    __resolveReference: ({ id }, { units }) => units.loaders.unitById.load(id),
    bigBranchMemberships: (unit, _args, { memberships }) => memberships.loaders.membershipsByUnit.load(unit.id),
    joinedEstates: async (unit, _args, { memberships }) =>
      (await memberships.loaders.membershipsByUnit.load(unit.id)).map((membership) => ({ id: membership.estateId })),
  },
};
