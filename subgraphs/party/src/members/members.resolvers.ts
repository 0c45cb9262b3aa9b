import { pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const membersResolvers: Resolvers = {
  Query: {
    partyMember: (_root, { id }, { loaders }) => loaders.memberById.load(id),
  },
  Mutation: {
    updatePartyMemberContact: (_root, { input }, { memberService }) => memberService.updateContact(input),
  },
  Estate: {
    partyMembers: (estate, args, { loaders }) =>
      loaders.memberPageByEstate.load({ parentId: estate.id, page: pageRequest(args, 2) }),
  },
  PartyMember: {
    __resolveReference: ({ id }, { memberService }) => memberService.reference(id),
    estate: (member, _args, { loaders }) => requireRow(loaders.estateById.load(member.estateId)),
    branch: (member, _args, { loaders }) => (member.branchId ? loaders.branchById.load(member.branchId) : null),
    phone: (member, { purpose }, { memberService }) => memberService.personalField(member, "phone", purpose),
    idNumber: (member, { purpose }, { memberService }) => memberService.personalField(member, "idNumber", purpose),
    address: (member, { purpose }, { memberService }) => memberService.personalField(member, "address", purpose),
  },
};
