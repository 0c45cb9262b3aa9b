import type { RequestBase } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { AggregatesRepository } from "./aggregates.repository";

/** The dashboards' aggregates of service hours, for one request: each field is one statement. */
export function aggregatesScope(base: RequestBase<VolunteerDatabase>) {
  return { repository: new AggregatesRepository(base.db) };
}

export type AggregatesScope = ReturnType<typeof aggregatesScope>;
