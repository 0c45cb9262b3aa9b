import {
  bindServices,
  childConnectionLoader,
  createPersonalDataAccessLog,
  listLoader,
  type RequestBase,
  rowLoader,
} from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import type { PartyMemberRow } from "../db/schema";
import { MembersRepository, memberSortKey } from "./members.repository";
import {
  type MembersBase,
  type PersonalField,
  personalField,
  updatePartyMemberContact,
  visibleMember,
} from "./members.service";

/** 党员 (party members) and their grid posts, for one request. */
export function membersScope(context: RequestBase<PartyDatabase> & MembersBase) {
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
      (ids) => members.countsByEstateIds(ids),
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
    // Full-value reads of members' personal data are logged here, one INSERT per request.
    accessLog: createPersonalDataAccessLog(context.db, context),
    /** A member by id, or null when there is none or the caller may not list its estate. */
    visible: (id: string) => visibleMember(context, id),
    /** One personal field as this caller may see it: masked, or (with a purpose and the role) in full and logged. */
    personalField: (member: PartyMemberRow, field: PersonalField, purpose: string | null | undefined) =>
      personalField(context, member, field, purpose),
    service: bindServices(context, { updatePartyMemberContact }),
  };
}

export type MembersScope = ReturnType<typeof membersScope>;
