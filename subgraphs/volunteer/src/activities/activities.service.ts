import {
  auditedWrite,
  badUserInput,
  conflictOnRaceLost,
  denied,
  uuidInput as id,
  invalidTransition,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  timestampInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import { type ActivityRow, activityKind, type SignUpRow } from "../db/schema";
import { HoursRepository } from "../hours/hours.repository";
import { TeamsRepository } from "../teams/teams.repository";
import { VolunteersRepository } from "../volunteers/volunteers.repository";
import { ActivitiesRepository, type SignUpState, type TeamScope } from "./activities.repository";

const personName = z.string().trim().min(1, "must be 1 to 50 characters").max(50, "must be 1 to 50 characters");
const DAY_MS = 24 * 60 * 60 * 1000;

const createInput = z
  .object({
    teamId: id,
    estateId: id,
    title: z.string().trim().min(1, "must be 1 to 100 characters").max(100, "must be 1 to 100 characters"),
    kind: z.enum(activityKind.enumValues),
    startsAt: timestampInput.transform((value) => new Date(value)),
    endsAt: timestampInput.transform((value) => new Date(value)),
    placeId: id.nullish().transform((value) => value ?? null),
    capacity: z.number().int().min(1, "must be 1 to 10000").max(10_000, "must be 1 to 10000"),
  })
  .superRefine((input, ctx) => {
    // zod still runs this when a field failed: only compare two parsed timestamps.
    if (!(input.startsAt instanceof Date) || !(input.endsAt instanceof Date)) return;
    const length = input.endsAt.getTime() - input.startsAt.getTime();
    if (length <= 0 || length > DAY_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "must be after `startsAt` and at most 24 hours later",
      });
    }
  });

const signUpInput = z.object({
  activityId: id,
  name: personName,
  walkIn: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});
const signUpRef = z.object({ signUpId: id });

/**
 * 报名状态机 — the moves a sign-up may make. Promotion (WAITLISTED → SIGNED_UP) happens only when a
 * place frees up; CHECKED_IN and CANCELLED are final.
 */
export const SIGN_UP_TRANSITIONS: Record<SignUpState, readonly SignUpState[]> = {
  SIGNED_UP: ["CHECKED_IN", "CANCELLED"],
  WAITLISTED: ["SIGNED_UP", "CANCELLED"],
  CHECKED_IN: [],
  CANCELLED: [],
};

function assertMove(from: SignUpState, to: SignUpState) {
  if (!SIGN_UP_TRANSITIONS[from].includes(to))
    throw invalidTransition(`A sign-up cannot move from ${from} to ${to}.`, { from, to });
}

/** The teams whose activities, posts and hours a caller manages: their lead grants, or all for an admin. */
export function teamScope(meta: RequestMeta): TeamScope {
  return { teamIds: scopeIds(meta.caller, "volunteer_lead"), isAdmin: isAgencyAdmin(meta.caller, "volunteer") };
}

const SIGN_UP_CONFLICTS = {
  activity_sign_ups_one_live_per_person: "You have already signed up for this activity.",
};

/**
 * 发布志愿活动: validates the activity, inserts it only for a team within the caller's scope that
 * serves the estate, and audits it in the same transaction.
 */
export async function createActivity(db: VolunteerDatabase, meta: RequestMeta, input: unknown): Promise<ActivityRow> {
  const values = parseInput(createInput, input);
  const scope = teamScope(meta);
  return auditedWrite(db, meta, { action: "createActivity", entityType: "Activity" }, async (tx) => {
    const created = await new ActivitiesRepository(tx).insertWithin(values, scope);
    if (!created) await explainRefusedTeamWrite(tx, meta, scope, values.teamId);
    return { entityId: created!.id, before: null, after: created, result: created! };
  });
}

/** Why an INSERT scoped to a team serving an estate wrote nothing: no team, not the caller's, or not served. */
export async function explainRefusedTeamWrite(
  tx: VolunteerDatabase,
  meta: RequestMeta,
  scope: TeamScope,
  teamId: string,
): Promise<never> {
  const [team] = await new TeamsRepository(tx).byIds([teamId]);
  if (!team) throw notFound("No volunteer team has this id.");
  if (!scope.isAdmin && !scope.teamIds.includes(teamId)) throw denied(meta.caller);
  throw badUserInput("`estateId` is not an estate this team serves.", { argumentName: "input", field: "estateId" });
}

/**
 * 活动报名: the caller signs themselves up (or, as staff, a walk-in). The activity row is locked
 * first, so concurrent sign-ups are counted one after another: within capacity SIGNED_UP, beyond
 * it WAITLISTED.
 */
