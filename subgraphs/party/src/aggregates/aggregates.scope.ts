import type { RequestBase } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { AggregatesRepository } from "./aggregates.repository";

/** The dashboards' aggregates of problems, for one request: each field is one statement. */
export function aggregatesScope(base: RequestBase<PartyDatabase>) {
  return { repository: new AggregatesRepository(base.db) };
}

export type AggregatesScope = ReturnType<typeof aggregatesScope>;
