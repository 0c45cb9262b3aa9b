import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { deliberationResolvers } from "./deliberation.resolvers";
import { deliberationScope } from "./deliberation.scope";

export const deliberationModule = defineModule<Context, "deliberation">({
  name: "deliberation",
  sdl: new URL("./deliberation.graphql", import.meta.url),
  resolvers: deliberationResolvers,
  scope: deliberationScope,
});
