import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { PracticalProjectsRepository, projectSortKey } from "./practical-projects.repository";
import {
  completePracticalProject,
  createPracticalProject,
  updatePracticalProjectProgress,
} from "./practical-projects.service";

/** 新年开门办一件实事 — practical projects, for one request. */
export function practicalProjectsScope(base: RequestBase<PartyDatabase>) {
  const practicalProjects = new PracticalProjectsRepository(base.db);
  return {
    repository: practicalProjects,
    loaders: {
      practicalProjectById: rowLoader(
        (ids) => practicalProjects.byIds(ids),
        (row) => row.id,
      ),
      practicalProjectPageByEstate: childConnectionLoader(
        (ids, page) => practicalProjects.pagesByEstateIds(ids, page),
        (row) => row.estateId,
        projectSortKey,
        (ids) => practicalProjects.countsByEstateIds(ids),
      ),
      historyByPracticalProject: listLoader(
        (ids) => practicalProjects.historyByProjectIds(ids),
        (row) => row.projectId,
      ),
    },
    /** Practical projects registered, advanced and completed within the caller's estates. */
    service: bindServices(base, {
      createPracticalProject,
      updatePracticalProjectProgress,
      completePracticalProject,
    }),
  };
}

export type PracticalProjectsScope = ReturnType<typeof practicalProjectsScope>;
