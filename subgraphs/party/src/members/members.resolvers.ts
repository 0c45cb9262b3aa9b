import { NAME_THEN_ID, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { GRID_DUTIES } from "../grid-posts/grid-posts.service";

export const membersResolvers: Resolvers = {
  Query: {
    partyMember: (_root, { id }, { members }) => members.visible(id),
  },
  Mutation: {
    updatePartyMemberContact: (_root, { input }, { members }) => members.service.updatePartyMemberContact(input),
  },
  Estate: {
    partyMembers: (estate, args, { members }) =>
      members.loaders.memberPageByEstate.load({ parentId: estate.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  GridLeaderPost: {
    estate: (post, _args, { places }) => requireRow(places.loaders.estateById.load(post.estateId)),
    duties: () => [...GRID_DUTIES],
    member: (post, _args, { members }) => requireRow(members.loaders.memberById.load(post.memberId)),
  },
  PartyMember: {
    // `_entities` obeys the type's @rule (signedIn) first.
    __resolveReference: ({ id }, { members }) => members.loaders.memberById.load(id),
    estate: (member, _args, { places }) => requireRow(places.loaders.estateById.load(member.estateId)),
    branch: (member, _args, { branches }) =>
      member.branchId ? branches.loaders.branchById.load(member.branchId) : null,
    workUnit: (member) => (member.workUnitId ? { __typename: "Unit", id: member.workUnitId } : null),
    gridPosts: (member, { includeEnded }, { members }) =>
      members.loaders.gridPostsByMember[includeEnded ? "all" : "open"].load(member.id),
    phone: (member, { purpose }, { members }) => members.personalField(member, "phone", purpose),
    idNumber: (member, { purpose }, { members }) => members.personalField(member, "idNumber", purpose),
    address: (member, { purpose }, { members }) => members.personalField(member, "address", purpose),
  },
};
