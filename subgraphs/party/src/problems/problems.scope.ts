import { childConnectionLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { BranchesScope } from "../branches/branches.scope";
import type { PartyDatabase } from "../db";
import type { PlacesScope } from "../places/places.scope";
import { ProblemsRepository, problemSortKey, type ResponsibleKind } from "./problems.repository";
import { ProblemsService } from "./problems.service";

/** Residents' problems, their walls, queues and histories, for one request. */
export function problemsScope(context: RequestBase<PartyDatabase> & { places: PlacesScope; branches: BranchesScope }) {
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
    /** Who may follow a problem and see its reporter, and every move of its state machine. */
    service: new ProblemsService(context, context.db, {
      problemById: loaders.problemById,
      estateById: context.places.loaders.estateById,
      branchByEstate: context.branches.loaders.branchByEstate,
    }),
  };
}

export type ProblemsScope = ReturnType<typeof problemsScope>;
