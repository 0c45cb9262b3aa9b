import {
  auditedWrite,
  badUserInput,
  codedError,
  conflictOnRaceLost,
  denied,
  uuidInput as id,
  invalidTransition,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
} from "@linli/service-kit";
import type { SQL } from "drizzle-orm";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import { type RedProxyConfirmationWindowRow, type RedProxyRequestRow, redProxyFeedbackSide } from "../db/schema";
import { TeamsRepository } from "../teams/teams.repository";
import { VolunteersRepository } from "../volunteers/volunteers.repository";
import {
  confirmationWindowPassed,
  type DeskScope,
  may,
  RedProxyRepository,
  type RedProxyRequestView,
  type RedProxyState,
} from "./redproxy.repository";

const text = textInput(500);

const requestInput = z.object({
  itemId: id,
  estateId: id,
  note: text,
  onBehalfOfResident: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  id: id.nullish().transform((value) => value ?? null),
});
const assignInput = z.object({ requestId: id, teamId: id, volunteerId: id });
const refInput = z.object({ requestId: id });
const feedbackInput = z
  .object({
    requestId: id,
    side: z.enum(redProxyFeedbackSide.enumValues),
    rating: z
      .number()
      .int()
      .min(1, "must be 1 to 5")
      .max(5, "must be 1 to 5")
      .nullish()
      .transform((value) => value ?? null),
    comment: text.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.side === "REQUESTER" && input.rating === null) {
      ctx.addIssue({ code: "custom", path: ["rating"], message: "is required from the requester" });
    }
    if (input.side === "VOLUNTEER" && input.rating !== null) {
      ctx.addIssue({ code: "custom", path: ["rating"], message: "is only given by the requester" });
    }
    if (input.side === "VOLUNTEER" && input.comment === null) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "is required from the volunteer" });
    }
  });

/** 代办状态机 — the moves a request may make; COMPLETED and CANCELLED are final. */
export const RED_PROXY_TRANSITIONS: Record<RedProxyState, readonly RedProxyState[]> = {
  REQUESTED: ["ASSIGNED", "CANCELLED"],
  ASSIGNED: ["AWAITING_CONFIRMATION", "CANCELLED"],
  AWAITING_CONFIRMATION: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};

/** The states in which each side may leave its feedback. */
const FEEDBACK_STATES: Record<"REQUESTER" | "VOLUNTEER", readonly RedProxyState[]> = {
  REQUESTER: ["COMPLETED"],
  VOLUNTEER: ["AWAITING_CONFIRMATION", "COMPLETED"],
};

/** The caller as the desk sees them. */
export function deskScope(meta: RequestMeta): DeskScope {
  return {
    subject: meta.caller.subject,
    teamIds: scopeIds(meta.caller, "volunteer_lead"),
    isAdmin: isAgencyAdmin(meta.caller, "volunteer"),
  };
}

/**
 * 申请红色代办: a resident files a request for their own estate, or a lead or administrator files
 * one at the desk for a resident (代为登记) in an estate one of their teams serves (any, for an
 * administrator).
 */
export async function requestRedProxy(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const values = parseInput(requestInput, input);
  const subject = meta.caller.subject;
  if (!subject) throw denied(meta.caller);
  const scope = deskScope(meta);
  if (values.onBehalfOfResident && !scope.isAdmin && scope.teamIds.length === 0) throw denied(meta.caller);
  return conflictOnRaceLost({ red_proxy_requests_pkey: "A request with this id was filed already." }, () =>
    auditedWrite(db, meta, { action: "requestRedProxy", entityType: "RedProxyRequest" }, async (tx) => {
      const requests = new RedProxyRepository(tx);
      const created = await requests.insertWithin(
        { ...values, filedBy: subject },
        values.onBehalfOfResident
          ? { staff: scope }
          : { requester: subject, residentEstateIds: scopeIds(meta.caller, "resident") },
      );
      if (!created) {
        const [item] = await requests.itemsByIds([values.itemId]);
        if (!item) throw notFound("No red proxy item has this id.");
        throw denied(meta.caller);
      }
      await requests.recordEvent(created.id, null, "REQUESTED", subject);
      const request = await requests.view(created.id);
      return { entityId: created.id, before: null, after: request, result: request };
    }),
  );
}

/** What a move may need beyond its state: a condition of time, extra columns, a reason in the history. */
interface MoveOptions {
  /** Columns the move sets on the request. */
  set?: Parameters<RedProxyRepository["move"]>[4];
  /** A condition (SQL over the request) the move waits for; refused with INVALID_TRANSITION until it holds. */
  ready?: { when: SQL; refusal: (request: RedProxyRequestRow) => string };
  /** The states the move may start from, when not those the transition table allows. */
  from?: readonly RedProxyState[];
  /** What the history records besides the states. */
  details?: Parameters<RedProxyRepository["recordEvent"]>[4];
}

