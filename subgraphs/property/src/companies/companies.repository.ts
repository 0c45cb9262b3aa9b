import { type Connection, type PageArgs, type PageRequest, pageRequest, toConnection } from "@linli/service-kit";
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import { managementContracts, type PropertyCompanyRow, propertyCompanies } from "../db/schema";

/** Companies are listed by name, then id: the cursor is that pair. */
export const companySortKey = (row: PropertyCompanyRow): string[] => [row.name, row.id];

const afterCompany = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${propertyCompanies.name}, ${propertyCompanies.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`
    : undefined;

/** SQL for property service companies. */
export class CompaniesRepository {
  constructor(private readonly db: PropertyDatabase) {}

  byIds(ids: string[]): Promise<PropertyCompanyRow[]> {
    return this.db.select().from(propertyCompanies).where(inArray(propertyCompanies.id, ids));
  }

  /** One page of companies in name order. */
  async page(args: PageArgs): Promise<Connection<PropertyCompanyRow>> {
    const page = pageRequest(args, 2);
    const rows = await this.db
      .select()
      .from(propertyCompanies)
      .where(afterCompany(page))
      .orderBy(asc(propertyCompanies.name), asc(propertyCompanies.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, companySortKey);
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
