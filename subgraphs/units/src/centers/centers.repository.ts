import {
  type Connection,
  countRows,
  NAME_THEN_ID,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import {
  type CenterServiceItemRow,
  centerServiceItems,
  type NeighborhoodCenterRow,
  neighborhoodCenters,
  neighborhoodCenterUnits,
  type UnitRow,
  units,
} from "../db/schema";

/** Centers are listed by name, then id: the cursor is that pair. */
const centerSortKey = (row: NeighborhoodCenterRow): string[] => [row.name, row.id];

const afterCenter = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${neighborhoodCenters.name}, ${neighborhoodCenters.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`
    : undefined;

/** SQL for the neighbourhood centers (党建+邻里中心): read-only. */
export class CentersRepository {
  constructor(private readonly db: UnitsDatabase) {}

  byIds(ids: string[]): Promise<NeighborhoodCenterRow[]> {
    return this.db.select().from(neighborhoodCenters).where(inArray(neighborhoodCenters.id, ids));
  }

  async page(args: PageArgs): Promise<Connection<NeighborhoodCenterRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const rows = await this.db
      .select()
      .from(neighborhoodCenters)
      .where(afterCenter(page))
      .orderBy(asc(neighborhoodCenters.name), asc(neighborhoodCenters.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, centerSortKey, countRows(this.db, neighborhoodCenters));
  }

  /** The service items of each center, by name. */
  itemsByCenterIds(ids: string[]): Promise<CenterServiceItemRow[]> {
    return this.db
      .select()
      .from(centerServiceItems)
      .where(inArray(centerServiceItems.centerId, ids))
      .orderBy(asc(centerServiceItems.name), asc(centerServiceItems.id));
  }

  /** The member units of each center, by name, tagged with the center. */
  async unitsByCenterIds(ids: string[]): Promise<(UnitRow & { centerId: string })[]> {
    const rows = await this.db
      .select({ unit: units, centerId: neighborhoodCenterUnits.centerId })
      .from(neighborhoodCenterUnits)
      .innerJoin(units, eq(units.id, neighborhoodCenterUnits.unitId))
      .where(inArray(neighborhoodCenterUnits.centerId, ids))
      .orderBy(asc(units.name), asc(units.id));
    return rows.map(({ unit, centerId }) => ({ ...unit, centerId }));
  }

  /** The centers each unit is a member of, by name, tagged with the unit. */
  async centersByUnitIds(ids: string[]): Promise<(NeighborhoodCenterRow & { unitId: string })[]> {
    const rows = await this.db
      .select({ center: neighborhoodCenters, unitId: neighborhoodCenterUnits.unitId })
      .from(neighborhoodCenterUnits)
      .innerJoin(neighborhoodCenters, eq(neighborhoodCenters.id, neighborhoodCenterUnits.centerId))
      .where(inArray(neighborhoodCenterUnits.unitId, ids))
      .orderBy(asc(neighborhoodCenters.name), asc(neighborhoodCenters.id));
    return rows.map(({ center, unitId }) => ({ ...center, unitId }));
  }
}
