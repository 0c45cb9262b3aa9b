import { childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { PlacesRepository, placeSortKey } from "./places.repository";

/** The county's places: 县, 街道, 社区 and 小区, for one request. */
export function placesScope(base: RequestBase<PartyDatabase>) {
  const places = new PlacesRepository(base.db);
  return {
    repository: places,
    loaders: {
      countyById: rowLoader(
        (ids) => places.countiesByIds(ids),
        (row) => row.id,
      ),
      subdistrictById: rowLoader(
        (ids) => places.subdistrictsByIds(ids),
        (row) => row.id,
      ),
      subdistrictsByCounty: listLoader(
        (ids) => places.subdistrictsByCountyIds(ids),
        (row) => row.countyId,
      ),
      communityById: rowLoader(
        (ids) => places.communitiesByIds(ids),
        (row) => row.id,
      ),
      communitiesBySubdistrict: listLoader(
        (ids) => places.communitiesBySubdistrictIds(ids),
        (row) => row.subdistrictId,
      ),
      estateById: rowLoader(
        (ids) => places.estatesByIds(ids),
        (row) => row.id,
      ),
      estatePageByCommunity: childConnectionLoader(
        (ids, page) => places.estatePagesByCommunityIds(ids, page),
        (row) => row.communityId,
        placeSortKey,
        (ids) => places.estateCountsByCommunityIds(ids),
      ),
      subdistrictPageByCounty: childConnectionLoader(
        (ids, page) => places.subdistrictPagesByCountyIds(ids, page),
        (row) => row.countyId,
        placeSortKey,
        (ids) => places.subdistrictCountsByCountyIds(ids),
      ),
      communityPageBySubdistrict: childConnectionLoader(
        (ids, page) => places.communityPagesBySubdistrictIds(ids, page),
        (row) => row.subdistrictId,
        placeSortKey,
        (ids) => places.communityCountsBySubdistrictIds(ids),
      ),
    },
  };
}

export type PlacesScope = ReturnType<typeof placesScope>;
