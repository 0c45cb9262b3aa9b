import { randomUUID } from "node:crypto";
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
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type DeliberationMeetingRow, deliberationParticipantKind, type HouseRuleRow } from "../db/schema";
import { pastDay } from "../inputs";
import { estateScope } from "../scope";
import { type BallotView, DeliberationRepository, type HouseRuleStatus } from "./deliberation.repository";

/** 家规家训的状态机 — forward only: PROPOSED → VOTING → ADOPTED | REJECTED. Anything else is INVALID_TRANSITION. */
export const HOUSE_RULE_TRANSITIONS: Readonly<Record<HouseRuleStatus, readonly HouseRuleStatus[]>> = {
  PROPOSED: ["VOTING"],
  VOTING: ["ADOPTED", "REJECTED"],
  ADOPTED: [],
  REJECTED: [],
};

const REFERENCED = new Set(["PARTY_BRANCH", "PROPERTY_COMPANY", "IN_SERVICE_MEMBER"]);

const participant = z
  .object({ kind: z.enum(deliberationParticipantKind.enumValues), id: id.nullish(), name: textInput(100).nullish() })
  .superRefine((value, ctx) => {
    if (REFERENCED.has(value.kind)) {
      if (!value.id) ctx.addIssue({ code: "custom", path: ["id"], message: `is needed for ${value.kind}` });
      if (value.name) ctx.addIssue({ code: "custom", path: ["name"], message: `must be omitted for ${value.kind}` });
    } else {
      if (!value.name) ctx.addIssue({ code: "custom", path: ["name"], message: `is needed for ${value.kind}` });
      if (value.id) ctx.addIssue({ code: "custom", path: ["id"], message: `must be omitted for ${value.kind}` });
    }
  })
  .transform((value) => ({ kind: value.kind, id: value.id ?? null, name: value.name ?? null }));

