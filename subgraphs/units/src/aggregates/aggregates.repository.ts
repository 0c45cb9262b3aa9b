import {
  countyMonth,
  type DayRange,
  dayInstants,
  type PlaceScope,
  requirePlace,
  scopeEstatesRelation,
} from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";

export interface BookingCountRow {
  unitId: string | null;
  resourceId: string;
  month: string;
  bookings: number;
  approved: number;
}

/** SQL for the dashboards' aggregates of bookings, each one statement, computed on every read. */
export class AggregatesRepository {
  constructor(private readonly db: UnitsDatabase) {}

  /** The place in this agency's directory, or NOT_FOUND. */
  requirePlace(place: PlaceScope): Promise<PlaceScope> {
    return requirePlace((query) => this.db.execute(query), place);
  }

  /** Bookings for the place's estates starting in the range, by resource (and its unit) and county month. */
  async bookingCounts(place: PlaceScope, range: DayRange): Promise<BookingCountRow[]> {
    const { from, until } = dayInstants(range);
    const result = (await this.db.execute(sql`
      SELECT r.unit_id, r.id AS resource_id,
        ${countyMonth(sql.raw("b.starts_at"))} AS month,
        count(*)::int AS bookings, (count(*) FILTER (WHERE b.state = 'APPROVED'))::int AS approved
      FROM ${scopeEstatesRelation([place])} se
      JOIN bookings b ON b.estate_id = se.estate_id
      JOIN shared_resources r ON r.id = b.resource_id
      WHERE b.starts_at >= ${from} AND b.starts_at < ${until}
      GROUP BY r.unit_id, r.id, 3
      ORDER BY 3, r.unit_id, r.id`)) as unknown as {
      rows: { unit_id: string | null; resource_id: string; month: string; bookings: number; approved: number }[];
    };
    return result.rows.map((row) => ({
      unitId: row.unit_id,
      resourceId: row.resource_id,
      month: row.month,
      bookings: row.bookings,
      approved: row.approved,
    }));
  }
}
