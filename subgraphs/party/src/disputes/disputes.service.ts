import {
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  denied,
  hasRole,
  uuidInput as id,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import type { DisputeRow } from "../db/schema";
import { type DisputeScope, type DisputeStatus, DisputesRepository } from "./disputes.repository";

/** 纠纷的状态机 — the only moves a dispute may make; anything else is INVALID_TRANSITION. */
export const DISPUTE_TRANSITIONS: Readonly<Record<DisputeStatus, readonly DisputeStatus[]>> = {
  REGISTERED: ["IN_MEDIATION", "WITHDRAWN"],
  IN_MEDIATION: ["SETTLED", "UNSETTLED", "WITHDRAWN"],
  SETTLED: [],
  UNSETTLED: [],
  WITHDRAWN: [],
};

const pastDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), "must be a date, YYYY-MM-DD")
  .refine((day) => day <= new Date().toISOString().slice(0, 10), "must not be in the future");

const registerInput = z.object({
  estateId: id,
  title: textInput(100),
  summary: textInput(2000),
  parties: z
    .array(z.object({ name: textInput(50), role: textInput(50) }))
    .min(2, "must name 2 to 10 parties")
    .max(10, "must name 2 to 10 parties"),
  mediatorId: id,
});
const sessionInput = z.object({ disputeId: id, heldOn: pastDay, notes: textInput(2000) });
const concludeInput = z.object({
  disputeId: id,
  conclusion: z.enum(["SETTLED", "UNSETTLED", "WITHDRAWN"]),
  outcome: textInput(2000),
});

/** Whether a caller holds a role that may ever read disputes (which ones, the SQL decides). */
export function mayReadDisputes(caller: Caller): boolean {
  return isAgencyAdmin(caller, "party") || hasRole(caller, "branch_secretary") || hasRole(caller, "community_worker");
}

export function disputeScope(caller: Caller): DisputeScope {
  return {
    isAdmin: isAgencyAdmin(caller, "party"),
    branchIds: scopeIds(caller, "branch_secretary"),
    communityIds: scopeIds(caller, "community_worker"),
  };
}

/** What the audit keeps of a dispute: its state, never the parties' names or the story. */
const snapshot = (row: DisputeRow) => ({ status: row.status, estateId: row.estateId, mediatorId: row.mediatorId });

// Disputes: registered, mediated and concluded only by those who may read them.

export async function registerDispute(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<DisputeRow> {
  const values = parseInput(registerInput, input);
  const scope = disputeScope(meta.caller);
  return auditedWrite(db, meta, { action: "registerDispute", entityType: "Dispute" }, async (tx) => {
    const repository = new DisputesRepository(tx);
    const [mediator] = await repository.mediatorsByIds([values.mediatorId]);
    if (!mediator) {
      throw badUserInput("`mediatorId` names no mediation team or judgment panel.", {
        argumentName: "input",
        field: "mediatorId",
      });
    }
    const created = await repository.insertWithin(values, scope);
    if (!created) {
      throw (await repository.estateExists(values.estateId))
        ? denied(meta.caller)
        : notFound("There is no estate with this id.");
    }
    await repository.appendTransition({
      disputeId: created.id,
      fromStatus: null,
      toStatus: "REGISTERED",
      actor: meta.caller.subject,
    });
    return { entityId: created.id, before: null, after: snapshot(created), result: created };
  });
}

/** Records a session; the first one moves the dispute into mediation. */
export function recordMediationSession(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<DisputeRow> {
  const values = parseInput(sessionInput, input);
  return moveDispute(db, meta, "recordMediationSession", values.disputeId, (current) => ({
    to: current.status === "REGISTERED" ? "IN_MEDIATION" : current.status,
    outcome: null,
    session: { heldOn: values.heldOn, notes: values.notes },
  }));
}

export function concludeDispute(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<DisputeRow> {
  const values = parseInput(concludeInput, input);
  return moveDispute(db, meta, "concludeDispute", values.disputeId, () => ({
    to: values.conclusion,
    outcome: values.outcome,
    session: null,
  }));
}

/**
 * Lock (NOT_FOUND), scope in SQL (FORBIDDEN, before the state is revealed), the transition table
 * (INVALID_TRANSITION), then the scoped update from the state read, the history and the audit row.
 * A session in mediation is no transition: it is recorded without a history row.
 */
function moveDispute(
  db: PartyDatabase,
  meta: RequestMeta,
  action: string,
  disputeId: string,
  plan: (current: DisputeRow) => {
    to: DisputeStatus;
    outcome: string | null;
    session: { heldOn: string; notes: string } | null;
  },
): Promise<DisputeRow> {
  const scope = disputeScope(meta.caller);
  return auditedWrite(db, meta, { action, entityType: "Dispute" }, async (tx) => {
    const repository = new DisputesRepository(tx);
    const current = await repository.lockById(disputeId);
    if (!current) throw notFound("There is no dispute with this id.");
    if (!(await repository.isWithin(current.id, scope))) throw denied(meta.caller);
    const { to, outcome, session } = plan(current);
    const stays = session !== null && to === current.status && to === "IN_MEDIATION";
    if (!stays && !DISPUTE_TRANSITIONS[current.status].includes(to)) {
      throw codedError("INVALID_TRANSITION", `A dispute that is ${current.status} cannot become ${to}.`, {
        from: current.status,
        to,
      });
    }
    let updated = current;
    if (!stays) {
      const moved = await repository.moveWithin(current.id, current.status, to, outcome, scope);
      if (!moved) throw denied(meta.caller);
      updated = moved;
      await repository.appendTransition({
        disputeId: current.id,
        fromStatus: current.status,
        toStatus: to,
        actor: meta.caller.subject,
      });
    }
    if (session) await repository.insertSession({ disputeId: current.id, ...session });
    return { entityId: current.id, before: snapshot(current), after: snapshot(updated), result: updated };
  });
}
