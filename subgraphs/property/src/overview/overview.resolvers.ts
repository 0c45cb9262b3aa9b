import { placeFigureFields } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";

const place = placeFigureFields((context: Context) => context.overview.loaders.propertyFigures);

export const overviewResolvers: Resolvers = {
  County: { __resolveReference: place.reference, propertyFigures: place.figures("County") },
  Subdistrict: { __resolveReference: place.reference, propertyFigures: place.figures("Subdistrict") },
  Community: { __resolveReference: place.reference, propertyFigures: place.figures("Community") },
  Estate: { propertyFigures: place.estateFigures },
};
