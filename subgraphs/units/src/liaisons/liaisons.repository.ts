import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import { type UnitLiaisonRow, unitLiaisons, units } from "../db/schema";
import type { ResourceWriteScope } from "../resources/resources.repository";

export type NewUnitLiaison = Pick<UnitLiaisonRow, "unitId" | "name" | "title" | "phone">;

/** `unit_id = ANY($allowedUnitIds) OR $isAdmin`: ownership as part of the statement itself. */
const within = (scope: ResourceWriteScope, unitId: typeof units.id | typeof unitLiaisons.unitId) =>
  sql`(${unitId} = ANY(${sql.param([...scope.unitIds])}::uuid[]) OR ${sql.param(scope.isAdmin)}::boolean)`;

/** SQL for the units' liaison people (联络人). Every write is scoped to the caller's units in SQL. */
export class LiaisonsRepository {
  constructor(private readonly db: UnitsDatabase) {}

  /** The liaison people of each unit, by name. */
  byUnitIds(unitIds: string[]): Promise<UnitLiaisonRow[]> {
    return this.db
      .select()
      .from(unitLiaisons)
      .where(inArray(unitLiaisons.unitId, unitIds))
      .orderBy(asc(unitLiaisons.name), asc(unitLiaisons.id));
  }

  /**
   * Inserts the liaison if their unit exists and lies within `scope`, in one statement
   * (INSERT … SELECT FROM units WHERE id = $unitId AND <scope>); null when it does not.
   */
  async insertWithin(values: NewUnitLiaison, scope: ResourceWriteScope): Promise<UnitLiaisonRow | null> {
    const [row] = await this.db
      .insert(unitLiaisons)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            unitId: units.id,
            name: sql<string>`${values.name}::text`.as("name"),
            title: sql<string>`${values.title}::text`.as("title"),
            phone: sql<string>`${values.phone}::text`.as("phone"),
            createdAt: sql<Date>`now()`.as("created_at"),
          })
          .from(units)
          .where(and(eq(units.id, values.unitId), within(scope, units.id))),
      )
      .returning();
    return row ?? null;
  }

  /** The liaison, locked until the transaction ends; null for none. */
  async lockById(id: string): Promise<UnitLiaisonRow | null> {
    const [row] = await this.db.select().from(unitLiaisons).where(eq(unitLiaisons.id, id)).for("update");
    return row ?? null;
  }

  /**
   * DELETE FROM unit_liaisons WHERE id = $1 AND (unit_id = ANY($allowedUnitIds) OR $isAdmin) RETURNING *;
   * null when 0 rows went: no such liaison, or one of a unit outside `scope`.
   */
  async deleteWithin(id: string, scope: ResourceWriteScope): Promise<UnitLiaisonRow | null> {
    const [row] = await this.db
      .delete(unitLiaisons)
      .where(and(eq(unitLiaisons.id, id), within(scope, unitLiaisons.unitId)))
      .returning();
    return row ?? null;
  }
}
