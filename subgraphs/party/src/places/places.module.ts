import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { placesResolvers } from "./places.resolvers";
import { placesScope } from "./places.scope";

export const placesModule = defineModule<Context, "places">({
  name: "places",
  sdl: new URL("./places.graphql", import.meta.url),
  resolvers: placesResolvers,
  scope: placesScope,
});
