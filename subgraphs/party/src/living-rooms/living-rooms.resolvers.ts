import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const livingRoomsResolvers: Resolvers = {
  Query: {
    livingRoom: (_root, { id }, { loaders }) => loaders.livingRoomById.load(id),
  },
  Mutation: {
    createLivingRoom: async (_root, { input }, context) => {
      const room = await context.livingRoomService.create(input);
      context.loaders.livingRoomById.prime(room.id, room);
      context.loaders.livingRoomByEstate.clear(room.estateId);
      return room;
    },
    updateLivingRoom: async (_root, { input }, context) => {
      const room = await context.livingRoomService.update(input);
      context.loaders.livingRoomById.clear(room.id).prime(room.id, room);
      context.loaders.livingRoomByEstate.clear(room.estateId);
      return room;
    },
  },
  LivingRoom: {
    __resolveReference: ({ id }, { loaders }) => loaders.livingRoomById.load(id),
    estate: (room, _args, { loaders }) => requireRow(loaders.estateById.load(room.estateId)),
    branch: (room, _args, { loaders }) => loaders.branchByEstate.load(room.estateId),
  },
  Estate: {
    livingRoom: (estate, _args, { loaders }) => loaders.livingRoomByEstate.load(estate.id),
  },
};
