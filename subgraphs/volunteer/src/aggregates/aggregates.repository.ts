import { type DayRange, type PlaceScope, requirePlace, scopeEstatesRelation } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";

export interface TeamMonthHoursRow {
  teamId: string;
  month: string;
  hours: number;
  volunteers: number;
}

/** SQL for the dashboards' aggregates of service hours, each one statement, computed on every read. */
export class AggregatesRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  /** The place in this agency's directory, or NOT_FOUND. */
  requirePlace(place: PlaceScope): Promise<PlaceScope> {
    return requirePlace((query) => this.db.execute(query), place);
  }

  /** Approved minutes served for the place's estates in the range, by team and month, as hours. */
  async hoursByTeam(place: PlaceScope, range: DayRange): Promise<TeamMonthHoursRow[]> {
    // served_on is already the county's day.
    const result = (await this.db.execute(sql`
      SELECT h.team_id, to_char(h.served_on, 'YYYY-MM') AS month, sum(h.minutes)::int AS minutes,
        count(DISTINCT h.volunteer_id)::int AS volunteers
      FROM ${scopeEstatesRelation([place])} se JOIN effective_service_hours h ON h.estate_id = se.estate_id
      WHERE h.served_on >= ${range.startsOn}::date AND h.served_on < ${range.endsBefore}::date
      GROUP BY h.team_id, 2
      ORDER BY 2, h.team_id`)) as unknown as {
      rows: { team_id: string; month: string; minutes: number; volunteers: number }[];
    };
    return result.rows.map((row) => ({
      teamId: row.team_id,
      month: row.month,
      hours: row.minutes / 60,
      volunteers: row.volunteers,
    }));
  }
}
