import type { DemoCounty } from "@linli/demo-county";
import { upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "./db";
import {
  branchEstates,
  communities,
  counties,
  estates,
  gridLeaderPosts,
  livingRooms,
  mediators,
  partyBranches,
  partyMembers,
  practicalProjects,
  problemRoutingRules,
  subdistricts,
} from "./db/schema";

/** True when no place has been registered yet. */
export async function isEmpty(db: PartyDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(counties);
  return (row?.count ?? 0) === 0;
}

const REACHED = {
  NEW: [],
  COVERED: ["COVERED"],
  MATURE: ["COVERED", "MATURE"],
  ESTABLISHED: ["COVERED", "MATURE", "ESTABLISHED"],
} as const;

/**
 * A demo branch's stage dates: the sample knows only when each branch was founded, so that date
 * stands in for every stage it has reached.
 */
function stageDates(branch: DemoCounty["branches"][number]) {
  const reached: readonly string[] = REACHED[branch.stage];
  return {
    coveredOn: reached.includes("COVERED") ? branch.foundedOn : null,
    maturedOn: reached.includes("MATURE") ? branch.foundedOn : null,
    establishedOn: reached.includes("ESTABLISHED") ? branch.foundedOn : null,
  };
}

/**
 * Loads the party registry's part of a county. Ids are stable, so loading twice updates the
 * same rows instead of adding new ones.
 */
export async function loadCounty(db: PartyDatabase, county: DemoCounty): Promise<void> {
  const workCoveredOn = new Map(county.workCoverage.map((c) => [c.estateId, c.since]));
  const workUnitOf = new Map(county.workUnits.map((w) => [w.memberId, w.unitId]));
  const secretaryOf = new Map(county.secretaries.map((s) => [s.branchId, s]));
  const branchRows = (withSecretaries: boolean) =>
    county.branches.map(({ estateIds: _estateIds, ...branch }) => {
      const secretary = withSecretaries ? secretaryOf.get(branch.id) : undefined;
      return {
        ...branch,
        ...stageDates({ ...branch, estateIds: [] }),
        secretaryMemberId: secretary?.memberId ?? null,
        secretaryBackground: secretary?.background ?? null,
      };
    });
  await db.transaction(async (tx) => {
    await upsertRows(tx, counties, [county.county], counties.id);
    await upsertRows(
      tx,
      subdistricts,
      county.subdistricts.map((s) => ({ ...s, countyId: county.county.id })),
      subdistricts.id,
    );
    await upsertRows(tx, communities, county.communities, communities.id);
    await upsertRows(
      tx,
      estates,
      county.estates.map((e) => ({ ...e, workCoveredOn: workCoveredOn.get(e.id) ?? null })),
      estates.id,
    );
    // Branches first without their secretaries (members refer to branches), then with them.
    await upsertRows(tx, partyBranches, branchRows(false), partyBranches.id);
    const coverage = county.branches.flatMap((b) => b.estateIds.map((estateId) => ({ branchId: b.id, estateId })));
    // An estate is covered by one branch at a time: a reload may move it to another branch.
    await upsertRows(tx, branchEstates, coverage, branchEstates.estateId);
    await upsertRows(
      tx,
      partyMembers,
      county.members.map((m) => ({ ...m, workUnitId: workUnitOf.get(m.id) ?? null })),
      partyMembers.id,
    );
    await upsertRows(tx, partyBranches, branchRows(true), partyBranches.id);
    await upsertRows(tx, gridLeaderPosts, county.gridPosts, gridLeaderPosts.id);
    await upsertRows(tx, livingRooms, county.livingRooms, livingRooms.id);
    await upsertRows(tx, mediators, county.mediators, mediators.id);
    await upsertRows(tx, problemRoutingRules, county.routingRules, problemRoutingRules.id);
    // Demo projects are loaded in their current state; only projects moved through the mutations have a history.
    await upsertRows(tx, practicalProjects, county.practicalProjects, practicalProjects.id);
  });
}
