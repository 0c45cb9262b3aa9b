import type { DemoCounty } from "@linli/demo-county";
import { inChunks } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "./db";
import { branchEstates, communities, counties, estates, partyBranches, subdistricts } from "./db/schema";

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
    await tx
      .insert(counties)
      .values(county.county)
      .onConflictDoUpdate({ target: counties.id, set: { name: sql`excluded.name` } });
    for (const chunk of inChunks(county.subdistricts)) {
      await tx
        .insert(subdistricts)
        .values(chunk.map((s) => ({ ...s, countyId: county.county.id })))
        .onConflictDoUpdate({ target: subdistricts.id, set: { name: sql`excluded.name`, kind: sql`excluded.kind` } });
    }
    for (const chunk of inChunks(county.communities)) {
      await tx
        .insert(communities)
        .values(chunk)
        .onConflictDoUpdate({
          target: communities.id,
          set: { name: sql`excluded.name`, subdistrictId: sql`excluded.subdistrict_id` },
        });
    }
    for (const chunk of inChunks(county.estates)) {
      await tx
        .insert(estates)
        .values(chunk)
        .onConflictDoUpdate({
          target: estates.id,
          set: {
            communityId: sql`excluded.community_id`,
            name: sql`excluded.name`,
            type: sql`excluded.type`,
            resettlement: sql`excluded.resettlement`,
            households: sql`excluded.households`,
            address: sql`excluded.address`,
            governanceModel: sql`excluded.governance_model`,
          },
        });
    }
    for (const chunk of inChunks(county.branches)) {
      await tx
        .insert(partyBranches)
        .values(chunk.map(({ estateIds: _estateIds, ...branch }) => branch))
        .onConflictDoUpdate({
          target: partyBranches.id,
          set: {
            name: sql`excluded.name`,
            formation: sql`excluded.formation`,
            stage: sql`excluded.stage`,
            foundedOn: sql`excluded.founded_on`,
          },
        });
    }
    const coverage = county.branches.flatMap((b) => b.estateIds.map((estateId) => ({ branchId: b.id, estateId })));
    for (const chunk of inChunks(coverage)) {
      await tx
        .insert(branchEstates)
        .values(chunk)
        .onConflictDoUpdate({ target: branchEstates.estateId, set: { branchId: sql`excluded.branch_id` } });
    }
  });
}
