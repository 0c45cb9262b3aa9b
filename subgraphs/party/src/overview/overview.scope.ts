import { figuresLoader, isUuid, monthlyLoader, type RequestBase } from "@linli/service-kit";
import DataLoader from "dataloader";
import type { PartyDatabase } from "../db";
import { emptyPartyFigures, OverviewRepository, type PlaceKind } from "./overview.repository";

const PLACE_KINDS = new Set<string>(["County", "Subdistrict", "Community", "Estate"]);

/** The overview's per-request loaders: a place's estates, its figures and its monthly series, each one statement a batch. */
export function overviewScope(base: RequestBase<PartyDatabase>) {
  const overview = new OverviewRepository(base.db);
  const loaders = {
    /** Keyed `Kind:id`; the estates of that place, by name. */
    estateIdsByPlace: new DataLoader<string, string[]>(async (keys) => {
      const places = keys.flatMap((key) => {
        const [kind = "", id = ""] = key.split(":");
        return PLACE_KINDS.has(kind) && isUuid(id) ? [{ kind: kind as PlaceKind, id }] : [];
      });
      const found = places.length > 0 ? await overview.estateIdsByPlace(places) : new Map<string, string[]>();
      return keys.map((key) => found.get(key) ?? []);
    }),
    partyFigures: figuresLoader((scopes) => overview.figures(scopes), emptyPartyFigures),
    partyMonthly: monthlyLoader(
      (scopes, range) => overview.monthly(scopes, range),
      (month) => ({ month, problemsRaised: 0, problemsSolved: 0, disputesMediated: 0 }),
    ),
  };
  return { loaders };
}

export type OverviewScope = ReturnType<typeof overviewScope>;
