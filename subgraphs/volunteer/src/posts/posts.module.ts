import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { postsResolvers } from "./posts.resolvers";
import { postsScope } from "./posts.scope";

export const postsModule = defineModule<Context, "posts">({
  name: "posts",
  sdl: new URL("./posts.graphql", import.meta.url),
  resolvers: postsResolvers,
  scope: postsScope,
});
