import { nextVersion } from "@linli/service-kit";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { UnitsDatabase } from "../db";
import { bookings, neighborhoodCenters, type SharedResourceRow, sharedResources, units } from "../db/schema";

/**
 * Which units' resources a caller may write: the units they are liaison of, or every unit and
 * every neighbourhood center (an admin). A center's resource has no unit, so only an admin's
 * scope reaches it.
 */
export interface ResourceWriteScope {
  unitIds: readonly string[];
  isAdmin: boolean;
}

/** Who offers a new resource: a unit or a neighbourhood center. */
export type ResourceOwnerKey = { unitId: string } | { centerId: string };

export type NewSharedResource = ResourceOwnerKey &
  Pick<
    SharedResourceRow,
    "name" | "kind" | "description" | "capacity" | "quantity" | "requiresApproval" | "monthlyQuotaPerEstate"
  >;
export type SharedResourcePatch = Partial<
  Pick<
    SharedResourceRow,
    "name" | "description" | "capacity" | "quantity" | "requiresApproval" | "monthlyQuotaPerEstate"
  >
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

  /** The resources each neighbourhood center offers itself, by name. */
  byCenterIds(centerIds: string[]): Promise<SharedResourceRow[]> {
    return this.db
      .select()
      .from(sharedResources)
      .where(inArray(sharedResources.centerId, centerIds))
      .orderBy(asc(sharedResources.name), asc(sharedResources.id));
  }

  /**
   * Inserts the resource if its owner exists and lies within `scope`, in one statement
   * (INSERT … SELECT FROM units WHERE id = $unitId AND <scope>, or FROM neighborhood_centers
   * WHERE id = $centerId AND $isAdmin); null when it does not.
   */
  async insertWithin(values: NewSharedResource, scope: ResourceWriteScope): Promise<SharedResourceRow | null> {
    const owner =
      "unitId" in values
        ? { table: units, unitId: units.id, centerId: sql<string | null>`NULL::uuid`, id: values.unitId }
        : {
            table: neighborhoodCenters,
            unitId: sql<string | null>`NULL::uuid`,
            centerId: neighborhoodCenters.id,
            id: values.centerId,
          };
    const ownerAllowed = "unitId" in values ? within(scope, units.id) : sql`${sql.param(scope.isAdmin)}::boolean`;
    // INSERT … SELECT must list every column in table order (drizzle checks it at run time),
    // so the defaults of id, the timestamps and the version are spelled out here.
    const [row] = await this.db
      .insert(sharedResources)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            unitId: sql<string | null>`${owner.unitId}`.as("unit_id"),
            name: sql<string>`${values.name}::text`.as("name"),
            kind: sql<SharedResourceRow["kind"]>`${values.kind}::resource_kind`.as("kind"),
            description: sql<string>`${values.description}::text`.as("description"),
            capacity: sql<number>`${values.capacity}::integer`.as("capacity"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
            version: sql<number>`1`.as("version"),
            requiresApproval: sql<boolean>`${values.requiresApproval}::boolean`.as("requires_approval"),
            monthlyQuotaPerEstate: sql<number | null>`${values.monthlyQuotaPerEstate}::integer`.as(
              "monthly_quota_per_estate",
            ),
            centerId: sql<string | null>`${owner.centerId}`.as("center_id"),
            quantity: sql<number>`${values.quantity}::integer`.as("quantity"),
          })
          .from(owner.table)
          .where(and(eq(owner.table.id, owner.id), ownerAllowed)),
      )
      .returning();
    return row ?? null;
  }

  /** The highest item a PENDING or APPROVED booking of the resource that is not over yet holds; 0 for none. */
  async highestHeldItem(resourceId: string): Promise<number> {
    const [row] = await this.db
      .select({ item: sql<number>`coalesce(max(${bookings.itemNo}), 0)::int` })
      .from(bookings)
      .where(
        and(
          eq(bookings.resourceId, resourceId),
          sql`${bookings.state} IN ('PENDING', 'APPROVED')`,
          sql`${bookings.endsAt} > now()`,
        ),
      );
    return row?.item ?? 0;
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
      .set({ ...patch, version: nextVersion(sharedResources.version), updatedAt: sql`now()` })
      .where(and(eq(sharedResources.id, id), within(scope, sharedResources.unitId)))
      .returning();
    return row ?? null;
  }
}
