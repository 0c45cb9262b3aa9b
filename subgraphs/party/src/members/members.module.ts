import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { membersResolvers } from "./members.resolvers";
import { membersScope } from "./members.scope";

export const membersModule = defineModule<Context, "members">({
  name: "members",
  sdl: new URL("./members.graphql", import.meta.url),
  resolvers: membersResolvers,
  scope: membersScope,
});
