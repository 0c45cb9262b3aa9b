import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { aggregatesResolvers } from "./aggregates.resolvers";
import { aggregatesScope } from "./aggregates.scope";

export const aggregatesModule = defineModule<Context, "aggregates">({
  name: "aggregates",
  sdl: new URL("./aggregates.graphql", import.meta.url),
  resolvers: aggregatesResolvers,
  scope: aggregatesScope,
});