/**
 * One move of the state machine: locks the request, refuses a caller `allowed` does not admit
 * (FORBIDDEN) and a move the table does not allow (INVALID_TRANSITION), moves it within the same
 * ownership clause and appends the move to the history.
 */
async function moveRequest(
  tx: VolunteerDatabase,
  meta: RequestMeta,
  requestId: string,
  to: RedProxyState,
  allowed: SQL,
  options: MoveOptions = {},
) {
  const requests = new RedProxyRepository(tx);
  const before = await requests.lock(requestId, allowed, options.ready?.when);
  if (!before) throw notFound("No red proxy request has this id.");
  if (!before.permitted) throw denied(meta.caller);
  const legal = options.from ? options.from.includes(before.state) : RED_PROXY_TRANSITIONS[before.state].includes(to);
  if (!legal) {
    throw invalidTransition(`A red proxy request cannot move from ${before.state} to ${to}.`, {
      from: before.state,
      to,
    });
  }
  const { permitted: _permitted, ready, ...row } = before;
  if (options.ready && !ready) throw invalidTransition(options.ready.refusal(row), { from: before.state, to });
  const moved = await requests.move(requestId, before.state, to, allowed, options.set);
  if (!moved) throw denied(meta.caller);
  await requests.recordEvent(requestId, before.state, to, meta.caller.subject, options.details);
  const after = await requests.view(requestId);
  return { entityId: requestId, before: row, after, result: after };
}

/** 派单: a lead (for their own team) or an administrator gives a REQUESTED request to a volunteer. */
export async function assignRedProxyRequest(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId, teamId, volunteerId } = parseInput(assignInput, input);
  const scope = deskScope(meta);
  return auditedWrite(db, meta, { action: "assignRedProxyRequest", entityType: "RedProxyRequest" }, async (tx) => {
    await checkAssignee(tx, meta, scope, requestId, teamId, volunteerId);
    const assignment = { assignedTeamId: teamId, assignedVolunteerId: volunteerId };
    return moveRequest(tx, meta, requestId, "ASSIGNED", may.assignThrough(scope, teamId), {
      set: assignment,
      details: assignment,
    });
  });
}

/** Checks a team and volunteer to assign a request to: NOT_FOUND, FORBIDDEN or BAD_USER_INPUT before any write. */
async function checkAssignee(
  tx: VolunteerDatabase,
  meta: RequestMeta,
  scope: DeskScope,
  requestId: string,
  teamId: string,
  volunteerId: string,
) {
  const [team] = await new TeamsRepository(tx).byIds([teamId]);
  if (!team) throw notFound("No volunteer team has this id.");
  if (!scope.isAdmin && !scope.teamIds.includes(teamId)) throw denied(meta.caller);
  const [volunteer] = await new VolunteersRepository(tx).byIds([volunteerId]);
  if (!volunteer) throw notFound("No volunteer has this id.");
  const requests = new RedProxyRepository(tx);
  const request = await requests.lock(requestId, may.read(scope));
  if (request && !(await requests.teamServesEstateOf(requestId, teamId))) {
    throw badUserInput("`teamId` is not a team serving the request's estate.", {
      argumentName: "input",
      field: "teamId",
    });
  }
  return request;
}

/**
 * 改派: the lead of the team an ASSIGNED request is assigned through (or an administrator) gives it
 * to another volunteer, of their own team or of another team they lead that serves the estate. It
 * stays ASSIGNED, keeps its due time, and the history records the move with the new assignee.
 */
export async function reassignRedProxyRequest(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId, teamId, volunteerId } = parseInput(assignInput, input);
  const scope = deskScope(meta);
  return auditedWrite(db, meta, { action: "reassignRedProxyRequest", entityType: "RedProxyRequest" }, async (tx) => {
    const request = await checkAssignee(tx, meta, scope, requestId, teamId, volunteerId);
    if (
      request?.state === "ASSIGNED" &&
      request.assignedVolunteerId === volunteerId &&
      request.assignedTeamId === teamId
    ) {
      throw badUserInput("The request is already assigned to this volunteer through this team.", {
        argumentName: "input",
        field: "volunteerId",
      });
    }
    const assignment = { assignedTeamId: teamId, assignedVolunteerId: volunteerId };
    return moveRequest(tx, meta, requestId, "ASSIGNED", may.reassignThrough(scope, teamId), {
      from: ["ASSIGNED"],
      set: assignment,
      details: { ...assignment, reason: "REASSIGNED" },
    });
  });
}

