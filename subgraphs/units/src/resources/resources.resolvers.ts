import { requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { SharedResourceRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";
import { createSharedResource, updateSharedResource } from "./resources.service";

/** A write's result replaces whatever this request's loaders cached before it. */
function remember(row: SharedResourceRow, { loaders }: Context): SharedResourceRow {
  loaders.resourceById.clear(row.id).prime(row.id, row);
  if (row.unitId) loaders.resourcesByUnit.clear(row.unitId);
  if (row.centerId) loaders.resourcesByCenter.clear(row.centerId);
  loaders.openingHoursByResource.clear(row.id);
  return row;
}

export const resourcesResolvers: Resolvers = {
  Query: {
    sharedResource: (_root, { id }, { loaders }) => loaders.resourceById.load(id),
  },
  Mutation: {
    createSharedResource: async (_root, { input }, context) =>
      remember(await createSharedResource(context.db, context, input), context),
    updateSharedResource: async (_root, { input }, context) =>
      remember(await updateSharedResource(context.db, context, input), context),
  },
  SharedResource: {
    __resolveReference: ({ id }, { loaders }) => loaders.resourceById.load(id),
    unit: (resource, _args, { loaders }) =>
      resource.unitId ? requireRow(loaders.unitById.load(resource.unitId)) : null,
    center: (resource, _args, { loaders }) =>
      resource.centerId ? requireRow(loaders.centerById.load(resource.centerId)) : null,
    owner: (resource, _args, { loaders }) =>
      resource.unitId
        ? requireRow(loaders.unitById.load(resource.unitId))
        : requireRow(loaders.centerById.load(resource.centerId as string)),
    createdAt: (resource) => resource.createdAt.toISOString(),
    updatedAt: (resource) => resource.updatedAt.toISOString(),
    openingHours: (resource, _args, { loaders }) => loaders.openingHoursByResource.load(resource.id),
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
    sharedResources: (unit, _args, { loaders }) => loaders.resourcesByUnit.load(unit.id),
  },
  NeighborhoodCenter: {
    sharedResources: (center, _args, { loaders }) => loaders.resourcesByCenter.load(center.id),
  },
};
