import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { branchesResolvers } from "./branches.resolvers";
import { branchesScope } from "./branches.scope";

export const branchesModule = defineModule<Context, "branches">({
  name: "branches",
  sdl: new URL("./branches.graphql", import.meta.url),
  resolvers: branchesResolvers,
  scope: branchesScope,
});
