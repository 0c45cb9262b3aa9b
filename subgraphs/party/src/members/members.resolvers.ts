import { NAME_THEN_ID, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { GRID_DUTIES } from "../grid-posts/grid-posts.service";

export const membersResolvers: Resolvers = {
  Query: {
    partyMember: (_root, { id }, { memberService }) => memberService.visible(id),
  },
  Mutation: {
    updatePartyMemberContact: (_root, { input }, { memberService }) => memberService.updateContact(input),
  },
  Estate: {
    partyMembers: (estate, args, { loaders }) =>
      loaders.memberPageByEstate.load({ parentId: estate.id, page: pageRequest(args, NAME_THEN_ID) }),
  },
  GridLeaderPost: {
    estate: (post, _args, { loaders }) => requireRow(loaders.estateById.load(post.estateId)),
    duties: () => [...GRID_DUTIES],
    member: (post, _args, { loaders }) => requireRow(loaders.memberById.load(post.memberId)),
  },
  PartyMember: {
    // `_entities` obeys the type's @rule (signedIn) first.
    __resolveReference: ({ id }, { loaders }) => loaders.memberById.load(id),
    estate: (member, _args, { loaders }) => requireRow(loaders.estateById.load(member.estateId)),
    branch: (member, _args, { loaders }) => (member.branchId ? loaders.branchById.load(member.branchId) : null),
    workUnit: (member) => (member.workUnitId ? { __typename: "Unit", id: member.workUnitId } : null),
    gridPosts: (member, { includeEnded }, { loaders }) =>
      loaders.gridPostsByMember[includeEnded ? "all" : "open"].load(member.id),
    phone: (member, { purpose }, { memberService }) => memberService.personalField(member, "phone", purpose),
    idNumber: (member, { purpose }, { memberService }) => memberService.personalField(member, "idNumber", purpose),
    address: (member, { purpose }, { memberService }) => memberService.personalField(member, "address", purpose),
  },
};
