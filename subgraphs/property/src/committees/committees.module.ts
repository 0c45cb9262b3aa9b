import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { committeesResolvers } from "./committees.resolvers";
import { committeesScope } from "./committees.scope";

export const committeesModule = defineModule<Context, "committees">({
  name: "committees",
  sdl: new URL("./committees.graphql", import.meta.url),
  resolvers: committeesResolvers,
  scope: committeesScope,
});
