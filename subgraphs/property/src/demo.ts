import type { DemoCounty } from "@linli/demo-county";
import { upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PropertyDatabase } from "./db";
import { managementContracts, propertyCompanies } from "./db/schema";

/** True when no property company has been registered yet. */
export async function isEmpty(db: PropertyDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(propertyCompanies);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the property authority's part of a county: companies and their management contracts.
 * Ids are stable, so loading twice updates the same rows instead of adding new ones.
 */
export async function loadCounty(db: PropertyDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(tx, propertyCompanies, county.companies, propertyCompanies.id);
    await upsertRows(tx, managementContracts, county.contracts, managementContracts.id);
  });
}
