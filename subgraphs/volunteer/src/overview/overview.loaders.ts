import { figuresLoader, monthlyLoader } from "@linli/service-kit";
import { emptyVolunteerFigures, type OverviewRepository } from "./overview.repository";

/** Per-request loaders: every place of a request in one statement each. */
export function overviewLoaders(overview: OverviewRepository) {
  return {
    volunteerFigures: figuresLoader((scopes) => overview.figures(scopes), emptyVolunteerFigures),
    volunteerMonthly: monthlyLoader(
      (scopes, range) => overview.monthly(scopes, range),
      (month) => ({ month, approvedServiceHours: 0 }),
    ),
  };
}
