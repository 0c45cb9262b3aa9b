import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { rosterResolvers } from "./roster.resolvers";
import { rosterScope } from "./roster.scope";

export const rosterModule = defineModule<Context, "roster">({
  name: "roster",
  sdl: new URL("./roster.graphql", import.meta.url),
  resolvers: rosterResolvers,
  scope: rosterScope,
});
