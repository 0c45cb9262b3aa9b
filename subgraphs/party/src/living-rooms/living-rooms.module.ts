import { defineModule } from "@linli/service-kit";
import type { Context } from "../context";
import { livingRoomsResolvers } from "./living-rooms.resolvers";
import { livingRoomsScope } from "./living-rooms.scope";

export const livingRoomsModule = defineModule<Context, "livingRooms">({
  name: "livingRooms",
  sdl: new URL("./living-rooms.graphql", import.meta.url),
  resolvers: livingRoomsResolvers,
  scope: livingRoomsScope,
});
