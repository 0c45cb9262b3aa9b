import { assertUuid, pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import type { ProblemView, ResponsibleKind } from "./problems.repository";

const REF_TYPES = {
  PROPERTY_COMPANY: "PropertyCompany",
  UNIT: "Unit",
  VOLUNTEER_TEAM: "VolunteerTeam",
} as const satisfies Record<Exclude<ResponsibleKind, "PARTY_BRANCH">, string>;

/** The body a problem (or a routing rule) names: the branch from here, another agency's body by reference. */
export async function responsible(
  problem: Pick<ProblemView, "responsibleKind" | "responsibleId">,
  { branches }: Context,
) {
  if (!problem.responsibleKind || !problem.responsibleId) return null;
  if (problem.responsibleKind === "PARTY_BRANCH") return branches.loaders.branchById.load(problem.responsibleId);
  return { __typename: REF_TYPES[problem.responsibleKind], id: problem.responsibleId };
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const problemsResolvers: Resolvers = {
  Query: {
    problem: (_root, { id }, { problems }) => problems.visible(id),
    echoWall: (_root, { estateId, ...page }, { problems }) =>
      problems.repository.echoWallPage({ estateId: estateId ? assertUuid(estateId, "estateId") : null }, page),
  },
  Mutation: {
    reportProblem: (_root, { input }, { problems }) => problems.service.reportProblem(input),
    acceptProblem: (_root, { input }, { problems }) => problems.service.acceptProblem(input),
    rejectProblem: (_root, { input }, { problems }) => problems.service.rejectProblem(input),
    markProblemDuplicate: (_root, { input }, { problems }) => problems.service.markProblemDuplicate(input),
    assignProblem: (_root, { input }, { problems }) => problems.service.assignProblem(input),
    startProblem: (_root, { input }, { problems }) => problems.service.startProblem(input),
    resolveProblem: (_root, { input }, { problems }) => problems.service.resolveProblem(input),
    answerProblem: (_root, { input }, { problems }) => problems.service.answerProblem(input),
    rateProblemAnswer: (_root, { input }, { problems }) => problems.service.rateProblemAnswer(input),
  },
  Problem: {
    __resolveReference: ({ id }, { problems }) => problems.visible(id),
    estate: (problem, _args, { places }) => requireRow(places.loaders.estateById.load(problem.estateId)),
    reporterName: (problem, _args, { problems }) => problems.reporterName(problem),
    raisedByMe: (problem, _args, { problems }) => problems.raisedByMe(problem),
    responsible: (problem, _args, context) => responsible(problem, context),
    reportedAt: (problem) => problem.reportedAt.toISOString(),
    dueAt: (problem) => problem.dueAt.toISOString(),
    answeredAt: (problem) => iso(problem.answeredAt),
    duplicateOf: (problem, _args, { problems }) =>
      problem.duplicateOfId ? problems.visible(problem.duplicateOfId) : null,
    history: (problem, args, { problems }) =>
      problems.loaders.historyPageByProblem.load({ parentId: problem.id, page: pageRequest(args, ["count"]) }),
  },
  ProblemTransition: {
    from: (transition) => transition.fromStatus,
    to: (transition) => transition.toStatus,
    occurredAt: (transition) => transition.occurredAt.toISOString(),
  },
  PublicProblem: {
    estate: (problem, _args, { places }) => requireRow(places.loaders.estateById.load(problem.estateId)),
    question: (problem) => scrubText(problem.text),
    reportedAt: (problem) => problem.reportedAt.toISOString(),
    answeredBy: (problem, _args, context) => responsible(problem, context),
    // Only an answered problem shows its answer (a reopened one is being answered again).
    answer: (problem) =>
      problem.answer && problem.answeredAt && isAnswered(problem) ? scrubText(problem.answer) : null,
    answeredAt: (problem) => (isAnswered(problem) ? iso(problem.answeredAt) : null),
  },
  ResponsibleParty: {
    __resolveType: (party) => ("__typename" in party ? party.__typename : "PartyBranch"),
  },
  Estate: {
    problemWall: (estate, args, { problems }) =>
      problems.loaders.wallPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["count"]) }),
    echoWall: (estate, args, { problems }) =>
      problems.loaders.echoPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["count"]) }),
  },
  PartyBranch: {
    assignedProblems: (branch, args, { problems }) =>
      problems.loaders.queuePage.PARTY_BRANCH.load({ parentId: branch.id, page: pageRequest(args, ["count"]) }),
  },
  PropertyCompany: {
    __resolveReference: ({ id }) => ({ __typename: "PropertyCompany", id }),
    assignedProblems: (company, args, { problems }) =>
      problems.loaders.queuePage.PROPERTY_COMPANY.load({ parentId: company.id, page: pageRequest(args, ["count"]) }),
  },
  Unit: {
    __resolveReference: ({ id }) => ({ __typename: "Unit", id }),
    assignedProblems: (unit, args, { problems }) =>
      problems.loaders.queuePage.UNIT.load({ parentId: unit.id, page: pageRequest(args, ["count"]) }),
  },
  VolunteerTeam: {
    __resolveReference: ({ id }) => ({ __typename: "VolunteerTeam", id }),
    assignedProblems: (team, args, { problems }) =>
      problems.loaders.queuePage.VOLUNTEER_TEAM.load({ parentId: team.id, page: pageRequest(args, ["count"]) }),
  },
};

function isAnswered(problem: ProblemView): boolean {
  return problem.status === "ANSWERED" || problem.status === "CLOSED";
}
