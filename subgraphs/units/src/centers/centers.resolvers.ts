import type { Resolvers } from "../generated/resolvers-types";

export const centersResolvers: Resolvers = {
  Query: {
    neighborhoodCenter: (_root, { id }, { centers }) => centers.loaders.centerById.load(id),
    neighborhoodCenters: (_root, page, { centers }) => centers.repository.page(page),
  },
  NeighborhoodCenter: {
    __resolveReference: ({ id }, { centers }) => centers.loaders.centerById.load(id),
    memberUnits: (center, _args, { centers }) => centers.loaders.unitsByCenter.load(center.id),
    serviceItems: (center, _args, { centers }) => centers.loaders.itemsByCenter.load(center.id),
  },
  Unit: {
    neighborhoodCenters: (unit, _args, { centers }) => centers.loaders.centersByUnit.load(unit.id),
  },
};
