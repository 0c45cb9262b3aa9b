import type { Resolvers } from "../generated/resolvers-types";

export const gridPostsResolvers: Resolvers = {
  Mutation: {
    assignGridPost: async (_root, { input }, { gridPosts, members }) => {
      const post = await gridPosts.service.assignGridPost(input);
      members.loaders.gridPostsByMember.open.clear(post.memberId);
      members.loaders.gridPostsByMember.all.clear(post.memberId);
      return post;
    },
    endGridPost: async (_root, { input }, { gridPosts, members }) => {
      const post = await gridPosts.service.endGridPost(input);
      members.loaders.gridPostsByMember.open.clear(post.memberId);
      members.loaders.gridPostsByMember.all.clear(post.memberId);
      return post;
    },
  },
};