export async function signUpForActivity(db: VolunteerDatabase, meta: RequestMeta, input: unknown): Promise<SignUpRow> {
  const { activityId, name, walkIn } = parseInput(signUpInput, input);
  const subject = meta.caller.subject;
  if (!subject) throw denied(meta.caller);
  return conflictOnRaceLost(SIGN_UP_CONFLICTS, () =>
    auditedWrite(db, meta, { action: "signUpForActivity", entityType: "ActivitySignUp" }, async (tx) => {
      const activities = new ActivitiesRepository(tx);
      const activity = await activities.lockById(activityId);
      if (!activity) throw notFound("No activity has this id.");
      const volunteers = new VolunteersRepository(tx);
      // A walk-in is a new volunteer without a sign-in; a resident is found again by their subject.
      const volunteer = walkIn
        ? await volunteers.insertWalkIn(name)
        : await volunteers.findOrCreateBySubject(subject, name);
      const state: SignUpState =
        (await activities.placesTaken(activityId)) < activity.capacity ? "SIGNED_UP" : "WAITLISTED";
      const signUp = await activities.insertSignUpWithin(
        activityId,
        volunteer.id,
        state,
        walkIn ? { staff: teamScope(meta) } : { residentEstateIds: scopeIds(meta.caller, "resident") },
      );
      if (!signUp) throw denied(meta.caller);
      await activities.recordEvent(signUp.id, null, state, subject);
      return { entityId: signUp.id, before: null, after: signUp, result: signUp };
    }),
  );
}

/** Locks the sign-up's activity, then the sign-up (always in this order: no deadlock with sign-ups). */
async function lockSignUpAndActivity(activities: ActivitiesRepository, signUpId: string) {
  const [found] = await activities.signUpsByIds([signUpId]);
  if (!found) throw notFound("No sign-up has this id.");
  const activity = await activities.lockById(found.activityId);
  const signUp = await activities.lockSignUp(signUpId);
  if (!activity || !signUp) throw notFound("No sign-up has this id.");
  return { activity, signUp };
}

/**
 * 取消报名: cancels a sign-up of the caller's own, or of an activity the caller manages. A place
 * freed by a SIGNED_UP cancellation goes to the first person waiting, in the same transaction.
 */
export async function cancelActivitySignUp(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<{ cancelled: SignUpRow; promoted: SignUpRow | null }> {
  const { signUpId } = parseInput(signUpRef, input);
  const actor = meta.caller.subject;
  return auditedWrite(db, meta, { action: "cancelActivitySignUp", entityType: "ActivitySignUp" }, async (tx) => {
    const activities = new ActivitiesRepository(tx);
    const { activity, signUp } = await lockSignUpAndActivity(activities, signUpId);
    assertMove(signUp.state, "CANCELLED");
    const cancelled = await activities.moveWithin(signUpId, signUp.state, "CANCELLED", {
      ...teamScope(meta),
      subject: actor,
    });
    if (!cancelled) throw denied(meta.caller);
    await activities.recordEvent(signUpId, signUp.state, "CANCELLED", actor);
    let promoted: SignUpRow | null = null;
    if (signUp.state === "SIGNED_UP" && (await activities.placesTaken(activity.id)) < activity.capacity) {
      const waiting = await activities.lockFirstWaiting(activity.id);
      if (waiting) {
        promoted = await activities.moveWithin(waiting.id, "WAITLISTED", "SIGNED_UP", {
          teamIds: [],
          isAdmin: true,
          subject: null,
        });
        await activities.recordEvent(waiting.id, "WAITLISTED", "SIGNED_UP", actor);
      }
    }
    return {
      entityId: signUpId,
      before: signUp,
      after: { ...cancelled, promotedSignUpId: promoted?.id ?? null },
      result: { cancelled, promoted },
    };
  });
}

/** 活动签到: checks a SIGNED_UP person in and records the activity's length as their service hours. */
export async function checkInActivitySignUp(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<SignUpRow> {
  const { signUpId } = parseInput(signUpRef, input);
  return auditedWrite(db, meta, { action: "checkInActivitySignUp", entityType: "ActivitySignUp" }, async (tx) => {
    const activities = new ActivitiesRepository(tx);
    const { activity, signUp } = await lockSignUpAndActivity(activities, signUpId);
    assertMove(signUp.state, "CHECKED_IN");
    // Only the team's lead or an administrator: the person themselves cannot check in.
    const checkedIn = await activities.moveWithin(signUpId, signUp.state, "CHECKED_IN", {
      ...teamScope(meta),
      subject: null,
    });
    if (!checkedIn) throw denied(meta.caller);
    await activities.recordEvent(signUpId, signUp.state, "CHECKED_IN", meta.caller.subject);
    const entry = await new HoursRepository(tx).insertEntry({
      volunteerId: signUp.volunteerId,
      teamId: activity.teamId,
      estateId: activity.estateId,
      servedAt: activity.startsAt,
      minutes: Math.round((activity.endsAt.getTime() - activity.startsAt.getTime()) / 60_000),
      source: "ACTIVITY_CHECK_IN",
      signUpId,
      recordedBy: meta.caller.subject,
    });
    return {
      entityId: signUpId,
      before: signUp,
      after: { ...checkedIn, serviceHourEntryId: entry.id },
      result: checkedIn,
    };
  });
}
