import type { Resolvers } from "../generated/resolvers-types";

export const centersResolvers: Resolvers = {
  Query: {
    neighborhoodCenter: (_root, { id }, { loaders }) => loaders.centerById.load(id),
    neighborhoodCenters: (_root, page, { centers }) => centers.page(page),
  },
  NeighborhoodCenter: {
    __resolveReference: ({ id }, { loaders }) => loaders.centerById.load(id),
    memberUnits: (center, _args, { loaders }) => loaders.unitsByCenter.load(center.id),
    serviceItems: (center, _args, { loaders }) => loaders.itemsByCenter.load(center.id),
  },
  Unit: {
    neighborhoodCenters: (unit, _args, { loaders }) => loaders.centersByUnit.load(unit.id),
  },
};
