import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { unitsResolvers } from "./units.resolvers";
import { unitsScope } from "./units.scope";

export const unitsModule = defineModule<Context, "units">({
  name: "units",
  sdl: new URL("./units.graphql", import.meta.url),
  resolvers: unitsResolvers,
  scope: unitsScope,
});
