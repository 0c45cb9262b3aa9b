import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { UnitsDatabase } from "../db";
import { type SharedResourceRow, sharedResources, units } from "../db/schema";

/** Which units' resources a caller may write: the units they are liaison of, or every unit (an admin). */
export interface ResourceWriteScope {
  unitIds: readonly string[];
  isAdmin: boolean;
}

export type NewSharedResource = Pick<
  SharedResourceRow,
  "unitId" | "name" | "kind" | "description" | "capacity" | "requiresApproval" | "monthlyQuotaPerEstate"
>;
export type SharedResourcePatch = Partial<
  Pick<SharedResourceRow, "name" | "description" | "capacity" | "requiresApproval" | "monthlyQuotaPerEstate">
>;

/** `unit_id = ANY($allowedUnitIds) OR $isAdmin`: ownership as part of the statement itself. */
const within = (scope: ResourceWriteScope, unitId: AnyPgColumn): SQL =>
  sql`(${unitId} = ANY(${sql.param([...scope.unitIds])}::uuid[]) OR ${sql.param(scope.isAdmin)}::boolean)`;

/** SQL for the units' shared resources (共享资源). Every write is scoped to the caller's units in SQL. */
export class ResourcesRepository {
  constructor(private readonly db: UnitsDatabase) {}

  byIds(ids: string[]): Promise<SharedResourceRow[]> {
    return this.db.select().from(sharedResources).where(inArray(sharedResources.id, ids));
  }

  /** The resources of each unit, by name. */
  byUnitIds(unitIds: string[]): Promise<SharedResourceRow[]> {
    return this.db
      .select()
      .from(sharedResources)
      .where(inArray(sharedResources.unitId, unitIds))
      .orderBy(asc(sharedResources.name), asc(sharedResources.id));
  }

  /**
   * Inserts the resource if its unit exists and lies within `scope`, in one statement
   * (INSERT … SELECT FROM units WHERE id = $unitId AND <scope>); null when it does not.
   */
  async insertWithin(values: NewSharedResource, scope: ResourceWriteScope): Promise<SharedResourceRow | null> {
    // INSERT … SELECT must list every column in table order (drizzle checks it at run time),
    // so the defaults of id and the timestamps are spelled out here.
    const [row] = await this.db
      .insert(sharedResources)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            unitId: units.id,
            name: sql<string>`${values.name}::text`.as("name"),
            kind: sql<SharedResourceRow["kind"]>`${values.kind}::resource_kind`.as("kind"),
            description: sql<string>`${values.description}::text`.as("description"),
            capacity: sql<number>`${values.capacity}::integer`.as("capacity"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
            requiresApproval: sql<boolean>`${values.requiresApproval}::boolean`.as("requires_approval"),
            monthlyQuotaPerEstate: sql<number | null>`${values.monthlyQuotaPerEstate}::integer`.as(
              "monthly_quota_per_estate",
            ),
          })
          .from(units)
          .where(and(eq(units.id, values.unitId), within(scope, units.id))),
      )
      .returning();
    return row ?? null;
  }

  /** The resource, locked until the transaction ends so that `before` stays exact; null for none. */
  async lockById(id: string): Promise<SharedResourceRow | null> {
    const [row] = await this.db.select().from(sharedResources).where(eq(sharedResources.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Changes a resource only if its unit lies within `scope`:
   * UPDATE shared_resources SET … WHERE id = $1 AND (unit_id = ANY($allowedUnitIds) OR $isAdmin).
   * Null when 0 rows changed: no such resource, or one of a unit outside `scope`.
   */
  async updateWithin(
    id: string,
    patch: SharedResourcePatch,
    scope: ResourceWriteScope,
  ): Promise<SharedResourceRow | null> {
    const [row] = await this.db
      .update(sharedResources)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(and(eq(sharedResources.id, id), within(scope, sharedResources.unitId)))
      .returning();
    return row ?? null;
  }
}
