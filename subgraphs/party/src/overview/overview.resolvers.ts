import { estateScope, monthRange, type PlaceScope } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import type { PlaceKind } from "./overview.repository";

/** A place's scope: its key and, from the registry, its estates. */
async function scopeOf(kind: Exclude<PlaceKind, "Estate">, id: string, { overview }: Context): Promise<PlaceScope> {
  const key = `${kind}:${id}`;
  return { key, estateIds: await overview.loaders.estateIdsByPlace.load(key) };
}

/** The same three fields on every place above an estate. */
const placeFields = (kind: Exclude<PlaceKind, "Estate">) => ({
  estateIds: ({ id }: { id: string }, _args: unknown, { overview }: Context) =>
    overview.loaders.estateIdsByPlace.load(`${kind}:${id}`),
  partyFigures: async ({ id }: { id: string }, _args: unknown, context: Context) =>
    context.overview.loaders.partyFigures.load(await scopeOf(kind, id, context)),
  partyMonthly: async ({ id }: { id: string }, { from, to }: { from: string; to: string }, context: Context) => {
    const range = monthRange(from, to);
    return context.overview.loaders.partyMonthly.load(await scopeOf(kind, id, context), range);
  },
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
