import { figuresLoader, type RequestBase } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { emptyPropertyFigures, OverviewRepository } from "./overview.repository";

/** The places' figures, for one request: every place of a request in one statement. */
export function overviewScope(base: RequestBase<PropertyDatabase>) {
  const overview = new OverviewRepository(base.db);
  return {
    loaders: { propertyFigures: figuresLoader((scopes) => overview.figures(scopes), emptyPropertyFigures) },
  };
}

export type OverviewScope = ReturnType<typeof overviewScope>;
