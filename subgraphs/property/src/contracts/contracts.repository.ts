import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import { type EstateRef, type ManagementContractRow, managementContracts, propertyCompanies } from "../db/schema";

/** `$isAdmin` as a condition of the statement itself: only the property authority writes contracts. */
const byAdmin = (isAdmin: boolean) => sql`${sql.param(isAdmin)}::boolean`;

// Newest first; the id only makes the order total when two contracts start on the same day.
const newestFirst = [desc(managementContracts.startsOn), desc(managementContracts.id)];

/** SQL for management contracts between companies and estates. */
export class ContractsRepository {
  constructor(private readonly db: PropertyDatabase) {}

  /** Every contract of each company, current and ended, newest first. */
  byCompanyIds(companyIds: string[]): Promise<ManagementContractRow[]> {
    return this.db
      .select()
      .from(managementContracts)
      .where(inArray(managementContracts.companyId, companyIds))
      .orderBy(...newestFirst);
  }

  /** Every contract of each estate, current and ended, newest first. */
  byEstateIds(estateIds: string[]): Promise<ManagementContractRow[]> {
    return this.db
      .select()
      .from(managementContracts)
      .where(inArray(managementContracts.estateId, estateIds))
      .orderBy(...newestFirst);
  }

  /** The estates each company manages now (its current contracts), tagged with the company. */
  managedEstatesByCompanyIds(companyIds: string[]): Promise<(EstateRef & { companyId: string })[]> {
    return this.db
      .select({ id: managementContracts.estateId, companyId: managementContracts.companyId })
      .from(managementContracts)
      .where(and(inArray(managementContracts.companyId, companyIds), isNull(managementContracts.endsOn)))
      .orderBy(...newestFirst, asc(managementContracts.estateId));
  }

  /**
   * The estate's current contract, locked (SELECT … FOR UPDATE) until the transaction ends: a
   * concurrent replacement of the same estate waits here, and once the first one commits it finds
   * the row ended and gets null. Null too when the estate has no current contract.
   */
  async lockCurrentByEstate(estateId: string): Promise<ManagementContractRow | null> {
    const [row] = await this.db
      .select()
      .from(managementContracts)
      .where(and(eq(managementContracts.estateId, estateId), isNull(managementContracts.endsOn)))
      .for("update");
    return row ?? null;
  }

  /**
   * Ends a current contract on `endsOn` (inclusive): UPDATE … WHERE id = $1 AND ends_on IS NULL
   * AND $isAdmin. Null when no row changed (already ended, or not the caller's to end).
   */
  async endWithin(id: string, endsOn: string, isAdmin: boolean): Promise<ManagementContractRow | null> {
    const [row] = await this.db
      .update(managementContracts)
      .set({ endsOn })
      .where(and(eq(managementContracts.id, id), isNull(managementContracts.endsOn), byAdmin(isAdmin)))
      .returning();
    return row ?? null;
  }

  /**
   * Starts a current contract of `companyId` for the estate, in one statement that also checks the
   * company exists (INSERT … SELECT FROM property_companies WHERE id = $companyId AND $isAdmin).
   * Null when it does not, or the caller may not write contracts.
   */
  async startWithin(
    values: { companyId: string; estateId: string; startsOn: string },
    isAdmin: boolean,
  ): Promise<ManagementContractRow | null> {
    // INSERT … SELECT lists every column in table order, the defaults spelled out.
    const [row] = await this.db
      .insert(managementContracts)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            companyId: propertyCompanies.id,
            estateId: sql<string>`${values.estateId}::uuid`.as("estate_id"),
            startsOn: sql<string>`${values.startsOn}::date`.as("starts_on"),
            endsOn: sql<string | null>`null::date`.as("ends_on"),
            createdAt: sql<Date>`now()`.as("created_at"),
          })
          .from(propertyCompanies)
          .where(and(eq(propertyCompanies.id, values.companyId), byAdmin(isAdmin))),
      )
      .returning();
    return row ?? null;
  }
}
