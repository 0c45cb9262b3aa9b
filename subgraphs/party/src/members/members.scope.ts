import { childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import type { PlacesScope } from "../places/places.scope";
import { MembersRepository, memberSortKey } from "./members.repository";
import { MembersService } from "./members.service";

/** 党员 (party members) and their grid posts, for one request. */
export function membersScope(context: RequestBase<PartyDatabase> & { places: PlacesScope }) {
  const members = new MembersRepository(context.db);
  const loaders = {
    memberById: rowLoader(
      (ids) => members.byIds(ids),
      (row) => row.id,
    ),
    memberPageByEstate: childConnectionLoader(
      (ids, page) => members.pagesByEstateIds(ids, page),
      (row) => row.estateId,
      memberSortKey,
    ),
    gridPostsByMember: {
      open: listLoader(
        (ids) => members.gridPostsByMemberIds(ids, false),
        (row) => row.memberId,
      ),
      all: listLoader(
        (ids) => members.gridPostsByMemberIds(ids, true),
        (row) => row.memberId,
      ),
    },
  };
  return {
    repository: members,
    loaders,
    /** Who may see members' personal data, and the changes to their contact. */
    service: new MembersService(context, context.db, {
      memberById: loaders.memberById,
      estateById: context.places.loaders.estateById,
    }),
  };
}

export type MembersScope = ReturnType<typeof membersScope>;
