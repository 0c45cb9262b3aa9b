import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { bookingsResolvers } from "./bookings.resolvers";
import { bookingsScope } from "./bookings.scope";

export const bookingsModule = defineModule<Context, "bookings">({
  name: "bookings",
  sdl: new URL("./bookings.graphql", import.meta.url),
  resolvers: bookingsResolvers,
  scope: bookingsScope,
});
