import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const membershipsResolvers: Resolvers = {
  BigBranchMembership: {
    unit: (membership, _args, { units }) => requireRow(units.loaders.unitById.load(membership.unitId)),
    estate: (membership) => ({ id: membership.estateId }),
  },
  Estate: {
    // The estate itself is the party registry's: this agency has nothing of its own to load for
    // the key, so the reference is the key. Its fields below each go through a loader.
    __resolveReference: ({ id }) => ({ id }),
    embeddedUnits: (estate, _args, { memberships }) => memberships.loaders.unitsByEstate.load(estate.id),
    bigBranchMemberships: (estate, _args, { memberships }) => memberships.loaders.membershipsByEstate.load(estate.id),
  },
};
