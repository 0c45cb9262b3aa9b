import { figuresLoader } from "@linli/service-kit";
import { emptyPropertyFigures, type OverviewRepository } from "./overview.repository";

/** Per-request loaders: every place of a request in one statement. */
export const overviewLoaders = (overview: OverviewRepository) => ({
  propertyFigures: figuresLoader((scopes) => overview.figures(scopes), emptyPropertyFigures),
});
