import type { PartyFiguresFieldsFragment } from "@linli/schema/operations";
import { card } from "./dom";
import { secretaryBackground } from "./labels";

/** 书记 by background, as the report counts them. */
export const secretaries = (party: PartyFiguresFieldsFragment, background: string) =>
  party.secretariesByBackground.find((s) => s.background === background)?.secretaries ?? 0;

export const secretaryCards = (party: PartyFiguresFieldsFragment) =>
  ["SERVING_CADRE", "RETIRED_CADRE", "COMMUNITY_WORKER"].map((background) =>
    card(`secretaries.${background}`, `书记：${secretaryBackground[background]}`, secretaries(party, background), "名"),
  );
