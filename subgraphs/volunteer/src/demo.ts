import { type DemoCounty, demoId, xianyouCounty } from "@linli/demo-county";
import { insertMissingRows, upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { VolunteerDatabase } from "./db";
import {
  activities,
  activitySignUpEvents,
  activitySignUps,
  postClaimEvents,
  postClaims,
  redProxyItems,
  serviceHourEntries,
  servicePosts,
  teamEstates,
  teamMemberships,
  volunteers,
  volunteerTeams,
} from "./db/schema";

/** True when no volunteer team has been registered yet. */
export async function isEmpty(db: VolunteerDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(volunteerTeams);
  return (row?.count ?? 0) === 0;
}

type SignUpState = DemoCounty["activities"][number]["signUps"][number]["state"];
type ClaimState = DemoCounty["servicePosts"][number]["claims"][number]["state"];

/** The moves that lead to a demo record's state, as the state machines would have made them. */
const SIGN_UP_PATHS: Record<SignUpState, SignUpState[]> = {
  SIGNED_UP: ["SIGNED_UP"],
  WAITLISTED: ["WAITLISTED"],
  CHECKED_IN: ["SIGNED_UP", "CHECKED_IN"],
  CANCELLED: ["SIGNED_UP", "CANCELLED"],
};
const CLAIM_PATHS: Record<ClaimState, ClaimState[]> = {
  CLAIMED: ["CLAIMED"],
  ACCEPTED: ["CLAIMED", "ACCEPTED"],
  REJECTED: ["CLAIMED", "REJECTED"],
  COMPLETED: ["CLAIMED", "ACCEPTED", "COMPLETED"],
  NOT_COMPLETED: ["CLAIMED", "ACCEPTED", "NOT_COMPLETED"],
};

function historyOf<S extends string>(id: string, path: S[]) {
  return path.map((to, i) => ({
    id: demoId("historyEvent", `${id}/${i}`),
    from: i === 0 ? null : (path[i - 1] as S),
    to,
  }));
}

/**
 * Loads the volunteer services' part of a county: teams and the estates they serve, volunteers,
 * the teams' rosters, activities and sign-ups, service posts and claims with their histories, service hours, and the
 * red proxy desk's catalogue.
 * Ids are stable, so loading twice updates the same rows instead of adding new ones; the
 * append-only rows (hours, histories) are only ever inserted, never updated.
 */
export async function loadCounty(db: VolunteerDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(
      tx,
      volunteerTeams,
      county.teams.map(({ estateIds: _estateIds, ...team }) => team),
      volunteerTeams.id,
    );
    const service = county.teams.flatMap((t) => t.estateIds.map((estateId) => ({ teamId: t.id, estateId })));
    // The pair is the whole row: a pair already there has nothing to update.
    await upsertRows(tx, teamEstates, service, [teamEstates.teamId, teamEstates.estateId]);
    await upsertRows(tx, volunteers, county.volunteers, volunteers.id);
    await upsertRows(tx, teamMemberships, county.teamMemberships ?? [], teamMemberships.id);
    await upsertRows(
      tx,
      activities,
      county.activities.map(({ signUps: _signUps, startsAt, endsAt, ...activity }) => ({
        ...activity,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
      })),
      activities.id,
    );
    const signUps = county.activities.flatMap((a) => a.signUps.map((s) => ({ ...s, activityId: a.id })));
    await upsertRows(tx, activitySignUps, signUps, activitySignUps.id);
    // Append-only rows: inserted when missing, never updated (the database would refuse).
    await insertMissingRows(
      tx,
      activitySignUpEvents,
      signUps.flatMap((s) =>
        historyOf(s.id, SIGN_UP_PATHS[s.state]).map((e) => ({
          id: e.id,
          signUpId: s.id,
          fromState: e.from,
          toState: e.to,
          actor: null,
        })),
      ),
      activitySignUpEvents.id,
    );
    await upsertRows(
      tx,
      servicePosts,
      county.servicePosts.map(({ claims: _claims, shiftStartsAt, shiftEndsAt, ...post }) => ({
        ...post,
        shiftStartsAt: shiftStartsAt ? new Date(shiftStartsAt) : null,
        shiftEndsAt: shiftEndsAt ? new Date(shiftEndsAt) : null,
      })),
      servicePosts.id,
    );
    const claims = county.servicePosts.flatMap((p) =>
      p.claims.map((c) => ({
        ...c,
        postId: p.id,
        shiftStartsAt: p.shiftStartsAt ? new Date(p.shiftStartsAt) : null,
        shiftEndsAt: p.shiftEndsAt ? new Date(p.shiftEndsAt) : null,
      })),
    );
    await upsertRows(tx, postClaims, claims, postClaims.id);
    await insertMissingRows(
      tx,
      postClaimEvents,
      claims.flatMap((c) =>
        historyOf(c.id, CLAIM_PATHS[c.state]).map((e) => ({
          id: e.id,
          claimId: c.id,
          fromState: e.from,
          toState: e.to,
          actor: null,
        })),
      ),
      postClaimEvents.id,
    );
    await insertMissingRows(
      tx,
      serviceHourEntries,
      county.serviceHours.map((entry) => ({ ...entry, recordedBy: null })),
      serviceHourEntries.id,
    );
    await upsertRows(tx, redProxyItems, county.redProxyItems, redProxyItems.id);
  });
}

/** The whole demo county (仙游县), this agency's part: what LOAD_DEMO_DATA loads. */
export const loadDemo = (db: VolunteerDatabase) => loadCounty(db, xianyouCounty());
