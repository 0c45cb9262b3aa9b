import { type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { insertMissingRows, upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PropertyDatabase } from "./db";
import {
  companyStaff,
  ledgerEntries,
  managementContracts,
  ownersCommitteeMembers,
  ownersCommittees,
  propertyCompanies,
  propertyServiceItems,
  selfGovernanceCouncils,
} from "./db/schema";

/** True when no property company has been registered yet. */
export async function isEmpty(db: PropertyDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(propertyCompanies);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the property authority's part of a county: companies, their management contracts,
 * service items and staff, owners' committees with their seats, and self-governance councils with their
 * ledgers. Ids are stable, so loading twice updates the same rows instead of adding new ones.
 * Ledger entries and committee seats are history the database refuses to change: they are only
 * ever inserted (an entry already there is left as it is).
 */
export async function loadCounty(db: PropertyDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(tx, propertyCompanies, county.companies, propertyCompanies.id);
    await upsertRows(tx, managementContracts, county.contracts, managementContracts.id);
    await upsertRows(tx, propertyServiceItems, county.serviceItems, propertyServiceItems.id);
    await upsertRows(tx, companyStaff, county.companyStaff, companyStaff.id);
    await upsertRows(
      tx,
      ownersCommittees,
      county.ownersCommittees.map(({ seats: _seats, ...term }) => term),
      ownersCommittees.id,
    );
    const seats = county.ownersCommittees.flatMap((term) =>
      term.seats.map((seat) => ({ ...seat, committeeId: term.id })),
    );
    await insertMissingRows(tx, ownersCommitteeMembers, seats, ownersCommitteeMembers.id);
    await upsertRows(tx, selfGovernanceCouncils, county.councils, selfGovernanceCouncils.id);
    // Corrections name earlier entries: insert in the listed order, which puts the corrected first.
    await insertMissingRows(tx, ledgerEntries, county.ledgerEntries, ledgerEntries.id);
  });
}

/** The whole demo county (仙游县), this agency's part: what LOAD_DEMO_DATA loads. */
export const loadDemo = (db: PropertyDatabase) => loadCounty(db, xianyouCounty());
