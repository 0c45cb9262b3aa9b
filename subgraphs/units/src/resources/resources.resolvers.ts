import { requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { SharedResourceRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";

/** A write's result replaces whatever this request's loaders cached before it. */
function remember(row: SharedResourceRow, { resources }: Context): SharedResourceRow {
  resources.loaders.resourceById.clear(row.id).prime(row.id, row);
  if (row.unitId) resources.loaders.resourcesByUnit.clear(row.unitId);
  if (row.centerId) resources.loaders.resourcesByCenter.clear(row.centerId);
  resources.loaders.openingHoursByResource.clear(row.id);
  return row;
}

export const resourcesResolvers: Resolvers = {
  Query: {
    sharedResource: (_root, { id }, { resources }) => resources.loaders.resourceById.load(id),
  },
  Mutation: {
    createSharedResource: async (_root, { input }, context) =>
      remember(await context.resources.service.createSharedResource(input), context),
    updateSharedResource: async (_root, { input }, context) =>
      remember(await context.resources.service.updateSharedResource(input), context),
  },
  SharedResource: {
    __resolveReference: ({ id }, { resources }) => resources.loaders.resourceById.load(id),
    unit: (resource, _args, { units }) =>
      resource.unitId ? requireRow(units.loaders.unitById.load(resource.unitId)) : null,
    center: (resource, _args, { centers }) =>
      resource.centerId ? requireRow(centers.loaders.centerById.load(resource.centerId)) : null,
    owner: (resource, _args, { centers, units }) =>
      resource.unitId
        ? requireRow(units.loaders.unitById.load(resource.unitId))
        : requireRow(centers.loaders.centerById.load(resource.centerId as string)),
    createdAt: (resource) => resource.createdAt.toISOString(),
    updatedAt: (resource) => resource.updatedAt.toISOString(),
    openingHours: (resource, _args, { resources }) => resources.loaders.openingHoursByResource.load(resource.id),
  },
  OpeningWindow: {
    // PostgreSQL answers "09:00:00" (and "24:00:00"): the graph speaks "HH:MM".
    startsAt: (window) => window.startsAt.slice(0, 5),
    endsAt: (window) => window.endsAt.slice(0, 5),
  },
  ResourceOwner: {
    // Of the two owners, only a unit has a kind.
    __resolveType: (owner) => ("kind" in owner ? "Unit" : "NeighborhoodCenter"),
  },
  Unit: {
    sharedResources: (unit, _args, { resources }) => resources.loaders.resourcesByUnit.load(unit.id),
  },
  NeighborhoodCenter: {
    sharedResources: (center, _args, { resources }) => resources.loaders.resourcesByCenter.load(center.id),
  },
};
