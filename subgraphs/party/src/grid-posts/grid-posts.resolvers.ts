import type { Resolvers } from "../generated/resolvers-types";

export const gridPostsResolvers: Resolvers = {
  Mutation: {
    assignGridPost: async (_root, { input }, { gridPostService, loaders }) => {
      const post = await gridPostService.assign(input);
      loaders.gridPostsByMember.open.clear(post.memberId);
      loaders.gridPostsByMember.all.clear(post.memberId);
      return post;
    },
    endGridPost: async (_root, { input }, { gridPostService, loaders }) => {
      const post = await gridPostService.end(input);
      loaders.gridPostsByMember.open.clear(post.memberId);
      loaders.gridPostsByMember.all.clear(post.memberId);
      return post;
    },
  },
};
