import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { resourcesResolvers } from "./resources.resolvers";
import { resourcesScope } from "./resources.scope";

export const resourcesModule = defineModule<Context, "resources">({
  name: "resources",
  sdl: new URL("./resources.graphql", import.meta.url),
  resolvers: resourcesResolvers,
  scope: resourcesScope,
});
