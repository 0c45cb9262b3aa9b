import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { volunteersResolvers } from "./volunteers.resolvers";
import { volunteersScope } from "./volunteers.scope";

export const volunteersModule = defineModule<Context, "volunteers">({
  name: "volunteers",
  sdl: new URL("./volunteers.graphql", import.meta.url),
  resolvers: volunteersResolvers,
  scope: volunteersScope,
});