const meetingInput = z.object({
  estateId: id,
  livingRoomId: id.nullish(),
  heldOn: pastDay,
  topic: textInput(200),
  participants: z
    .array(participant)
    .min(2, "must name 2 to 50 participants")
    .max(50, "must name 2 to 50 participants")
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((p, index) => {
        const key = `${p.kind}:${p.id ?? p.name}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index], message: "names a participant twice" });
        seen.add(key);
      });
    }),
  minutes: textInput(10000),
  decisions: z.array(textInput(500)).max(20, "must be at most 20"),
});

const fraction = (least: number) =>
  z
    .object({
      numerator: z.number().int("must be a whole number").min(least, `must be at least ${least}`),
      denominator: z.number().int("must be a whole number").min(1, "must be 1 to 100").max(100, "must be 1 to 100"),
    })
    .refine((f) => f.numerator <= f.denominator, { path: ["numerator"], message: "must not exceed the denominator" });

const proposeInput = z.object({
  id: id.nullish(),
  estateId: id,
  meetingId: id.nullish(),
  title: textInput(100),
  text: textInput(5000),
  quorum: fraction(0),
  approval: fraction(1),
});
const ruleInput = z.object({ ruleId: id });
const voteInput = z.object({ ruleId: id, choice: z.enum(["FOR", "AGAINST"]) });

const field = (path: string, message: string) =>
  badUserInput(`\`${path}\` ${message}.`, { argumentName: "input", field: path });

const meetingSnapshot = (row: DeliberationMeetingRow, participants: number) => ({
  estateId: row.estateId,
  livingRoomId: row.livingRoomId,
  heldOn: row.heldOn,
  topic: row.topic,
  participants,
  decisions: row.decisions.length,
});
const ruleSnapshot = (row: HouseRuleRow) => ({
  status: row.status,
  eligibleHouseholds: row.eligibleHouseholds,
  votesFor: row.votesFor,
  votesCast: row.votesCast,
});

// 议事会 and 家规家训: meetings and rules are written by those who work for the estate (its branch
// secretary, its community's workers, party administrators); rules are voted on by its residents only.

export function recordDeliberationMeeting(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<DeliberationMeetingRow> {
  const values = parseInput(meetingInput, input);
  const scope = estateScope(meta.caller);
  return auditedWrite(
    db,
    meta,
    { action: "recordDeliberationMeeting", entityType: "DeliberationMeeting" },
    async (tx) => {
      const repository = new DeliberationRepository(tx);
      const created = await repository.insertMeetingWithin(
        { ...values, id: randomUUID(), livingRoomId: values.livingRoomId ?? null },
        scope,
      );
      if (!created) {
        throw (await repository.estateExists(values.estateId))
          ? denied(meta.caller)
          : notFound("There is no estate with this id.");
      }
      // Checked after the scope, so that nobody outside it learns which rooms or members exist.
      if (values.livingRoomId && !(await repository.livingRoomOfEstate(values.livingRoomId, values.estateId))) {
        throw field("livingRoomId", "is not this estate's living room");
      }
      const idsOf = (kind: string) => values.participants.filter((p) => p.kind === kind).map((p) => p.id ?? "");
      const branches = await repository.existingBranchIds(idsOf("PARTY_BRANCH"));
      const members = await repository.inServiceMemberIds(idsOf("IN_SERVICE_MEMBER"));
      values.participants.forEach((p, index) => {
        if (p.kind === "PARTY_BRANCH" && !branches.has(p.id ?? "")) {
          throw field(`participants.${index}.id`, "is not a party branch");
        }
        if (p.kind === "IN_SERVICE_MEMBER" && !members.has(p.id ?? "")) {
          throw field(`participants.${index}.id`, "is not an in-service party member");
        }
      });
      await repository.insertParticipants(created.id, values.participants);
      return {
        entityId: created.id,
        before: null,
        after: meetingSnapshot(created, values.participants.length),
        result: created,
      };
    },
  );
}

export function proposeHouseRule(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<HouseRuleRow> {
  const values = parseInput(proposeInput, input);
  const scope = estateScope(meta.caller);
  const taken = "Another house rule already has this id; leave `id` out or choose a new one.";
  return conflictOnRaceLost({ house_rules_pkey: taken }, () =>
    auditedWrite(db, meta, { action: "proposeHouseRule", entityType: "HouseRule" }, async (tx) => {
      const repository = new DeliberationRepository(tx);
      if (values.id && (await repository.rulesByIds([values.id])).length > 0) throw codedError("CONFLICT", taken);
      const created = await repository.insertRuleWithin(
        { ...values, id: values.id ?? randomUUID(), meetingId: values.meetingId ?? null },
        scope,
      );
      if (!created) {
        throw (await repository.estateExists(values.estateId))
          ? denied(meta.caller)
          : notFound("There is no estate with this id.");
      }
      if (values.meetingId && !(await repository.meetingOfEstate(values.meetingId, values.estateId))) {
        throw field("meetingId", "is not a deliberation meeting of this estate");
      }
      await repository.appendTransition({
        ruleId: created.id,
        fromStatus: null,
        toStatus: "PROPOSED",
        actor: meta.caller.subject,
      });
      return { entityId: created.id, before: null, after: ruleSnapshot(created), result: created };
    }),
  );
}

export function openHouseRuleVote(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<HouseRuleRow> {
  const { ruleId } = parseInput(ruleInput, input);
  return moveHouseRule(db, meta, "openHouseRuleVote", ruleId, "VOTING", async (repository, current) => {
    if ((await repository.householdsOf(current.estateId)) < 1) {
      throw badUserInput("The estate has no registered households to vote.", {
        argumentName: "input",
        field: "ruleId",
      });
    }
    return repository.openVoteWithin(current.id, estateScope(meta.caller));
  });
}

export function closeHouseRuleVote(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<HouseRuleRow> {
  const { ruleId } = parseInput(ruleInput, input);
  return moveHouseRule(db, meta, "closeHouseRuleVote", ruleId, "ADOPTED", (repository, current) =>
    repository.closeVoteWithin(current.id, estateScope(meta.caller)),
  );
}

/**
 * Lock (NOT_FOUND), scope in SQL (FORBIDDEN, before the state is revealed), the transition table
 * (INVALID_TRANSITION), then the scoped update from the state read, the history and the audit row.
 * `to` is the state the move aims at; closing a vote decides between ADOPTED and REJECTED in SQL.
 */
function moveHouseRule(
  db: PartyDatabase,
  meta: RequestMeta,
  action: string,
  ruleId: string,
  to: HouseRuleStatus,
  update: (repository: DeliberationRepository, current: HouseRuleRow) => Promise<HouseRuleRow | null>,
): Promise<HouseRuleRow> {
  const scope = estateScope(meta.caller);
  return auditedWrite(db, meta, { action, entityType: "HouseRule" }, async (tx) => {
    const repository = new DeliberationRepository(tx);
    const current = await repository.lockRule(ruleId, "update");
    if (!current) throw notFound("There is no house rule with this id.");
    if (!(await repository.ruleIsWithin(current.id, scope))) throw denied(meta.caller);
    if (!HOUSE_RULE_TRANSITIONS[current.status].includes(to)) {
      const target = to === "ADOPTED" ? "decided" : to;
      throw invalidTransition(`A house rule that is ${current.status} cannot be ${target}.`, {
        from: current.status,
        to,
      });
    }
    const updated = await update(repository, current);
    if (!updated) throw codedError("CONFLICT", "The house rule changed meanwhile; read it again.");
    await repository.appendTransition({
      ruleId: current.id,
      fromStatus: current.status,
      toStatus: updated.status,
      actor: meta.caller.subject,
    });
    return { entityId: current.id, before: ruleSnapshot(current), after: ruleSnapshot(updated), result: updated };
  });
}

/**
 * A resident's one vote. The rule is share-locked so that a vote and the count that closes it
 * cannot interleave; the INSERT carries the resident's estates and the VOTING state; the unique
 * constraint on (rule, voter) referees two votes at once.
 */
export function castHouseRuleVote(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<BallotView> {
  const values = parseInput(voteInput, input);
  const voter = meta.caller.subject;
  const estates = scopeIds(meta.caller, "resident");
  const twice = "You have already voted on this house rule; a vote is not changed.";
  return conflictOnRaceLost({ house_rule_votes_rule_voter_key: twice }, () =>
    auditedWrite(db, meta, { action: "castHouseRuleVote", entityType: "HouseRule" }, async (tx) => {
      const repository = new DeliberationRepository(tx);
      const rule = await repository.lockRule(values.ruleId, "share");
      if (!rule) throw notFound("There is no house rule with this id.");
      // Only the estate's own residents vote; another estate's resident learns nothing more.
      if (!voter || !estates.includes(rule.estateId)) throw denied(meta.caller);
      if (rule.status !== "VOTING") {
        throw invalidTransition(`A house rule that is ${rule.status} takes no votes.`, { from: rule.status });
      }
      if (await repository.hasVoted(rule.id, voter)) throw codedError("CONFLICT", twice);
      const castAt = await repository.insertVoteWithin(rule.id, voter, values.choice, estates);
      if (!castAt) throw denied(meta.caller);
      return {
        entityId: rule.id,
        before: null,
        after: { vote: values.choice },
        result: { rule, choice: values.choice, castAt },
      };
    }),
  );
}
