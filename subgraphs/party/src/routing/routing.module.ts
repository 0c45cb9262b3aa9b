import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { routingResolvers } from "./routing.resolvers";
import { routingScope } from "./routing.scope";

export const routingModule = defineModule<Context, "routing">({
  name: "routing",
  sdl: new URL("./routing.graphql", import.meta.url),
  resolvers: routingResolvers,
  scope: routingScope,
});
