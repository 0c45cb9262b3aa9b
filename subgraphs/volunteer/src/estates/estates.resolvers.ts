import type { Resolvers } from "../generated/resolvers-types";

export const estatesResolvers: Resolvers = {
  Estate: {
    // The party registry owns the estate; this agency keeps no estate row of its own, so the key
    // is the whole reference and resolving it needs no SQL.
    __resolveReference: ({ id }) => ({ id }),
    volunteerTeams: (estate, _args, { teams }) => teams.loaders.teamsByEstate.load(estate.id),
  },
};
