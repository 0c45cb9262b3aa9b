import {
  countyInstants,
  countyMonth,
  type MonthRange,
  type PlaceScope,
  scopeEstatesRelation,
} from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";

/** A place of the party registry as the gateway sends it: its key. */
export type PlaceRef = { id: string };

export interface UnitsFiguresRow {
  embeddedUnits: number;
  estatesWithEmbeddedUnits: number;
  sharedResources: number;
  bookingsApproved: number;
  bookingsPending: number;
}

export interface CenterFiguresRow {
  neighborhoodCenters: number;
  memberUnits: number;
  highFrequencyServiceItems: number;
  serviceKindsMovedDown: number;
}

export interface UnitsMonthRow {
  month: string;
  bookingsApproved: number;
}

export const emptyUnitsFigures = (): UnitsFiguresRow => ({
  embeddedUnits: 0,
  estatesWithEmbeddedUnits: 0,
  sharedResources: 0,
  bookingsApproved: 0,
  bookingsPending: 0,
});

/** The embedded units agency's dashboard figures: one statement for every place of a request. */
export class OverviewRepository {
  constructor(private readonly db: UnitsDatabase) {}

  async figures(scopes: readonly PlaceScope[]): Promise<Map<string, UnitsFiguresRow>> {
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes)},
      joined AS (SELECT se.key, ue.unit_id, ue.estate_id FROM se JOIN unit_estates ue ON ue.estate_id = se.estate_id)
      SELECT keys.key,
        (SELECT count(DISTINCT unit_id) FROM joined j WHERE j.key = keys.key)::int AS units,
        (SELECT count(DISTINCT estate_id) FROM joined j WHERE j.key = keys.key)::int AS estates,
        (SELECT count(*) FROM shared_resources r
          WHERE r.unit_id IN (SELECT unit_id FROM joined j WHERE j.key = keys.key))::int AS resources,
        (SELECT count(*) FROM se JOIN bookings b ON b.estate_id = se.estate_id
          WHERE se.key = keys.key AND b.state = 'APPROVED')::int AS approved,
        (SELECT count(*) FROM se JOIN bookings b ON b.estate_id = se.estate_id
          WHERE se.key = keys.key AND b.state = 'PENDING')::int AS pending
      FROM (SELECT DISTINCT key FROM se) keys`)) as unknown as {
      rows: { key: string; units: number; estates: number; resources: number; approved: number; pending: number }[];
    };
    return new Map(
      result.rows.map((row) => [
        row.key,
        {
          embeddedUnits: row.units,
          estatesWithEmbeddedUnits: row.estates,
          sharedResources: row.resources,
          bookingsApproved: row.approved,
          bookingsPending: row.pending,
        },
      ]),
    );
  }

  async centerFigures(): Promise<CenterFiguresRow> {
    const result = (await this.db.execute(sql`
      SELECT
        (SELECT count(*) FROM neighborhood_centers)::int AS centers,
        (SELECT count(DISTINCT unit_id) FROM neighborhood_center_units)::int AS member_units,
        (SELECT count(*) FROM center_service_items WHERE category = 'HIGH_FREQUENCY')::int AS high_frequency,
        (SELECT count(DISTINCT name) FROM center_service_items WHERE offered_in_living_rooms)::int AS moved_down`)) as unknown as {
      rows: { centers: number; member_units: number; high_frequency: number; moved_down: number }[];
    };
    const row = result.rows[0];
    if (!row) throw new Error("an aggregate returned no row");
    return {
      neighborhoodCenters: row.centers,
      memberUnits: row.member_units,
      highFrequencyServiceItems: row.high_frequency,
      serviceKindsMovedDown: row.moved_down,
    };
  }

  async monthly(scopes: readonly PlaceScope[], range: MonthRange): Promise<(UnitsMonthRow & { key: string })[]> {
    const { from, until } = countyInstants(range);
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes)}
      SELECT se.key, ${countyMonth(sql.raw("b.starts_at"))} AS month, count(*)::int AS approved
      FROM se JOIN bookings b ON b.estate_id = se.estate_id
      WHERE b.state = 'APPROVED' AND b.starts_at >= ${from} AND b.starts_at < ${until}
      GROUP BY 1, 2`)) as unknown as { rows: { key: string; month: string; approved: number }[] };
    return result.rows.map((row) => ({ key: row.key, month: row.month, bookingsApproved: row.approved }));
  }
}
