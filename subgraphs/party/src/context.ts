import { childConnectionLoader, listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import { BranchesRepository } from "./branches/branches.repository";
import type { PartyDatabase } from "./db";
import { MembersRepository, memberSortKey } from "./members/members.repository";
import { MembersService } from "./members/members.service";
import { estateSortKey, PlacesRepository } from "./places/places.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: PartyDatabase;
  places: PlacesRepository;
  branches: BranchesRepository;
  members: MembersRepository;
  /** Who may see members' personal data, and the changes to their contact. */
  memberService: MembersService;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(places: PlacesRepository, branches: BranchesRepository, members: MembersRepository) {
  return {
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
      estateSortKey,
    ),
    branchById: rowLoader(
      (ids) => branches.byIds(ids),
      (row) => row.id,
    ),
    branchByEstate: rowLoader(
      (ids) => branches.byEstateIds(ids),
      (row) => row.estateId,
    ),
    estatesByBranch: listLoader(
      (ids) => branches.estatesByBranchIds(ids),
      (row) => row.branchId,
    ),
    memberById: rowLoader(
      (ids) => members.byIds(ids),
      (row) => row.id,
    ),
    memberPageByEstate: childConnectionLoader(
      (ids, page) => members.pagesByEstateIds(ids, page),
      (row) => row.estateId,
      memberSortKey,
    ),
  };
}

export function createContext(db: PartyDatabase, identity: RequestIdentity): Context {
  const places = new PlacesRepository(db);
  const branches = new BranchesRepository(db);
  const members = new MembersRepository(db);
  const loaders = createLoaders(places, branches, members);
  const memberService = new MembersService(identity, db, loaders);
  return { ...identity, db, places, branches, members, memberService, loaders };
}
