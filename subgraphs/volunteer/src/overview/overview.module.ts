import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { overviewResolvers } from "./overview.resolvers";
import { overviewScope } from "./overview.scope";

export const overviewModule = defineModule<Context, "overview">({
  name: "overview",
  sdl: new URL("./overview.graphql", import.meta.url),
  resolvers: overviewResolvers,
  scope: overviewScope,
});
