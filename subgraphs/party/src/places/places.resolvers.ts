import { assertUuid, NAME_THEN_ID, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const placesResolvers: Resolvers = {
  Query: {
    counties: (_root, _args, { places }) => places.counties(),
    subdistrict: (_root, { id }, { loaders }) => loaders.subdistrictById.load(id),
    community: (_root, { id }, { loaders }) => loaders.communityById.load(id),
    estate: (_root, { id }, { loaders }) => loaders.estateById.load(id),
    estates: (_root, { communityId, ...page }, { places }) =>
      places.estatesPage({ communityId: communityId ? assertUuid(communityId, "communityId") : null }, page),
  },
  County: {
    __resolveReference: ({ id }, { loaders }) => loaders.countyById.load(id),
    subdistricts: (county, _args, { loaders }) => loaders.subdistrictsByCounty.load(county.id),
    subdistrictPage: (county, args, { loaders }) =>
      loaders.subdistrictPageByCounty.load({ parentId: county.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  Subdistrict: {
    __resolveReference: ({ id }, { loaders }) => loaders.subdistrictById.load(id),
    county: (subdistrict, _args, { loaders }) => requireRow(loaders.countyById.load(subdistrict.countyId)),
    communities: (subdistrict, _args, { loaders }) => loaders.communitiesBySubdistrict.load(subdistrict.id),
    communityPage: (subdistrict, args, { loaders }) =>
      loaders.communityPageBySubdistrict.load({ parentId: subdistrict.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  Community: {
    __resolveReference: ({ id }, { loaders }) => loaders.communityById.load(id),
    subdistrict: (community, _args, { loaders }) => requireRow(loaders.subdistrictById.load(community.subdistrictId)),
    estates: (community, args, { loaders }) =>
      loaders.estatePageByCommunity.load({ parentId: community.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  Estate: {
    __resolveReference: ({ id }, { loaders }) => loaders.estateById.load(id),
    community: (estate, _args, { loaders }) => requireRow(loaders.communityById.load(estate.communityId)),
    partyBranch: (estate, _args, { loaders }) => loaders.branchByEstate.load(estate.id),
    organizationCovered: async (estate, _args, { loaders }) => (await loaders.branchByEstate.load(estate.id)) !== null,
    workCovered: (estate) => estate.workCoveredOn !== null,
  },
};
