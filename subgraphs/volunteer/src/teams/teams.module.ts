import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { teamsResolvers } from "./teams.resolvers";
import { teamsScope } from "./teams.scope";

export const teamsModule = defineModule<Context, "teams">({
  name: "teams",
  sdl: new URL("./teams.graphql", import.meta.url),
  resolvers: teamsResolvers,
  scope: teamsScope,
});
