import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { activitiesResolvers } from "./activities.resolvers";
import { activitiesScope } from "./activities.scope";

export const activitiesModule = defineModule<Context, "activities">({
  name: "activities",
  sdl: new URL("./activities.graphql", import.meta.url),
  resolvers: activitiesResolvers,
  scope: activitiesScope,
});
