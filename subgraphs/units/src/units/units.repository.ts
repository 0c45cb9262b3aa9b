import {
  type Connection,
  countRows,
  NAME_THEN_ID,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import { type UnitRow, units } from "../db/schema";

/** Units are listed by name, then id: the cursor is that pair. */
export const unitSortKey = (row: UnitRow): string[] => [row.name, row.id];

const afterUnit = (page: PageRequest): SQL | undefined =>
  page.after ? sql`(${units.name}, ${units.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;

/** SQL for the embedded units themselves. */
export class UnitsRepository {
  constructor(private readonly db: UnitsDatabase) {}

  byIds(ids: string[]): Promise<UnitRow[]> {
    return this.db.select().from(units).where(inArray(units.id, ids));
  }

  /** One page of units, optionally of one kind. */
  async page(filter: { kind?: UnitRow["kind"] | null }, args: PageArgs): Promise<Connection<UnitRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const rows = await this.db
      .select()
      .from(units)
      .where(and(filter.kind ? eq(units.kind, filter.kind) : undefined, afterUnit(page)))
      .orderBy(asc(units.name), asc(units.id))
      .limit(page.limit + 1);
    return toConnection(
      rows,
      page,
      unitSortKey,
      countRows(this.db, units, filter.kind ? eq(units.kind, filter.kind) : undefined),
    );
  }
}
