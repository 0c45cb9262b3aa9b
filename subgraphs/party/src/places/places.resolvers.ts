import { assertUuid, NAME_THEN_ID, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const placesResolvers: Resolvers = {
  Query: {
    counties: (_root, _args, { places }) => places.repository.counties(),
    subdistrict: (_root, { id }, { places }) => places.loaders.subdistrictById.load(id),
    community: (_root, { id }, { places }) => places.loaders.communityById.load(id),
    estate: (_root, { id }, { places }) => places.loaders.estateById.load(id),
    estates: (_root, { communityId, ...page }, { places }) =>
      places.repository.estatesPage({ communityId: communityId ? assertUuid(communityId, "communityId") : null }, page),
  },
  County: {
    __resolveReference: ({ id }, { places }) => places.loaders.countyById.load(id),
    subdistricts: (county, _args, { places }) => places.loaders.subdistrictsByCounty.load(county.id),
    subdistrictPage: (county, args, { places }) =>
      places.loaders.subdistrictPageByCounty.load({ parentId: county.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  Subdistrict: {
    __resolveReference: ({ id }, { places }) => places.loaders.subdistrictById.load(id),
    county: (subdistrict, _args, { places }) => requireRow(places.loaders.countyById.load(subdistrict.countyId)),
    communities: (subdistrict, _args, { places }) => places.loaders.communitiesBySubdistrict.load(subdistrict.id),
    communityPage: (subdistrict, args, { places }) =>
      places.loaders.communityPageBySubdistrict.load({
        parentId: subdistrict.id,
        page: pageRequest(args, NAME_THEN_ID),
      }),
  },
  Community: {
    __resolveReference: ({ id }, { places }) => places.loaders.communityById.load(id),
    subdistrict: (community, _args, { places }) =>
      requireRow(places.loaders.subdistrictById.load(community.subdistrictId)),
    estates: (community, args, { places }) =>
      places.loaders.estatePageByCommunity.load({ parentId: community.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  Estate: {
    __resolveReference: ({ id }, { places }) => places.loaders.estateById.load(id),
    community: (estate, _args, { places }) => requireRow(places.loaders.communityById.load(estate.communityId)),
    partyBranch: (estate, _args, { branches }) => branches.loaders.branchByEstate.load(estate.id),
    organizationCovered: async (estate, _args, { branches }) =>
      (await branches.loaders.branchByEstate.load(estate.id)) !== null,
    workCovered: (estate) => estate.workCoveredOn !== null,
  },
};
