import { pageRequest, requireRow, scrubText, toConnection } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { projectSortKey } from "./practical-projects.repository";

const SEQ = ["count"] as const;

export const practicalProjectsResolvers: Resolvers = {
  Query: {
    practicalProject: (_root, { id }, { loaders }) => loaders.practicalProjectById.load(id),
    practicalProjects: async (_root, { status, ...args }, { practicalProjects }) => {
      const page = pageRequest(args, SEQ);
      return toConnection(await practicalProjects.page(status ?? null, page), page, projectSortKey);
    },
  },
  Mutation: {
    createPracticalProject: async (_root, { input }, context) => {
      const project = await context.projectService.create(input);
      context.loaders.practicalProjectById.prime(project.id, project);
      return project;
    },
    updatePracticalProjectProgress: async (_root, { input }, context) => {
      const project = await context.projectService.updateProgress(input);
      context.loaders.practicalProjectById.clear(project.id).prime(project.id, project);
      context.loaders.historyByPracticalProject.clear(project.id);
      return project;
    },
    completePracticalProject: async (_root, { input }, context) => {
      const project = await context.projectService.complete(input);
      context.loaders.practicalProjectById.clear(project.id).prime(project.id, project);
      context.loaders.historyByPracticalProject.clear(project.id);
      return project;
    },
  },
  Estate: {
    practicalProjects: (estate, args, { loaders }) =>
      loaders.practicalProjectPageByEstate.load({ parentId: estate.id, page: pageRequest(args, SEQ) }),
  },
  PracticalProject: {
    __resolveReference: ({ id }, { loaders }) => loaders.practicalProjectById.load(id),
    // Public: a phone or ID number typed into it is masked for every reader.
    title: (project) => scrubText(project.title),
    description: (project) => scrubText(project.description),
    estate: (project, _args, { loaders }) => requireRow(loaders.estateById.load(project.estateId)),
    history: (project, _args, { loaders }) => loaders.historyByPracticalProject.load(project.id),
  },
  PracticalProjectTransition: {
    from: (transition) => transition.fromStatus,
    to: (transition) => transition.toStatus,
    recordedAt: (transition) => transition.occurredAt.toISOString(),
  },
};
