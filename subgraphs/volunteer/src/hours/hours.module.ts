import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { hoursResolvers } from "./hours.resolvers";
import { hoursScope } from "./hours.scope";

export const hoursModule = defineModule<Context, "hours">({
  name: "hours",
  sdl: new URL("./hours.graphql", import.meta.url),
  resolvers: hoursResolvers,
  scope: hoursScope,
});
