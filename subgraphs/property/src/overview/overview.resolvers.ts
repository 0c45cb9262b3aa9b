import { figuresLoader, placeFigureFields } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { emptyPropertyFigures, type OverviewRepository } from "./overview.repository";

/** Per-request loaders: every place of a request in one statement. */
export const overviewLoaders = (overview: OverviewRepository) => ({
  propertyFigures: figuresLoader((scopes) => overview.figures(scopes), emptyPropertyFigures),
});

const place = placeFigureFields((context: Context) => context.loaders.propertyFigures);

export const overviewResolvers: Resolvers = {
  County: { __resolveReference: place.reference, propertyFigures: place.figures("County") },
  Subdistrict: { __resolveReference: place.reference, propertyFigures: place.figures("Subdistrict") },
  Community: { __resolveReference: place.reference, propertyFigures: place.figures("Community") },
  Estate: { propertyFigures: place.estateFigures },
};
