import { figuresLoader, monthlyLoader } from "@linli/service-kit";
import { emptyUnitsFigures, type OverviewRepository } from "./overview.repository";

/** Per-request loaders: every place of a request in one statement each. */
export function overviewLoaders(overview: OverviewRepository) {
  return {
    unitsFigures: figuresLoader((scopes) => overview.figures(scopes), emptyUnitsFigures),
    unitsMonthly: monthlyLoader(
      (scopes, range) => overview.monthly(scopes, range),
      (month) => ({ month, bookingsApproved: 0 }),
    ),
  };
}
