import { bindServices, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { LivingRoomsRepository } from "./living-rooms.repository";
import { createLivingRoom, updateLivingRoom } from "./living-rooms.service";

/** 睦邻客厅 (living rooms), for one request. */
export function livingRoomsScope(base: RequestBase<PartyDatabase>) {
  const livingRooms = new LivingRoomsRepository(base.db);
  return {
    loaders: {
      livingRoomById: rowLoader(
        (ids) => livingRooms.byIds(ids),
        (row) => row.id,
      ),
      livingRoomByEstate: rowLoader(
        (ids) => livingRooms.byEstateIds(ids),
        (row) => row.estateId,
      ),
    },
    /** 睦邻客厅 opened and changed by the estate's branch secretary or a party administrator. */
    service: bindServices(base, { createLivingRoom, updateLivingRoom }),
  };
}

export type LivingRoomsScope = ReturnType<typeof livingRoomsScope>;
