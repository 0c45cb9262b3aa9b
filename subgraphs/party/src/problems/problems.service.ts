import { randomUUID } from "node:crypto";
import {
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  denied,
  grantsOf,
  uuidInput as id,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
} from "@linli/service-kit";
import type DataLoader from "dataloader";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type EstateRow, type PartyBranchRow, problemCategory, responsibleKind } from "../db/schema";
import {
  type ProblemPatch,
  type ProblemScope,
  type ProblemStatus,
  ProblemsRepository,
  type ProblemView,
  type ScopeKind,
} from "./problems.repository";

/**
 * 问题的状态机 — the only moves a problem may make. Anything else is INVALID_TRANSITION, with
 * nothing changed.
 */
export const PROBLEM_TRANSITIONS: Readonly<Record<ProblemStatus, readonly ProblemStatus[]>> = {
  REPORTED: ["ACCEPTED", "REJECTED", "DUPLICATE"],
  ACCEPTED: ["ASSIGNED"],
  ASSIGNED: ["IN_PROGRESS"],
  IN_PROGRESS: ["RESOLVED"],
  RESOLVED: ["ANSWERED"],
  ANSWERED: ["CLOSED", "REOPENED"],
  REOPENED: ["ASSIGNED"],
  CLOSED: [],
  REJECTED: [],
  DUPLICATE: [],
};

/** A rating this low reopens the problem; higher closes it. */
export const REOPEN_AT_OR_BELOW = 2;

const reportInput = z.object({
  id: id.nullish(),
  estateId: id,
  category: z.enum(problemCategory.enumValues),
  text: textInput(1000),
  anonymous: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  reporterName: textInput(50),
  onBehalfOf: textInput(200).nullish(),
});
const transitionInput = z.object({ problemId: id });
const rejectInput = z.object({ problemId: id, reason: textInput(500) });
const duplicateInput = z.object({ problemId: id, duplicateOfId: id });
const assignInput = z.object({
  problemId: id,
  responsible: z.object({ kind: z.enum(responsibleKind.enumValues), id }).nullish(),
});
const resolveInput = z.object({ problemId: id, note: textInput(1000) });
const answerInput = z.object({ problemId: id, answer: textInput(1000) });
const rateInput = z.object({
  problemId: id,
  rating: z.number().int().min(1, "must be 1 to 5").max(5, "must be 1 to 5"),
  comment: z.string().trim().max(500, "must be at most 500 characters").nullish(),
});

/** What one transition needs: where to, who may make it, what else changes, the note for the history. */
interface Move {
  action: string;
  problemId: string;
  to: (current: ProblemView) => ProblemStatus;
  scope: ScopeKind;
  patch?: (current: ProblemView, repository: ProblemsRepository) => ProblemPatch | Promise<ProblemPatch>;
  note?: string | null;
}

/**
 * What the problem wall's rules read of the request: the caller, and the loaders of the problems,
 * places and branches scopes (built once per request; the rules reach them through the context).
 */
export interface ProblemsBase extends RequestMeta {
  problems: { loaders: { problemById: DataLoader<string, ProblemView | null> } };
  places: { loaders: { estateById: DataLoader<string, EstateRow | null> } };
  branches: { loaders: { branchByEstate: DataLoader<string, PartyBranchRow | null> } };
}

// The problem wall's rules: who may see a problem and its reporter, and every move of its state
// machine, each acting for the request's caller.

function scopeOf(caller: Caller): ProblemScope {
  return {
    isAdmin: isAgencyAdmin(caller, "party"),
    branchIds: scopeIds(caller, "branch_secretary"),
    companyIds: scopeIds(caller, "property_manager"),
    unitIds: scopeIds(caller, "unit_liaison"),
    teamIds: scopeIds(caller, "volunteer_lead"),
    subject: caller.subject,
  };
}

/** The handler of a problem: the party administrator, or the secretary of the estate's branch. */
async function isHandler(meta: ProblemsBase, problem: ProblemView): Promise<boolean> {
  if (isAgencyAdmin(meta.caller, "party")) return true;
  const branch = await meta.branches.loaders.branchByEstate.load(problem.estateId);
  return branch !== null && scopeIds(meta.caller, "branch_secretary").includes(branch.id);
}

/** Whether the caller's role is the body the problem is assigned to. */
function isResponsible(caller: Caller, problem: ProblemView): boolean {
  const scope = scopeOf(caller);
  switch (problem.responsibleKind) {
    case "PROPERTY_COMPANY":
      return scope.companyIds.includes(problem.responsibleId ?? "");
    case "UNIT":
      return scope.unitIds.includes(problem.responsibleId ?? "");
    case "VOLUNTEER_TEAM":
      return scope.teamIds.includes(problem.responsibleId ?? "");
    case "PARTY_BRANCH":
      return scope.branchIds.includes(problem.responsibleId ?? "");
    default:
      return false;
  }
}

