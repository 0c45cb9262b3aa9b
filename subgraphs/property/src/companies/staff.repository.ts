import { nextVersion } from "@linli/service-kit";
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { PropertyDatabase } from "../db";
import { type CompanyStaffRow, companyStaff, type PropertyCompanyRow, propertyCompanies } from "../db/schema";
import type { CompanyWriteScope } from "./companies.repository";

/** 红色物业 of one company, as one batch computes it. */
export interface RedPropertyRow {
  companyId: string;
  red: boolean;
}

/** A staff member to add; `partyMemberId` is the party subgraph's key, or null. */
export interface NewStaff {
  companyId: string;
  name: string;
  position: string;
  partyMemberId: string | null;
}

/** The ownership test of a company-scoped write: the caller's own companies, or every one for an administrator. */
const companyWithin = (companyId: AnyPgColumn, scope: CompanyWriteScope): SQL =>
  or(sql`${companyId} = any(${sql.param([...scope.companyIds])}::uuid[])`, sql`${sql.param(scope.isAdmin)}::boolean`)!;

/** SQL for a company's staff (员工), its own party branch and the 红色物业 fact derived from both. */
/**
 * 红色物业 — the company (the row `company` names in the query) has a party branch of its own or a
 * party member on its staff. One definition for the company's flag and the dashboards' count.
 */
export const redProperty = (company: string) =>
  sql.raw(`(${company}.party_branch_id is not null or exists (
    select 1 from company_staff
    where company_staff.company_id = ${company}.id and company_staff.party_member_id is not null
  ))`);

export class StaffRepository {
  constructor(private readonly db: PropertyDatabase) {}

  /** The staff of each company, by name. */
  byCompanyIds(companyIds: string[]): Promise<CompanyStaffRow[]> {
    return this.db
      .select()
      .from(companyStaff)
      .where(inArray(companyStaff.companyId, companyIds))
      .orderBy(asc(companyStaff.name), asc(companyStaff.id));
  }

  /**
   * 红色物业 for a batch of companies in one statement: red when the company has its own party
   * branch or at least one staff member who is a party member. Never stored, always derived.
   */
  redByCompanyIds(companyIds: string[]): Promise<RedPropertyRow[]> {
    return this.db
      .select({
        companyId: propertyCompanies.id,
        // Qualified by hand: drizzle leaves a column in a select's sql fragment unqualified.
        red: sql<boolean>`${redProperty("property_companies")}`,
      })
      .from(propertyCompanies)
      .where(inArray(propertyCompanies.id, companyIds));
  }

  /** One staff row, locked until the end of the transaction; null when there is none. */
  async lockById(id: string): Promise<CompanyStaffRow | null> {
    const [row] = await this.db.select().from(companyStaff).where(eq(companyStaff.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Adds a staff member only to a company `scope` covers: the INSERT selects its company row
   * through the ownership test, so no row is written for another company. Null when nothing
   * was inserted (no such company, or not the caller's).
   */
  async insertWithin(staff: NewStaff, scope: CompanyWriteScope): Promise<CompanyStaffRow | null> {
    const [row] = await this.db
      .insert(companyStaff)
      .select(
        this.db
          // Every column in the table's order, as INSERT … SELECT requires.
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            companyId: propertyCompanies.id,
            name: sql<string>`${staff.name}`.as("name"),
            position: sql<string>`${staff.position}`.as("position"),
            partyMemberId: sql<string | null>`${staff.partyMemberId}::uuid`.as("party_member_id"),
            createdAt: sql<Date>`now()`.as("created_at"),
          })
          .from(propertyCompanies)
          .where(and(eq(propertyCompanies.id, staff.companyId), companyWithin(propertyCompanies.id, scope))),
      )
      .returning();
    return row ?? null;
  }

  /** Removes one staff row only when `scope` covers its company; null when nothing was deleted. */
  async deleteWithin(id: string, scope: CompanyWriteScope): Promise<CompanyStaffRow | null> {
    const [row] = await this.db
      .delete(companyStaff)
      .where(and(eq(companyStaff.id, id), companyWithin(companyStaff.companyId, scope)))
      .returning();
    return row ?? null;
  }

  /** Records the company's own party branch (or clears it), for a property administrator only. */
  async setPartyBranchWithin(
    companyId: string,
    partyBranchId: string | null,
    isAdmin: boolean,
  ): Promise<PropertyCompanyRow | null> {
    const [row] = await this.db
      .update(propertyCompanies)
      .set({ partyBranchId, version: nextVersion(propertyCompanies.version) })
      .where(and(eq(propertyCompanies.id, companyId), sql`${sql.param(isAdmin)}::boolean`))
      .returning();
    return row ?? null;
  }
}
