import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { gridPostsResolvers } from "./grid-posts.resolvers";
import { gridPostsScope } from "./grid-posts.scope";

export const gridPostsModule = defineModule<Context, "gridPosts">({
  name: "gridPosts",
  sdl: new URL("./grid-posts.graphql", import.meta.url),
  resolvers: gridPostsResolvers,
  scope: gridPostsScope,
});
