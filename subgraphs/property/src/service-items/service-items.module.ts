import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { serviceItemsResolvers } from "./service-items.resolvers";
import { serviceItemsScope } from "./service-items.scope";

export const serviceItemsModule = defineModule<Context, "serviceItems">({
  name: "serviceItems",
  sdl: new URL("./service-items.graphql", import.meta.url),
  resolvers: serviceItemsResolvers,
  scope: serviceItemsScope,
});
