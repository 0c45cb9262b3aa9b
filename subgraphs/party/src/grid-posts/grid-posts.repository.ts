import { and, eq, or, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import { branchEstates, estates, type GridLeaderPostRow, gridLeaderPosts, partyMembers } from "../db/schema";
import { type EstateScope, estateWithin } from "../scope";

export type NewGridPost = Pick<GridLeaderPostRow, "memberId" | "estateId" | "role" | "area" | "since">;

/** SQL for assigning and ending grid leader posts (党员楼栋长/楼道长/街巷长). */
export class GridPostsRepository {
  constructor(private readonly db: PartyDatabase) {}

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /** Whether the member exists, and whether they live in the estate or belong to the branch covering it. */
  async memberTies(memberId: string, estateId: string): Promise<{ exists: boolean; tied: boolean }> {
    const [row] = await this.db
      .select({
        tied: sql<boolean>`${or(
          eq(partyMembers.estateId, estateId),
          sql`${partyMembers.branchId} IN (SELECT ${branchEstates.branchId} FROM ${branchEstates} WHERE ${branchEstates.estateId} = ${estateId}::uuid)`,
        )}`,
      })
      .from(partyMembers)
      .where(eq(partyMembers.id, memberId));
    return { exists: row !== undefined, tied: row?.tied === true };
  }

  /** Assigns a post only in an estate within the scope, in one statement; null when outside it. */
  async insertWithin(values: NewGridPost, scope: EstateScope): Promise<GridLeaderPostRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${gridLeaderPosts} (member_id, estate_id, role, area, since)
      SELECT ${values.memberId}::uuid, ${estates.id}, ${values.role}::grid_role, ${values.area}::text, ${values.since}::date
      FROM ${estates}
      WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    return this.byId(id);
  }

  async byId(id: string): Promise<GridLeaderPostRow | null> {
    const [row] = await this.db.select().from(gridLeaderPosts).where(eq(gridLeaderPosts.id, id));
    return row ?? null;
  }

  async lockById(id: string): Promise<GridLeaderPostRow | null> {
    const [row] = await this.db.select().from(gridLeaderPosts).where(eq(gridLeaderPosts.id, id)).for("update");
    return row ?? null;
  }

  /** Ends an open post whose estate is within the scope; null when outside it. */
  async endWithin(id: string, endedOn: string, scope: EstateScope): Promise<GridLeaderPostRow | null> {
    const [row] = await this.db
      .update(gridLeaderPosts)
      .set({ endedOn })
      .where(
        and(
          eq(gridLeaderPosts.id, id),
          sql`${gridLeaderPosts.endedOn} IS NULL`,
          estateWithin(scope, gridLeaderPosts.estateId),
        ),
      )
      .returning();
    return row ?? null;
  }
}
