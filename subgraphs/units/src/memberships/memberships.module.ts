import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { membershipsResolvers } from "./memberships.resolvers";
import { membershipsScope } from "./memberships.scope";

export const membershipsModule = defineModule<Context, "memberships">({
  name: "memberships",
  sdl: new URL("./memberships.graphql", import.meta.url),
  resolvers: membershipsResolvers,
  scope: membershipsScope,
});
