import { pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { advanceServicePostClaim, claimServicePost, createServicePost } from "./posts.service";

export const postsResolvers: Resolvers = {
  Query: {
    servicePost: (_root, { id }, { loaders }) => loaders.postById.load(id),
    postClaim: (_root, { id }, { loaders }) => loaders.claimById.load(id),
  },
  Mutation: {
    createServicePost: async (_root, { input }, context) => {
      const post = await createServicePost(context.db, context, input);
      context.loaders.postById.clear(post.id).prime(post.id, post);
      context.loaders.postPageByEstate.clearAll();
      return post;
    },
    claimServicePost: async (_root, { input }, context) => {
      const claim = await claimServicePost(context.db, context, input);
      context.loaders.liveClaimsByPost.clear(claim.postId);
      context.loaders.claimPageByPartyMember.clearAll();
      context.loaders.claimById.clear(claim.id).prime(claim.id, claim);
      return claim;
    },
    advanceServicePostClaim: async (_root, { input }, context) => {
      const claim = await advanceServicePostClaim(context.db, context, input);
      context.loaders.liveClaimsByPost.clear(claim.postId);
      context.loaders.historyByClaim.clear(claim.id);
      context.loaders.claimPageByPartyMember.clearAll();
      context.loaders.hoursByVolunteer.clear(claim.volunteerId);
      context.loaders.hoursByPartyMember.clear(claim.memberId);
      context.loaders.claimById.clear(claim.id).prime(claim.id, claim);
      return claim;
    },
  },
  ServicePost: {
    __resolveReference: ({ id }, { loaders }) => loaders.postById.load(id),
    estate: (post) => ({ id: post.estateId }),
    team: (post, _args, { loaders }) => requireRow(loaders.teamById.load(post.teamId)),
    shiftStartsAt: (post) => post.shiftStartsAt?.toISOString() ?? null,
    shiftEndsAt: (post) => post.shiftEndsAt?.toISOString() ?? null,
    liveClaims: async (post, _args, { loaders }) => (await loaders.liveClaimsByPost.load(post.id))?.count ?? 0,
  },
  PostClaim: {
    post: (claim, _args, { loaders }) => requireRow(loaders.postById.load(claim.postId)),
    volunteer: (claim, _args, { loaders }) => requireRow(loaders.volunteerById.load(claim.volunteerId)),
    partyMember: (claim) => ({ id: claim.memberId }),
    claimedAt: (claim) => claim.createdAt.toISOString(),
    history: (claim, _args, { loaders }) => loaders.historyByClaim.load(claim.id),
  },
  PostClaimTransition: {
    from: (event) => event.fromState,
    to: (event) => event.toState,
    at: (event) => event.occurredAt.toISOString(),
  },
  Estate: {
    servicePosts: (estate, args, { loaders }) =>
      loaders.postPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
  PartyMember: {
    claimedPosts: (member, args, { loaders }) =>
      loaders.claimPageByPartyMember.load({ parentId: member.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
};
