import { asc, eq, inArray } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import { type BigBranchMembershipRow, type UnitRow, unitEstates, units } from "../db/schema";

/** An estate as this subgraph knows it: only the party registry's key, none of its columns. */
export type EstateRef = { id: string };

/** SQL for the units' memberships of estate big branches (大支部). */
export class MembershipsRepository {
  constructor(private readonly db: UnitsDatabase) {}

  /** The memberships of each unit, in the order it joined. */
  byUnitIds(unitIds: string[]): Promise<BigBranchMembershipRow[]> {
    return this.db
      .select()
      .from(unitEstates)
      .where(inArray(unitEstates.unitId, unitIds))
      .orderBy(asc(unitEstates.joinedOn), asc(unitEstates.estateId));
  }

  /** The memberships of each estate's big branch, in the order the units joined. */
  byEstateIds(estateIds: string[]): Promise<BigBranchMembershipRow[]> {
    return this.db
      .select()
      .from(unitEstates)
      .where(inArray(unitEstates.estateId, estateIds))
      .orderBy(asc(unitEstates.joinedOn), asc(unitEstates.unitId));
  }

  /** The units that joined each estate's big branch, by name, tagged with the estate. */
  async unitsByEstateIds(estateIds: string[]): Promise<(UnitRow & { estateId: string })[]> {
    const rows = await this.db
      .select({ unit: units, estateId: unitEstates.estateId })
      .from(unitEstates)
      .innerJoin(units, eq(units.id, unitEstates.unitId))
      .where(inArray(unitEstates.estateId, estateIds))
      .orderBy(asc(units.name), asc(units.id), asc(unitEstates.estateId));
    return rows.map(({ unit, estateId }) => ({ ...unit, estateId }));
  }
}
