import {
  assertExpectedVersion,
  auditedWrite,
  codedError,
  expectedVersionInput,
  notFound,
  parseInput,
  type RequestMeta,
  uuidInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { branchStage, type PartyBranchRow, secretaryBackground } from "../db/schema";
import { BranchesRepository } from "./branches.repository";

export type BranchStage = PartyBranchRow["stage"];

/** 建制化 — a branch moves one stage forward at a time, never back. */
export const NEXT_STAGE: Readonly<Record<BranchStage, BranchStage | null>> = {
  NEW: "COVERED",
  COVERED: "MATURE",
  MATURE: "ESTABLISHED",
  ESTABLISHED: null,
};

/** The date column each stage sets. */
export const STAGE_DATE = {
  COVERED: "coveredOn",
  MATURE: "maturedOn",
  ESTABLISHED: "establishedOn",
} as const satisfies Record<Exclude<BranchStage, "NEW">, keyof PartyBranchRow>;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "must be a date, YYYY-MM-DD")
  .refine((value) => value <= new Date().toISOString().slice(0, 10), "must not be in the future");

const advanceInput = z.object({
  branchId: uuidInput,
  to: z.enum(branchStage.enumValues),
  reachedOn: day,
});

/** The latest date the branch already carries: a later stage cannot be dated before it. */
function lastDate(branch: PartyBranchRow): string {
  return branch.establishedOn ?? branch.maturedOn ?? branch.coveredOn ?? branch.foundedOn;
}

/**
 * 建制化: moves a branch to its next stage. Locks it, checks the stage table (INVALID_TRANSITION) and
 * the date, updates it from the stage it was read in, appends the stage history and the audit row.
 */
export async function advanceBranchStage(db: PartyDatabase, meta: RequestMeta, input: unknown) {
  const values = parseInput(advanceInput, input);
  return auditedWrite(db, meta, { action: "advanceBranchStage", entityType: "PartyBranch" }, async (tx) => {
    const branches = new BranchesRepository(tx);
    const current = await branches.lockById(values.branchId);
    if (!current) throw notFound("There is no party branch with this id.");
    const to = values.to;
    if (NEXT_STAGE[current.stage] !== to || to === "NEW") {
      throw codedError("INVALID_TRANSITION", `A ${current.stage} branch cannot move to ${to}.`, {
        from: current.stage,
        to,
      });
    }
    if (values.reachedOn < lastDate(current)) {
      throw codedError("BAD_USER_INPUT", `\`reachedOn\` must not be before ${lastDate(current)}.`, {
        argumentName: "input",
        field: "reachedOn",
      });
    }
    const dateField = STAGE_DATE[to];
    const updated = await branches.advance(current.id, current.stage, to, dateField, values.reachedOn);
    if (!updated) throw codedError("CONFLICT", "The branch changed meanwhile; read it again.");
    await branches.appendStageTransition({
      branchId: current.id,
      fromStage: current.stage,
      toStage: to,
      reachedOn: values.reachedOn,
      actor: meta.caller.subject,
    });
    const snapshot = (row: PartyBranchRow) => ({ stage: row.stage, [dateField]: row[dateField] });
    return { entityId: current.id, before: snapshot(current), after: snapshot(updated), result: updated };
  });
}

const secretaryInput = z.object({
  branchId: uuidInput,
  memberId: uuidInput,
  background: z.enum(secretaryBackground.enumValues),
  expectedVersion: expectedVersionInput,
});

/** 书记: names a branch's secretary, one of its own members, in one scoped UPDATE with its audit row. */
export async function setBranchSecretary(db: PartyDatabase, meta: RequestMeta, input: unknown) {
  const values = parseInput(secretaryInput, input);
  return auditedWrite(db, meta, { action: "setBranchSecretary", entityType: "PartyBranch" }, async (tx) => {
    const branches = new BranchesRepository(tx);
    const current = await branches.lockById(values.branchId);
    if (!current) throw notFound("There is no party branch with this id.");
    assertExpectedVersion(current, values.expectedVersion);
    const updated = await branches.setSecretary(current.id, values.memberId, values.background);
    if (!updated) {
      throw codedError("BAD_USER_INPUT", "`memberId` is not a member of this branch.", {
        argumentName: "input",
        field: "memberId",
      });
    }
    const snapshot = (row: PartyBranchRow) => ({
      secretaryMemberId: row.secretaryMemberId,
      secretaryBackground: row.secretaryBackground,
    });
    return { entityId: current.id, before: snapshot(current), after: snapshot(updated), result: updated };
  });
}
