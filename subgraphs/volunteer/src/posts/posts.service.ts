import {
  auditedWrite,
  badUserInput,
  codedError,
  conflictOnRaceLost,
  denied,
  uuidInput as id,
  invalidTransition,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  timestampInput,
} from "@linli/service-kit";
import { z } from "zod";
import { explainRefusedTeamWrite, teamScope } from "../activities/activities.service";
import type { VolunteerDatabase } from "../db";
import { claimState, type PostClaimRow, postKind, postSchedule, type ServicePostRow } from "../db/schema";
import { HoursRepository } from "../hours/hours.repository";
import { VolunteersRepository } from "../volunteers/volunteers.repository";
import { type ClaimState, PostsRepository } from "./posts.repository";

const DAY_MS = 24 * 60 * 60 * 1000;

const createInput = z
  .object({
    teamId: id,
    estateId: id,
    kind: z.enum(postKind.enumValues),
    title: z.string().trim().min(1, "must be 1 to 100 characters").max(100, "must be 1 to 100 characters"),
    capacity: z.number().int().min(1, "must be 1 to 1000").max(1000, "must be 1 to 1000"),
    schedule: z.enum(postSchedule.enumValues),
    shiftStartsAt: timestampInput.nullish().transform((value) => (value ? new Date(value) : null)),
    shiftEndsAt: timestampInput.nullish().transform((value) => (value ? new Date(value) : null)),
  })
  .superRefine((input, ctx) => {
    // zod still runs this when a field failed: only judge parsed values.
    const parsed = (value: unknown) => value === null || value instanceof Date;
    if (!parsed(input.shiftStartsAt) || !parsed(input.shiftEndsAt)) return;
    if (input.schedule !== "FIXED_SHIFT") {
      for (const field of ["shiftStartsAt", "shiftEndsAt"] as const) {
        if (input[field]) ctx.addIssue({ code: "custom", path: [field], message: "is only for a FIXED_SHIFT post" });
      }
      return;
    }
    if (!input.shiftStartsAt) {
      ctx.addIssue({ code: "custom", path: ["shiftStartsAt"], message: "is required for a FIXED_SHIFT post" });
      return;
    }
    const length = (input.shiftEndsAt?.getTime() ?? 0) - input.shiftStartsAt.getTime();
    if (!input.shiftEndsAt || length <= 0 || length > DAY_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["shiftEndsAt"],
        message: "must be after `shiftStartsAt` and at most 24 hours later",
      });
    }
  });

const claimInput = z.object({ postId: id, partyMemberId: id.nullish().transform((value) => value ?? null) });
const advanceInput = z.object({
  claimId: id,
  to: z.enum(claimState.enumValues),
  minutes: z
    .number()
    .int()
    .min(1, "must be 1 to 1440")
    .max(1440, "must be 1 to 1440")
    .nullish()
    .transform((value) => value ?? null),
});

/** 认领状态机 — the moves a claim may make; REJECTED, COMPLETED and NOT_COMPLETED are final. */
export const CLAIM_TRANSITIONS: Record<ClaimState, readonly ClaimState[]> = {
  CLAIMED: ["ACCEPTED", "REJECTED"],
  ACCEPTED: ["COMPLETED", "NOT_COMPLETED"],
  REJECTED: [],
  COMPLETED: [],
  NOT_COMPLETED: [],
};

const CLAIM_CONFLICTS = {
  post_claims_one_live_per_member: "You already hold a live claim of this post.",
  post_claims_no_overlapping_shifts: "This shift overlaps another post you hold.",
};

