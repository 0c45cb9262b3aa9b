import { type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { insertMissingRows, upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { PartyDatabase } from "./db";
import {
  branchEstates,
  communities,
  counties,
  disputeParties,
  disputes,
  disputeTransitions,
  estates,
  evaluationRecords,
  gridLeaderPosts,
  livingRooms,
  mediationSessions,
  mediators,
  partyBranches,
  partyMemberStars,
  partyMembers,
  practicalProjects,
  problemRoutingRules,
  problems,
  problemTransitions,
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
    await upsertRows(
      tx,
      evaluationRecords,
      county.evaluations.map(({ verifiedOn, ...record }) => ({
        ...record,
        recordedBy: "demo",
        verifiedAt: at(verifiedOn === null ? null : `${verifiedOn}T10:00:00+08:00`),
        verifiedBy: verifiedOn === null ? null : "demo",
      })),
      evaluationRecords.id,
    );
    // Stars are awards of a year: only ever inserted, like the mutation that awards them.
    await insertMissingRows(
      tx,
      partyMemberStars,
      (county.memberStars ?? []).map((star) => ({ ...star, awardedBy: "demo" })),
      partyMemberStars.id,
    );
    await loadCases(tx, county);
  });
}

type Transaction = Parameters<Parameters<PartyDatabase["transaction"]>[0]>[0];
const at = (iso: string | null) => (iso === null ? null : new Date(iso));

/**
 * Problems and disputes with their histories. They are only ever inserted: a record already
 * there keeps the state its own mutations gave it, so a reload never rewrites a history.
 */
async function loadCases(tx: Transaction, county: DemoCounty): Promise<void> {
  await insertMissingRows(
    tx,
    problems,
    county.problems.map(({ history: _history, reportedAt, dueAt, answeredAt, ...problem }) => ({
      ...problem,
      reportedAt: new Date(reportedAt),
      dueAt: new Date(dueAt),
      answeredAt: at(answeredAt),
    })),
    problems.id,
  );
  await insertMissingRows(
    tx,
    problemTransitions,
    county.problems.flatMap((p) =>
      p.history.map((event) => ({
        id: event.id,
        problemId: p.id,
        fromStatus: event.fromStatus as ProblemStatus | null,
        toStatus: event.toStatus as ProblemStatus,
        occurredAt: new Date(event.occurredAt),
      })),
    ),
    problemTransitions.id,
  );
  await insertMissingRows(
    tx,
    disputes,
    county.disputes.map(
      ({ parties: _parties, sessions: _sessions, history: _history, registeredAt, concludedAt, ...dispute }) => ({
        ...dispute,
        registeredAt: new Date(registeredAt),
        concludedAt: at(concludedAt),
      }),
    ),
    disputes.id,
  );
  await insertMissingRows(
    tx,
    disputeParties,
    county.disputes.flatMap((d) => d.parties.map((party) => ({ ...party, disputeId: d.id }))),
    disputeParties.id,
  );
  await insertMissingRows(
    tx,
    mediationSessions,
    county.disputes.flatMap((d) => d.sessions.map((session) => ({ ...session, disputeId: d.id }))),
    mediationSessions.id,
  );
  await insertMissingRows(
    tx,
    disputeTransitions,
    county.disputes.flatMap((d) =>
      d.history.map((event) => ({
        id: event.id,
        disputeId: d.id,
        fromStatus: event.fromStatus as DisputeStatus | null,
        toStatus: event.toStatus as DisputeStatus,
        occurredAt: new Date(event.occurredAt),
      })),
    ),
    disputeTransitions.id,
  );
}

type ProblemStatus = (typeof problems.$inferInsert)["status"] & string;
type DisputeStatus = (typeof disputes.$inferInsert)["status"] & string;

/** The whole demo county (仙游县), this agency's part: what LOAD_DEMO_DATA loads. */
export const loadDemo = (db: PartyDatabase) => loadCounty(db, xianyouCounty());