/**
 * Who may follow a problem: party and county administrators, the secretary of the estate's branch,
 * a community worker of its community, the body it is assigned to, and the resident who raised it.
 */
async function canRead(meta: ProblemsBase, problem: ProblemView): Promise<boolean> {
  const caller = meta.caller;
  if (caller.subject === null) return false;
  if (problem.reporterSubject === caller.subject) return true;
  if (grantsOf(caller, "county_admin").length > 0) return true;
  if (await isHandler(meta, problem)) return true;
  if (isResponsible(caller, problem)) return true;
  const communities = scopeIds(caller, "community_worker");
  if (communities.length === 0) return false;
  const estate = await meta.places.loaders.estateById.load(problem.estateId);
  return estate !== null && communities.includes(estate.communityId);
}

/** A problem by id, or null when there is none or the caller may not follow it. */
export async function visibleProblem(meta: ProblemsBase, problemId: string): Promise<ProblemView | null> {
  if (meta.caller.subject === null) throw denied(meta.caller);
  const problem = await meta.problems.loaders.problemById.load(problemId);
  return problem && (await canRead(meta, problem)) ? problem : null;
}

/** An anonymous reporter's name only for the handler and the reporter; a named one for every reader. */
export async function reporterName(meta: ProblemsBase, problem: ProblemView): Promise<string | null> {
  if (!problem.anonymous || problem.reporterSubject === meta.caller.subject) return problem.reporterName;
  return (await isHandler(meta, problem)) ? problem.reporterName : null;
}

/** Whether the caller is the resident who raised the problem. */
export function raisedByMe(meta: RequestMeta, problem: ProblemView): boolean {
  return meta.caller.subject !== null && problem.reporterSubject === meta.caller.subject;
}

/** 点题 — raises a problem within the reporter's estates, routed and timed in SQL. */
export async function reportProblem(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<ProblemView> {
  const values = parseInput(reportInput, input);
  const caller = meta.caller;
  if (caller.subject === null) throw denied(caller);
  const problemId = values.id ?? randomUUID();
  const scope = scopeOf(meta.caller);
  // Recording for a resident is the handler's act: a resident grant does not count then.
  const reportScope = {
    isAdmin: scope.isAdmin,
    branchIds: scope.branchIds,
    residentEstateIds: values.onBehalfOf ? [] : scopeIds(caller, "resident"),
  };
  const reporterSubject = values.onBehalfOf ?? caller.subject;
  return auditedWrite(db, meta, { action: "reportProblem", entityType: "Problem" }, async (tx) => {
    const repository = new ProblemsRepository(tx);
    if (values.id) {
      const [existing] = await repository.byIds([values.id]);
      if (existing) {
        // A retry of the same report answers the problem already raised; any other reuse is a conflict.
        if (existing.reporterSubject === reporterSubject && existing.estateId === values.estateId) {
          return { entityId: existing.id, before: snapshot(existing), after: snapshot(existing), result: existing };
        }
        throw codedError("CONFLICT", "Another problem already has this id; leave `id` out or choose a new one.");
      }
    }
    const created = await repository.insertWithin(
      {
        id: problemId,
        estateId: values.estateId,
        category: values.category,
        text: values.text,
        anonymous: values.anonymous,
        reporterSubject,
        reporterName: values.reporterName,
      },
      reportScope,
    );
    if (!created) {
      throw (await repository.estateExists(values.estateId))
        ? denied(caller)
        : notFound("There is no estate with this id.");
    }
    await repository.appendTransition({
      problemId: created.id,
      fromStatus: null,
      toStatus: "REPORTED",
      actor: caller.subject,
    });
    return { entityId: created.id, before: null, after: snapshot(created), result: created };
  });
}

export function acceptProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId } = parseInput(transitionInput, input);
  return moveProblem(db, meta, { action: "acceptProblem", problemId, to: () => "ACCEPTED", scope: "handler" });
}

export function rejectProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, reason } = parseInput(rejectInput, input);
  return moveProblem(db, meta, {
    action: "rejectProblem",
    problemId,
    to: () => "REJECTED",
    scope: "handler",
    patch: () => ({ rejectReason: reason }),
    note: reason,
  });
}

