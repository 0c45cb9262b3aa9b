import { randomUUID } from "node:crypto";
import {
  assertExpectedVersion,
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  conflictOnRaceLost,
  denied,
  expectedVersionInput,
  uuidInput as id,
  invalidTransition,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import type { PracticalProjectRow } from "../db/schema";
import { pastDay } from "../inputs";
import {
  type PracticalProjectStatus,
  PracticalProjectsRepository,
  type ProjectScope,
} from "./practical-projects.repository";

/** 实事的状态机 — forward only: PLANNED → IN_PROGRESS → DONE. Anything else is INVALID_TRANSITION. */
export const PROJECT_TRANSITIONS: Readonly<Record<PracticalProjectStatus, readonly PracticalProjectStatus[]>> = {
  PLANNED: ["IN_PROGRESS"],
  IN_PROGRESS: ["DONE"],
  DONE: [],
};

const createInput = z.object({
  id: id.nullish(),
  estateId: id,
  title: textInput(100),
  description: textInput(2000),
  year: z.number().int("must be a whole year").min(2000, "must be 2000 to 2100").max(2100, "must be 2000 to 2100"),
});
const progressInput = z.object({
  projectId: id,
  expectedVersion: expectedVersionInput,
  progress: z.number().int("must be a whole percentage").min(1, "must be 1 to 100").max(100, "must be 1 to 100"),
});
const completeInput = z.object({ projectId: id, completedOn: pastDay });

export function projectScope(caller: Caller): ProjectScope {
  return { isAdmin: isAgencyAdmin(caller, "party"), branchIds: scopeIds(caller, "branch_secretary") };
}

const snapshot = (row: PracticalProjectRow) => ({
  status: row.status,
  progress: row.progress,
  completedOn: row.completedOn,
});

// Practical projects: registered, advanced and completed by the estate's branch secretary or a party administrator.

export function createPracticalProject(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PracticalProjectRow> {
  const values = parseInput(createInput, input);
  const scope = projectScope(meta.caller);
  const taken = "Another practical project already has this id; leave `id` out or choose a new one.";
  return conflictOnRaceLost({ practical_projects_pkey: taken }, () =>
    auditedWrite(db, meta, { action: "createPracticalProject", entityType: "PracticalProject" }, async (tx) => {
      const repository = new PracticalProjectsRepository(tx);
      if (values.id && (await repository.byIds([values.id])).length > 0) throw codedError("CONFLICT", taken);
      const created = await repository.insertWithin({ ...values, id: values.id ?? randomUUID() }, scope);
      if (!created) {
        throw (await repository.estateExists(values.estateId))
          ? denied(meta.caller)
          : notFound("There is no estate with this id.");
      }
      await repository.appendTransition({
        projectId: created.id,
        fromStatus: null,
        toStatus: "PLANNED",
        progress: 0,
        actor: meta.caller.subject,
      });
      return { entityId: created.id, before: null, after: snapshot(created), result: created };
    }),
  );
}

/** Records progress; the first report moves a PLANNED project IN_PROGRESS. Progress never goes back. */
export function updatePracticalProjectProgress(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PracticalProjectRow> {
  const values = parseInput(progressInput, input);
  return movePracticalProject(
    db,
    meta,
    "updatePracticalProjectProgress",
    values.projectId,
    values.expectedVersion,
    (current) => {
      if (current.status === "IN_PROGRESS" && values.progress < current.progress) {
        throw badUserInput(`\`progress\` must not fall below ${current.progress}.`, {
          argumentName: "input",
          field: "progress",
        });
      }
      return {
        to: current.status === "PLANNED" ? "IN_PROGRESS" : current.status,
        progress: values.progress,
        completedOn: null,
      };
    },
  );
}

/** Completes a project in progress: DONE at 100 % on the day it was finished. */
export function completePracticalProject(
  db: PartyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PracticalProjectRow> {
  const values = parseInput(completeInput, input);
  return movePracticalProject(db, meta, "completePracticalProject", values.projectId, undefined, () => ({
    to: "DONE",
    progress: 100,
    completedOn: values.completedOn,
  }));
}

/**
 * Lock (NOT_FOUND), scope in SQL (FORBIDDEN, before the state is revealed), the transition table
 * (INVALID_TRANSITION), then the scoped update from the state read, the history and the audit row.
 * Progress within IN_PROGRESS is no transition: it is stored without a history row.
 */
function movePracticalProject(
  db: PartyDatabase,
  meta: RequestMeta,
  action: string,
  projectId: string,
  expectedVersion: number | null | undefined,
  plan: (current: PracticalProjectRow) => {
    to: PracticalProjectStatus;
    progress: number;
    completedOn: string | null;
  },
): Promise<PracticalProjectRow> {
  const scope = projectScope(meta.caller);
  return auditedWrite(db, meta, { action, entityType: "PracticalProject" }, async (tx) => {
    const repository = new PracticalProjectsRepository(tx);
    const current = await repository.lockById(projectId);
    if (!current) throw notFound("There is no practical project with this id.");
    if (!(await repository.isWithin(current.id, scope))) throw denied(meta.caller);
    assertExpectedVersion(current, expectedVersion);
    const stays = current.status === "IN_PROGRESS" && action === "updatePracticalProjectProgress";
    const { to, progress, completedOn } = plan(current);
    if (!stays && !PROJECT_TRANSITIONS[current.status].includes(to)) {
      throw invalidTransition(`A practical project that is ${current.status} cannot become ${to}.`, {
        from: current.status,
        to,
      });
    }
    const updated = await repository.moveWithin(current, to, progress, completedOn, scope);
    if (!updated) throw codedError("CONFLICT", "The practical project changed meanwhile; read it again.");
    if (!stays) {
      await repository.appendTransition({
        projectId: current.id,
        fromStatus: current.status,
        toStatus: to,
        progress,
        actor: meta.caller.subject,
      });
    }
    return { entityId: current.id, before: snapshot(current), after: snapshot(updated), result: updated };
  });
}
