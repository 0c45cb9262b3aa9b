import { inArray } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { type LivingRoomRow, livingRooms } from "../db/schema";

/** SQL for the neighbourly living rooms (睦邻客厅). */
export class LivingRoomsRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<LivingRoomRow[]> {
    return this.db.select().from(livingRooms).where(inArray(livingRooms.id, ids));
  }

  byEstateIds(estateIds: string[]): Promise<LivingRoomRow[]> {
    return this.db.select().from(livingRooms).where(inArray(livingRooms.estateId, estateIds));
  }
}
