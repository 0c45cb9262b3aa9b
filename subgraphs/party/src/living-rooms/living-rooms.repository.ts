import { nextVersion } from "@linli/service-kit";
import { and, eq, inArray, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import { estates, type LivingRoomRow, livingRooms } from "../db/schema";
import { type EstateScope, estateWithin } from "../scope";

export interface NewLivingRoom {
  estateId: string;
  name: string;
  openedOn: string;
  functions: LivingRoomRow["functions"];
}

/** SQL for the neighbourly living rooms (睦邻客厅). */
export class LivingRoomsRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<LivingRoomRow[]> {
    return this.db.select().from(livingRooms).where(inArray(livingRooms.id, ids));
  }

  byEstateIds(estateIds: string[]): Promise<LivingRoomRow[]> {
    return this.db.select().from(livingRooms).where(inArray(livingRooms.estateId, estateIds));
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /** Opens a room in one statement only for an estate within the scope; null when outside it or unknown. */
  async insertWithin(values: NewLivingRoom, scope: EstateScope): Promise<LivingRoomRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${livingRooms} (estate_id, name, opened_on, functions)
      SELECT ${estates.id}, ${values.name}::text, ${values.openedOn}::date, ${sql.param(values.functions)}::text[]::living_room_function[]
      FROM ${estates}
      WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    const [row] = await this.byIds([id]);
    return row ?? null;
  }

  async lockById(id: string): Promise<LivingRoomRow | null> {
    const [row] = await this.db.select().from(livingRooms).where(eq(livingRooms.id, id)).for("update");
    return row ?? null;
  }

  /** UPDATE … WHERE id = $1 AND <the room's estate within the scope>; null when outside it. */
  async updateWithin(
    id: string,
    patch: Partial<Pick<LivingRoomRow, "name" | "functions">>,
    scope: EstateScope,
  ): Promise<LivingRoomRow | null> {
    const [row] = await this.db
      .update(livingRooms)
      .set({ ...patch, version: nextVersion(livingRooms.version) })
      .where(and(eq(livingRooms.id, id), estateWithin(scope, livingRooms.estateId)))
      .returning();
    return row ?? null;
  }
}
