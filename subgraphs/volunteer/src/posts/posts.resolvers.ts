import { pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const postsResolvers: Resolvers = {
  Query: {
    servicePost: (_root, { id }, { posts }) => posts.loaders.postById.load(id),
    postClaim: (_root, { id }, { posts }) => posts.loaders.claimById.load(id),
  },
  Mutation: {
    createServicePost: async (_root, { input }, context) => {
      const post = await context.posts.service.createServicePost(input);
      context.posts.loaders.postById.clear(post.id).prime(post.id, post);
      context.posts.loaders.postPageByEstate.clearAll();
      return post;
    },
    claimServicePost: async (_root, { input }, context) => {
      const claim = await context.posts.service.claimServicePost(input);
      context.posts.loaders.liveClaimsByPost.clear(claim.postId);
      context.posts.loaders.claimPageByPartyMember.clearAll();
      context.posts.loaders.claimById.clear(claim.id).prime(claim.id, claim);
      return claim;
    },
    advanceServicePostClaim: async (_root, { input }, context) => {
      const claim = await context.posts.service.advanceServicePostClaim(input);
      context.posts.loaders.liveClaimsByPost.clear(claim.postId);
      context.posts.loaders.historyByClaim.clear(claim.id);
      context.posts.loaders.claimPageByPartyMember.clearAll();
      context.hours.loaders.hoursByVolunteer.clear(claim.volunteerId);
      context.hours.loaders.hoursByPartyMember.clear(claim.memberId);
      context.posts.loaders.claimById.clear(claim.id).prime(claim.id, claim);
      return claim;
    },
  },
  ServicePost: {
    __resolveReference: ({ id }, { posts }) => posts.loaders.postById.load(id),
    estate: (post) => ({ id: post.estateId }),
    team: (post, _args, { teams }) => requireRow(teams.loaders.teamById.load(post.teamId)),
    shiftStartsAt: (post) => post.shiftStartsAt?.toISOString() ?? null,
    shiftEndsAt: (post) => post.shiftEndsAt?.toISOString() ?? null,
    liveClaims: async (post, _args, { posts }) => (await posts.loaders.liveClaimsByPost.load(post.id))?.count ?? 0,
  },
  PostClaim: {
    post: (claim, _args, { posts }) => requireRow(posts.loaders.postById.load(claim.postId)),
    volunteer: (claim, _args, { volunteers }) => requireRow(volunteers.loaders.volunteerById.load(claim.volunteerId)),
    partyMember: (claim) => ({ id: claim.memberId }),
    claimedAt: (claim) => claim.createdAt.toISOString(),
    history: (claim, _args, { posts }) => posts.loaders.historyByClaim.load(claim.id),
  },
  PostClaimTransition: {
    from: (event) => event.fromState,
    to: (event) => event.toState,
    at: (event) => event.occurredAt.toISOString(),
  },
  Estate: {
    servicePosts: (estate, args, { posts }) =>
      posts.loaders.postPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
  PartyMember: {
    claimedPosts: (member, args, { posts }) =>
      posts.loaders.claimPageByPartyMember.load({
        parentId: member.id,
        page: pageRequest(args, ["timestamp", "uuid"]),
      }),
  },
};
