import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { calendarsResolvers } from "./calendars.resolvers";
import { calendarsScope } from "./calendars.scope";

export const calendarsModule = defineModule<Context, "calendars">({
  name: "calendars",
  sdl: new URL("./calendars.graphql", import.meta.url),
  resolvers: calendarsResolvers,
  scope: calendarsScope,
});
