import { placeFigureFields, placeSeriesFields } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";

const place = placeFigureFields((context: Context) => context.overview.loaders.volunteerFigures);
const series = placeSeriesFields((context: Context) => context.overview.loaders.volunteerMonthly);

export const overviewResolvers: Resolvers = {
  County: {
    __resolveReference: place.reference,
    volunteerFigures: place.figures("County"),
    volunteerMonthly: series.monthly("County"),
  },
  Subdistrict: {
    __resolveReference: place.reference,
    volunteerFigures: place.figures("Subdistrict"),
    volunteerMonthly: series.monthly("Subdistrict"),
  },
  Community: {
    __resolveReference: place.reference,
    volunteerFigures: place.figures("Community"),
    volunteerMonthly: series.monthly("Community"),
  },
  Estate: { volunteerFigures: place.estateFigures, volunteerMonthly: series.estateMonthly },
};