export function markProblemDuplicate(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, duplicateOfId } = parseInput(duplicateInput, input);
  return moveProblem(db, meta, {
    action: "markProblemDuplicate",
    problemId,
    to: () => "DUPLICATE",
    scope: "handler",
    patch: async (current, repository) => {
      const original = await repository.estateOf(duplicateOfId);
      if (duplicateOfId === current.id || original !== current.estateId) {
        throw badUserInput("`duplicateOfId` must name another problem of the same estate.", {
          argumentName: "input",
          field: "duplicateOfId",
        });
      }
      return { duplicateOfId };
    },
  });
}

export function assignProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, responsible } = parseInput(assignInput, input);
  return moveProblem(db, meta, {
    action: "assignProblem",
    problemId,
    to: () => "ASSIGNED",
    scope: "handler",
    patch: async (current, repository) => {
      if (!responsible) {
        if (!current.responsibleKind) {
          throw badUserInput("Nobody is routed to answer this problem: name `responsible`.", {
            argumentName: "input",
            field: "responsible",
          });
        }
        return {};
      }
      if (responsible.kind === "PARTY_BRANCH" && !(await repository.branchExists(responsible.id))) {
        throw badUserInput("`responsible.id` names no party branch.", {
          argumentName: "input",
          field: "responsible.id",
        });
      }
      return { responsibleKind: responsible.kind, responsibleId: responsible.id };
    },
  });
}

export function startProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId } = parseInput(transitionInput, input);
  return moveProblem(db, meta, {
    action: "startProblem",
    problemId,
    to: () => "IN_PROGRESS",
    scope: "handlerOrResponsible",
  });
}

export function resolveProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, note } = parseInput(resolveInput, input);
  return moveProblem(db, meta, {
    action: "resolveProblem",
    problemId,
    to: () => "RESOLVED",
    scope: "handlerOrResponsible",
    patch: () => ({ resolutionNote: note }),
    note,
  });
}

export function answerProblem(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, answer } = parseInput(answerInput, input);
  return moveProblem(db, meta, {
    action: "answerProblem",
    problemId,
    to: () => "ANSWERED",
    scope: "handlerOrResponsible",
    patch: () => ({ answer, answeredNow: true }),
    note: answer,
  });
}

export function rateProblemAnswer(db: PartyDatabase, meta: ProblemsBase, input: unknown) {
  const { problemId, rating, comment } = parseInput(rateInput, input);
  const reopens = rating <= REOPEN_AT_OR_BELOW;
  return moveProblem(db, meta, {
    action: "rateProblemAnswer",
    problemId,
    to: () => (reopens ? "REOPENED" : "CLOSED"),
    scope: "reporter",
    patch: () => ({ rating, ratingComment: comment ?? null, dueAgain: reopens }),
    note: comment ? `${rating}/5 ${comment}` : `${rating}/5`,
  });
}

/**
 * One transition, in one transaction: lock the problem (NOT_FOUND), check the caller's scope in SQL
 * (FORBIDDEN, before anything about its state is revealed), check the transition table
 * (INVALID_TRANSITION), update it from the state it was read in and within the scope, append the
 * history row and the audit row. Any refusal rolls everything back.
 */
async function moveProblem(db: PartyDatabase, meta: ProblemsBase, spec: Move): Promise<ProblemView> {
  const caller = meta.caller;
  const scope = scopeOf(meta.caller);
  const moved = await auditedWrite(db, meta, { action: spec.action, entityType: "Problem" }, async (tx) => {
    const repository = new ProblemsRepository(tx);
    const current = await repository.lockById(spec.problemId);
    if (!current) throw notFound("There is no problem with this id.");
    if (!(await repository.isWithin(current.id, spec.scope, scope))) throw denied(caller);
    const to = spec.to(current);
    if (!PROBLEM_TRANSITIONS[current.status].includes(to)) {
      throw codedError("INVALID_TRANSITION", `A problem that is ${current.status} cannot become ${to}.`, {
        from: current.status,
        to,
      });
    }
    const patch = spec.patch ? await spec.patch(current, repository) : {};
    const updated = await repository.moveWithin(current.id, current.status, to, patch, spec.scope, scope);
    if (!updated) throw denied(caller);
    await repository.appendTransition({
      problemId: current.id,
      fromStatus: current.status,
      toStatus: to,
      actor: caller.subject,
      note: spec.note ?? null,
    });
    return { entityId: current.id, before: snapshot(current), after: snapshot(updated), result: updated };
  });
  meta.problems.loaders.problemById.clear(moved.id).prime(moved.id, moved);
  return moved;
}

/** What the audit keeps of a problem: its state and routing, not the resident's words or name. */
function snapshot(problem: ProblemView) {
  return {
    status: problem.status,
    category: problem.category,
    estateId: problem.estateId,
    responsibleKind: problem.responsibleKind,
    responsibleId: problem.responsibleId,
    rating: problem.rating,
  };
}
