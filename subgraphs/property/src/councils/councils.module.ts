import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { councilsResolvers } from "./councils.resolvers";
import { councilsScope } from "./councils.scope";

export const councilsModule = defineModule<Context, "councils">({
  name: "councils",
  sdl: new URL("./councils.graphql", import.meta.url),
  resolvers: councilsResolvers,
  scope: councilsScope,
});