/** 设置服务岗位: inserts a post only for a team within the caller's scope that serves the estate. */
export async function createServicePost(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<ServicePostRow> {
  const values = parseInput(createInput, input);
  const scope = teamScope(meta);
  return auditedWrite(db, meta, { action: "createServicePost", entityType: "ServicePost" }, async (tx) => {
    const created = await new PostsRepository(tx).insertWithin(values, scope);
    if (!created) await explainRefusedTeamWrite(tx, meta, scope, values.teamId);
    return { entityId: created!.id, before: null, after: created, result: created! };
  });
}

/**
 * 认领岗位: the caller claims a post of their own estate as the party member they are registered
 * as, or (staff) claims a post of their team for a registered member. The post is locked so that its capacity holds under concurrent claims; PostgreSQL refuses a
 * second live claim and an overlapping fixed shift.
 */
export async function claimServicePost(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PostClaimRow> {
  const { postId, partyMemberId } = parseInput(claimInput, input);
  const subject = meta.caller.subject;
  if (!subject) throw denied(meta.caller);
  return conflictOnRaceLost(CLAIM_CONFLICTS, () =>
    auditedWrite(db, meta, { action: "claimServicePost", entityType: "PostClaim" }, async (tx) => {
      const posts = new PostsRepository(tx);
      const post = await posts.lockById(postId);
      if (!post) throw notFound("No service post has this id.");
      const volunteers = new VolunteersRepository(tx);
      // For someone else (代认领): the member must be registered; for oneself: the caller must be.
      const volunteer = partyMemberId
        ? await volunteers.lockByPartyMember(partyMemberId)
        : await volunteers.lockBySubject(subject);
      if (partyMemberId && !volunteer) throw notFound("No volunteer is registered as this party member.");
      if (!volunteer?.partyMemberId) {
        throw codedError("FORBIDDEN", "Only a volunteer registered as a party member can claim a service post.");
      }
      const claim = await posts.insertClaimWithin(
        postId,
        { volunteerId: volunteer.id, memberId: volunteer.partyMemberId },
        partyMemberId ? { staff: teamScope(meta) } : { residentEstateIds: scopeIds(meta.caller, "resident") },
      );
      if (!claim) throw denied(meta.caller);
      if ((await posts.liveClaims(postId)) > post.capacity) throw codedError("CONFLICT", "This post is full.");
      await posts.recordEvent(claim.id, null, "CLAIMED", subject);
      return { entityId: claim.id, before: null, after: claim, result: claim };
    }),
  );
}

/**
 * 审核岗位认领: one move of the claim state machine, scoped to the post's team; completing a claim
 * appends its service hours.
 */
export async function advanceServicePostClaim(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PostClaimRow> {
  const { claimId, to, minutes } = parseInput(advanceInput, input);
  return auditedWrite(db, meta, { action: "advanceServicePostClaim", entityType: "PostClaim" }, async (tx) => {
    const posts = new PostsRepository(tx);
    const claim = await posts.lockClaim(claimId);
    if (!claim) throw notFound("No post claim has this id.");
    if (!CLAIM_TRANSITIONS[claim.state].includes(to))
      throw invalidTransition(`A post claim cannot move from ${claim.state} to ${to}.`, { from: claim.state, to });
    const moved = await posts.moveWithin(claimId, claim.state, to, teamScope(meta));
    if (!moved) throw denied(meta.caller);
    const [post] = await posts.byIds([claim.postId]);
    if (!post) throw new Error("dangling reference: a claim names no post");
    const fixed = post.schedule === "FIXED_SHIFT";
    if (to === "COMPLETED" && !fixed && minutes === null) {
      throw badUserInput("`minutes` is required to complete a claim of a post without a fixed shift.", {
        argumentName: "input",
        field: "minutes",
      });
    }
    if ((to !== "COMPLETED" || fixed) && minutes !== null) {
      throw badUserInput("`minutes` is only given to complete a claim of a post without a fixed shift.", {
        argumentName: "input",
        field: "minutes",
      });
    }
    await posts.recordEvent(claimId, claim.state, to, meta.caller.subject);
    let entryId: string | null = null;
    if (to === "COMPLETED") {
      const shift = fixed && post.shiftStartsAt && post.shiftEndsAt ? [post.shiftStartsAt, post.shiftEndsAt] : null;
      const entry = await new HoursRepository(tx).insertEntry({
        volunteerId: claim.volunteerId,
        teamId: post.teamId,
        estateId: post.estateId,
        servedAt: shift ? shift[0]! : new Date(),
        minutes: shift ? Math.round((shift[1]!.getTime() - shift[0]!.getTime()) / 60_000) : (minutes as number),
        source: "POST_COMPLETED",
        claimId,
        recordedBy: meta.caller.subject,
      });
      entryId = entry.id;
    }
    return { entityId: claimId, before: claim, after: { ...moved, serviceHourEntryId: entryId }, result: moved };
  });
}
