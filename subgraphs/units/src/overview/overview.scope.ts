import { figuresLoader, monthlyLoader, type RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { emptyUnitsFigures, OverviewRepository } from "./overview.repository";

/** The places' figures and monthly series, for one request: every place of a request in one statement each. */
export function overviewScope(base: RequestBase<UnitsDatabase>) {
  const overview = new OverviewRepository(base.db);
  return {
    repository: overview,
    loaders: {
      unitsFigures: figuresLoader((scopes) => overview.figures(scopes), emptyUnitsFigures),
      unitsMonthly: monthlyLoader(
        (scopes, range) => overview.monthly(scopes, range),
        (month) => ({ month, bookingsApproved: 0 }),
      ),
    },
  };
}

export type OverviewScope = ReturnType<typeof overviewScope>;