/**
 * 逾期未确认办结: once the confirmation window (fixed when the volunteer reported an
 * AWAITING_CONFIRMATION request done, from the window then published) has passed, the assigned team's lead or an administrator closes it as
 * COMPLETED without the requester; the history says why. Before then, INVALID_TRANSITION.
 */
export async function closeUnconfirmedRedProxyRequest(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId } = parseInput(refInput, input);
  return auditedWrite(db, meta, { action: "closeUnconfirmedRedProxyRequest", entityType: "RedProxyRequest" }, (tx) =>
    moveRequest(tx, meta, requestId, "COMPLETED", may.closeUnconfirmed(deskScope(meta)), {
      from: ["AWAITING_CONFIRMATION"],
      ready: {
        when: confirmationWindowPassed,
        refusal: (request) =>
          `The requester may confirm until ${request.confirmBy?.toISOString()}; it cannot be closed without them before then.`,
      },
      details: { reason: "CONFIRMATION_WINDOW_PASSED" },
    }),
  );
}

/** 办结: the assigned volunteer (or the assigned team's lead, or an administrator) reports it done. */
export async function markRedProxyDone(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId } = parseInput(refInput, input);
  return auditedWrite(db, meta, { action: "markRedProxyDone", entityType: "RedProxyRequest" }, (tx) =>
    moveRequest(tx, meta, requestId, "AWAITING_CONFIRMATION", may.actForVolunteer(deskScope(meta)), {
      set: { done: true },
    }),
  );
}

/** 确认办结: the requester (or, for a request filed at the desk, its team's lead or an administrator) confirms. */
export async function confirmRedProxyDone(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId } = parseInput(refInput, input);
  return auditedWrite(db, meta, { action: "confirmRedProxyDone", entityType: "RedProxyRequest" }, (tx) =>
    moveRequest(tx, meta, requestId, "COMPLETED", may.actForRequester(deskScope(meta))),
  );
}

/** 撤销代办: the requester, a lead of a team serving the estate, or an administrator cancels it. */
export async function cancelRedProxyRequest(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId } = parseInput(refInput, input);
  return auditedWrite(db, meta, { action: "cancelRedProxyRequest", entityType: "RedProxyRequest" }, (tx) =>
    moveRequest(tx, meta, requestId, "CANCELLED", may.cancel(deskScope(meta))),
  );
}

/** 代办评价: one side's feedback, stored once (the unique index decides, also under races). */
export async function leaveRedProxyFeedback(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyRequestView> {
  const { requestId, side, rating, comment } = parseInput(feedbackInput, input);
  const scope = deskScope(meta);
  const allowed = side === "REQUESTER" ? may.actForRequester(scope) : may.actForVolunteer(scope);
  return conflictOnRaceLost({ red_proxy_feedback_once_per_side: "This side has already left its feedback." }, () =>
    auditedWrite(db, meta, { action: "leaveRedProxyFeedback", entityType: "RedProxyRequest" }, async (tx) => {
      const requests = new RedProxyRepository(tx);
      const request = await requests.lock(requestId, allowed);
      if (!request) throw notFound("No red proxy request has this id.");
      if (!request.permitted) throw denied(meta.caller);
      if (!FEEDBACK_STATES[side].includes(request.state)) {
        throw codedError(
          "INVALID_TRANSITION",
          `The ${side.toLowerCase()}'s feedback cannot be left while ${request.state}.`,
          {
            state: request.state,
          },
        );
      }
      const feedback = await requests.insertFeedback({ requestId, side, rating, comment, author: meta.caller.subject });
      const result = await requests.view(requestId);
      return { entityId: requestId, before: null, after: feedback, result };
    }),
  );
}

const windowInput = z.object({
  hours: z.number().int().min(0, "must be 0 to 720").max(720, "must be 0 to 720"),
});

/** 发布确认期限: a volunteer administrator publishes a new window; requests reported done from now on get it. */
export async function publishRedProxyConfirmationWindow(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<RedProxyConfirmationWindowRow> {
  const { hours } = parseInput(windowInput, input);
  if (!isAgencyAdmin(meta.caller, "volunteer")) throw denied(meta.caller);
  return auditedWrite(
    db,
    meta,
    { action: "publishRedProxyConfirmationWindow", entityType: "RedProxyConfirmationWindow" },
    async (tx) => {
      const requests = new RedProxyRepository(tx);
      const before = await requests.currentWindow();
      const published = await requests.publishWindow(hours, meta.caller.subject);
      return { entityId: published.id, before, after: published, result: published };
    },
  );
}
