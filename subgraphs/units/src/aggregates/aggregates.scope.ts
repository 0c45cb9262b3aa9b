import type { RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { AggregatesRepository } from "./aggregates.repository";

/** The dashboards' aggregates of bookings, for one request: each field is one statement. */
export function aggregatesScope(base: RequestBase<UnitsDatabase>) {
  return { repository: new AggregatesRepository(base.db) };
}

export type AggregatesScope = ReturnType<typeof aggregatesScope>;
