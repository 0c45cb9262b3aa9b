import { bindServices, childConnectionLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { ProblemsRepository, type ProblemView, problemSortKey, type ResponsibleKind } from "./problems.repository";
import {
  acceptProblem,
  answerProblem,
  assignProblem,
  markProblemDuplicate,
  type ProblemsBase,
  raisedByMe,
  rateProblemAnswer,
  rejectProblem,
  reporterName,
  reportProblem,
  resolveProblem,
  startProblem,
  visibleProblem,
} from "./problems.service";

/** Residents' problems, their walls, queues and histories, for one request. */
export function problemsScope(context: RequestBase<PartyDatabase> & ProblemsBase) {
  const problems = new ProblemsRepository(context.db);
  const queue = (kind: ResponsibleKind) =>
    childConnectionLoader(
      (ids, page) => problems.queuePagesByResponsibleIds(kind, ids, page),
      (row) => row.responsibleId ?? "",
      problemSortKey,
      problems.queueCountsByResponsibleIds(kind),
    );
  const loaders = {
    problemById: rowLoader(
      (ids) => problems.byIds(ids),
      (row) => row.id,
    ),
    wallPageByEstate: childConnectionLoader(
      (ids, page) => problems.wallPagesByEstateIds(ids, page),
      (row) => row.estateId,
      problemSortKey,
      (ids) => problems.wallCountsByEstateIds(ids),
    ),
    echoPageByEstate: childConnectionLoader(
      (ids, page) => problems.echoPagesByEstateIds(ids, page),
      (row) => row.estateId,
      problemSortKey,
      (ids) => problems.echoCountsByEstateIds(ids),
    ),
    historyPageByProblem: childConnectionLoader(
      (ids, page) => problems.historyPagesByProblemIds(ids, page),
      (row) => row.problemId,
      problemSortKey,
      (ids) => problems.historyCountsByProblemIds(ids),
    ),
    queuePage: {
      PARTY_BRANCH: queue("PARTY_BRANCH"),
      PROPERTY_COMPANY: queue("PROPERTY_COMPANY"),
      UNIT: queue("UNIT"),
      VOLUNTEER_TEAM: queue("VOLUNTEER_TEAM"),
    },
  };
  return {
    repository: problems,
    loaders,
    /** A problem by id, or null when there is none or the caller may not follow it. */
    visible: (problemId: string) => visibleProblem(context, problemId),
    /** A problem's reporter's name as this caller may see it. */
    reporterName: (problem: ProblemView) => reporterName(context, problem),
    /** Whether this caller raised the problem. */
    raisedByMe: (problem: ProblemView) => raisedByMe(context, problem),
    /** Every move of a problem's state machine, for this caller. */
    service: bindServices(context, {
      reportProblem,
      acceptProblem,
      rejectProblem,
      markProblemDuplicate,
      assignProblem,
      startProblem,
      resolveProblem,
      answerProblem,
      rateProblemAnswer,
    }),
  };
}

export type ProblemsScope = ReturnType<typeof problemsScope>;
