import { type RequestBase, rowLoader } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { UnitsRepository } from "./units.repository";

/** 机关企事业单位 (embedded units), for one request. */
export function unitsScope(base: RequestBase<UnitsDatabase>) {
  const units = new UnitsRepository(base.db);
  return {
    repository: units,
    loaders: {
      unitById: rowLoader(
        (ids) => units.byIds(ids),
        (row) => row.id,
      ),
    },
  };
}

export type UnitsScope = ReturnType<typeof unitsScope>;
