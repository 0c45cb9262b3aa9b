import { estateScope, monthRange, placeScope } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import type { PlaceKind } from "./overview.repository";

/** The same three fields on every place above an estate. */
const placeFields = (kind: Exclude<PlaceKind, "Estate">) => ({
  estateIds: ({ id }: { id: string }, _args: unknown, { overview }: Context) =>
    overview.loaders.estateIdsByPlace.load(`${kind}:${id}`),
  partyFigures: (place: { id: string }, _args: unknown, { overview }: Context) =>
    overview.loaders.partyFigures.load(placeScope(kind, place)),
  partyMonthly: (place: { id: string }, { from, to }: { from: string; to: string }, { overview }: Context) =>
    overview.loaders.partyMonthly.load(placeScope(kind, place), monthRange(from, to)),
});

export const overviewResolvers: Resolvers = {
  County: placeFields("County"),
  Subdistrict: placeFields("Subdistrict"),
  Community: placeFields("Community"),
  Estate: {
    partyFigures: ({ id }, _args, { overview }) => overview.loaders.partyFigures.load(estateScope(id)),
    partyMonthly: ({ id }, { from, to }, { overview }) =>
      overview.loaders.partyMonthly.load(estateScope(id), monthRange(from, to)),
  },
};
