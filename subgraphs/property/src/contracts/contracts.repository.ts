import { and, asc, desc, inArray, isNull } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import { type EstateRef, type ManagementContractRow, managementContracts } from "../db/schema";

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
}
