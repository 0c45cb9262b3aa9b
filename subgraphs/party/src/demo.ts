import type { DemoCounty } from "@linli/demo-county";
import { upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "./db";
import { branchEstates, communities, counties, estates, partyBranches, partyMembers, subdistricts } from "./db/schema";

/** True when no place has been registered yet. */
export async function isEmpty(db: PartyDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(counties);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the party registry's part of a county. Ids are stable, so loading twice updates the
 * same rows instead of adding new ones.
 */
export async function loadCounty(db: PartyDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(tx, counties, [county.county], counties.id);
    await upsertRows(
      tx,
      subdistricts,
      county.subdistricts.map((s) => ({ ...s, countyId: county.county.id })),
      subdistricts.id,
    );
    await upsertRows(tx, communities, county.communities, communities.id);
    await upsertRows(tx, estates, county.estates, estates.id);
    await upsertRows(
      tx,
      partyBranches,
      county.branches.map(({ estateIds: _estateIds, ...branch }) => branch),
      partyBranches.id,
    );
    const coverage = county.branches.flatMap((b) => b.estateIds.map((estateId) => ({ branchId: b.id, estateId })));
    // An estate is covered by one branch at a time: a reload may move it to another branch.
    await upsertRows(tx, branchEstates, coverage, branchEstates.estateId);
    await upsertRows(tx, partyMembers, county.members, partyMembers.id);
  });
}
