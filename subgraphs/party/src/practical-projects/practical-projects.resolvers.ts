import { pageRequest, requireRow, scrubText, toConnection } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { projectSortKey } from "./practical-projects.repository";

const SEQ = ["count"] as const;

export const practicalProjectsResolvers: Resolvers = {
  Query: {
    practicalProject: (_root, { id }, { practicalProjects }) => practicalProjects.loaders.practicalProjectById.load(id),
    practicalProjects: async (_root, { status, ...args }, { practicalProjects }) => {
      const page = pageRequest(args, SEQ);
      return toConnection(
        await practicalProjects.repository.page(status ?? null, page),
        page,
        projectSortKey,
        practicalProjects.repository.count(status ?? null),
      );
    },
  },
  Mutation: {
    createPracticalProject: async (_root, { input }, context) => {
      const project = await context.practicalProjects.service.createPracticalProject(input);
      context.practicalProjects.loaders.practicalProjectById.prime(project.id, project);
      return project;
    },
    updatePracticalProjectProgress: async (_root, { input }, context) => {
      const project = await context.practicalProjects.service.updatePracticalProjectProgress(input);
      context.practicalProjects.loaders.practicalProjectById.clear(project.id).prime(project.id, project);
      context.practicalProjects.loaders.historyByPracticalProject.clear(project.id);
      return project;
    },
    completePracticalProject: async (_root, { input }, context) => {
      const project = await context.practicalProjects.service.completePracticalProject(input);
      context.practicalProjects.loaders.practicalProjectById.clear(project.id).prime(project.id, project);
      context.practicalProjects.loaders.historyByPracticalProject.clear(project.id);
      return project;
    },
  },
  Estate: {
    practicalProjects: (estate, args, { practicalProjects }) =>
      practicalProjects.loaders.practicalProjectPageByEstate.load({
        parentId: estate.id,
        page: pageRequest(args, SEQ),
      }),
  },
  PracticalProject: {
    __resolveReference: ({ id }, { practicalProjects }) => practicalProjects.loaders.practicalProjectById.load(id),
    // Public: a phone or ID number typed into it is masked for every reader.
    title: (project) => scrubText(project.title),
    description: (project) => scrubText(project.description),
    estate: (project, _args, { places }) => requireRow(places.loaders.estateById.load(project.estateId)),
    history: (project, _args, { practicalProjects }) =>
      practicalProjects.loaders.historyByPracticalProject.load(project.id),
  },
  PracticalProjectTransition: {
    from: (transition) => transition.fromStatus,
    to: (transition) => transition.toStatus,
    recordedAt: (transition) => transition.occurredAt.toISOString(),
  },
};
