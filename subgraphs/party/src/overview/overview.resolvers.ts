import { estateScope, monthRange, type PlaceScope } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import type { PlaceKind } from "./overview.repository";

/** A place's scope: its key and, from the registry, its estates. */
async function scopeOf(kind: Exclude<PlaceKind, "Estate">, id: string, { loaders }: Context): Promise<PlaceScope> {
  const key = `${kind}:${id}`;
  return { key, estateIds: await loaders.estateIdsByPlace.load(key) };
}

/** The same three fields on every place above an estate. */
const placeFields = (kind: Exclude<PlaceKind, "Estate">) => ({
  estateIds: ({ id }: { id: string }, _args: unknown, { loaders }: Context) =>
    loaders.estateIdsByPlace.load(`${kind}:${id}`),
  partyFigures: async ({ id }: { id: string }, _args: unknown, context: Context) =>
    context.loaders.partyFigures.load(await scopeOf(kind, id, context)),
  partyMonthly: async ({ id }: { id: string }, { from, to }: { from: string; to: string }, context: Context) => {
    const range = monthRange(from, to);
    return context.loaders.partyMonthly.load(await scopeOf(kind, id, context), range);
  },
});

export const overviewResolvers: Resolvers = {
  County: placeFields("County"),
  Subdistrict: placeFields("Subdistrict"),
  Community: placeFields("Community"),
  Estate: {
    partyFigures: ({ id }, _args, { loaders }) => loaders.partyFigures.load(estateScope(id)),
    partyMonthly: ({ id }, { from, to }, { loaders }) =>
      loaders.partyMonthly.load(estateScope(id), monthRange(from, to)),
  },
};
