import { figuresLoader, monthlyLoader, type RequestBase } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { emptyVolunteerFigures, OverviewRepository } from "./overview.repository";

/** The places' figures and monthly series, for one request: every place of a request in one statement each. */
export function overviewScope(base: RequestBase<VolunteerDatabase>) {
  const overview = new OverviewRepository(base.db);
  return {
    loaders: {
      volunteerFigures: figuresLoader((scopes) => overview.figures(scopes), emptyVolunteerFigures),
      volunteerMonthly: monthlyLoader(
        (scopes, range) => overview.monthly(scopes, range),
        (month) => ({ month, approvedServiceHours: 0 }),
      ),
    },
  };
}

export type OverviewScope = ReturnType<typeof overviewScope>;
