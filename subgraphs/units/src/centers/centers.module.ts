import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { centersResolvers } from "./centers.resolvers";
import { centersScope } from "./centers.scope";

export const centersModule = defineModule<Context, "centers">({
  name: "centers",
  sdl: new URL("./centers.graphql", import.meta.url),
  resolvers: centersResolvers,
  scope: centersScope,
});
