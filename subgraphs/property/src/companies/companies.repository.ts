import {
  type Connection,
  countRows,
  NAME_THEN_ID,
  nextVersion,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import { managementContracts, type PropertyCompanyRow, propertyCompanies } from "../db/schema";

/** Companies are listed by name, then id: the cursor is that pair. */
export const companySortKey = (row: PropertyCompanyRow): string[] => [row.name, row.id];

const afterCompany = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${propertyCompanies.name}, ${propertyCompanies.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`
    : undefined;

/** Which companies a caller may change: those named in their grants, or every one for an administrator. */
export interface CompanyWriteScope {
  companyIds: readonly string[];
  isAdmin: boolean;
}

/** The columns a caller may change; an absent one keeps its value. */
export interface CompanyChanges {
  name?: string | undefined;
  address?: string | undefined;
}

/** SQL for property service companies. */
export class CompaniesRepository {
  constructor(private readonly db: PropertyDatabase) {}

  byIds(ids: string[]): Promise<PropertyCompanyRow[]> {
    return this.db.select().from(propertyCompanies).where(inArray(propertyCompanies.id, ids));
  }

  /** One company, locked until the end of the transaction so its snapshot stays true while it is changed. */
  async lockById(id: string): Promise<PropertyCompanyRow | null> {
    const [row] = await this.db.select().from(propertyCompanies).where(eq(propertyCompanies.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Changes one company only if `scope` covers it: the ownership test is part of the UPDATE, so
   * a check forgotten elsewhere still cannot write another company's row. Null when no row was
   * changed (no such company, or not the caller's).
   */
  async updateWithin(
    id: string,
    changes: CompanyChanges,
    scope: CompanyWriteScope,
  ): Promise<PropertyCompanyRow | null> {
    const [row] = await this.db
      .update(propertyCompanies)
      .set({ ...changes, version: nextVersion(propertyCompanies.version), updatedAt: sql`now()` })
      .where(
        and(
          eq(propertyCompanies.id, id),
          or(
            sql`${propertyCompanies.id} = any(${sql.param([...scope.companyIds])}::uuid[])`,
            sql`${sql.param(scope.isAdmin)}::boolean`,
          ),
        ),
      )
      .returning();
    return row ?? null;
  }

  /** One page of companies in name order. */
  async page(args: PageArgs): Promise<Connection<PropertyCompanyRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const rows = await this.db
      .select()
      .from(propertyCompanies)
      .where(afterCompany(page))
      .orderBy(asc(propertyCompanies.name), asc(propertyCompanies.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, companySortKey, countRows(this.db, propertyCompanies));
  }

  /** The company holding the current contract of each estate, tagged with the estate it was asked for. */
  async currentByEstateIds(estateIds: string[]): Promise<(PropertyCompanyRow & { estateId: string })[]> {
    const rows = await this.db
      .select({ company: propertyCompanies, estateId: managementContracts.estateId })
      .from(managementContracts)
      .innerJoin(propertyCompanies, eq(propertyCompanies.id, managementContracts.companyId))
      .where(and(inArray(managementContracts.estateId, estateIds), isNull(managementContracts.endsOn)));
    return rows.map(({ company, estateId }) => ({ ...company, estateId }));
  }
}
