import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const livingRoomsResolvers: Resolvers = {
  Query: {
    livingRoom: (_root, { id }, { livingRooms }) => livingRooms.loaders.livingRoomById.load(id),
  },
  Mutation: {
    createLivingRoom: async (_root, { input }, context) => {
      const room = await context.livingRooms.service.createLivingRoom(input);
      context.livingRooms.loaders.livingRoomById.prime(room.id, room);
      context.livingRooms.loaders.livingRoomByEstate.clear(room.estateId);
      return room;
    },
    updateLivingRoom: async (_root, { input }, context) => {
      const room = await context.livingRooms.service.updateLivingRoom(input);
      context.livingRooms.loaders.livingRoomById.clear(room.id).prime(room.id, room);
      context.livingRooms.loaders.livingRoomByEstate.clear(room.estateId);
      return room;
    },
  },
  LivingRoom: {
    __resolveReference: ({ id }, { livingRooms }) => livingRooms.loaders.livingRoomById.load(id),
    estate: (room, _args, { places }) => requireRow(places.loaders.estateById.load(room.estateId)),
    branch: (room, _args, { branches }) => branches.loaders.branchByEstate.load(room.estateId),
  },
  Estate: {
    livingRoom: (estate, _args, { livingRooms }) => livingRooms.loaders.livingRoomByEstate.load(estate.id),
  },
};
