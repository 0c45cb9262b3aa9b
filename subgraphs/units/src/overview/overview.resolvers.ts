import { placeFigureFields, placeSeriesFields } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";

const place = placeFigureFields((context: Context) => context.overview.loaders.unitsFigures);
const series = placeSeriesFields((context: Context) => context.overview.loaders.unitsMonthly);

export const overviewResolvers: Resolvers = {
  County: {
    __resolveReference: place.reference,
    unitsFigures: place.figures("County"),
    unitsMonthly: series.monthly("County"),
    neighborhoodCenterFigures: (_county, _args, { overview }) => overview.repository.centerFigures(),
  },
  Subdistrict: {
    __resolveReference: place.reference,
    unitsFigures: place.figures("Subdistrict"),
    unitsMonthly: series.monthly("Subdistrict"),
  },
  Community: {
    __resolveReference: place.reference,
    unitsFigures: place.figures("Community"),
    unitsMonthly: series.monthly("Community"),
  },
  Estate: { unitsFigures: place.estateFigures, unitsMonthly: series.estateMonthly },
};
