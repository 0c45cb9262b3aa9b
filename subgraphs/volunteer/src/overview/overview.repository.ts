import { type MonthRange, type PlaceScope, scopeEstatesRelation } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";

/** A place of the party registry as the gateway sends it: its key. */
export type PlaceRef = { id: string };

export interface VolunteerFiguresRow {
  volunteerTeams: number;
  inServiceMembersClaimingPosts: number;
  servicePosts: number;
  activities: number;
  approvedServiceHours: number;
  redProxyRequests: number;
  redProxyCategories: number;
}

export interface VolunteerMonthRow {
  month: string;
  approvedServiceHours: number;
}

export const emptyVolunteerFigures = (): VolunteerFiguresRow => ({
  volunteerTeams: 0,
  inServiceMembersClaimingPosts: 0,
  servicePosts: 0,
  activities: 0,
  approvedServiceHours: 0,
  redProxyRequests: 0,
  redProxyCategories: 0,
});

/** The volunteer services' dashboard figures: one statement for every place of a request. */
export class OverviewRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  async figures(scopes: readonly PlaceScope[]): Promise<Map<string, VolunteerFiguresRow>> {
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes)},
      categories AS (SELECT count(DISTINCT category)::int AS n FROM red_proxy_items)
      SELECT keys.key,
        (SELECT count(DISTINCT te.team_id) FROM se JOIN team_estates te ON te.estate_id = se.estate_id
          WHERE se.key = keys.key)::int AS teams,
        (SELECT count(DISTINCT c.member_id) FROM se JOIN service_posts p ON p.estate_id = se.estate_id
          JOIN post_claims c ON c.post_id = p.id AND c.state <> 'REJECTED' WHERE se.key = keys.key)::int AS claimers,
        (SELECT count(*) FROM se JOIN service_posts p ON p.estate_id = se.estate_id WHERE se.key = keys.key)::int AS posts,
        (SELECT count(*) FROM se JOIN activities a ON a.estate_id = se.estate_id WHERE se.key = keys.key)::int AS activities,
        (SELECT coalesce(sum(h.minutes), 0) FROM se JOIN effective_service_hours h ON h.estate_id = se.estate_id
          WHERE se.key = keys.key)::int AS minutes,
        (SELECT count(*) FROM se JOIN red_proxy_requests r ON r.estate_id = se.estate_id WHERE se.key = keys.key)::int
          AS requests,
        (SELECT n FROM categories) AS categories
      FROM (SELECT DISTINCT key FROM se) keys`)) as unknown as {
      rows: {
        key: string;
        teams: number;
        claimers: number;
        posts: number;
        activities: number;
        minutes: number;
        requests: number;
        categories: number;
      }[];
    };
    return new Map(
      result.rows.map((row) => [
        row.key,
        {
          volunteerTeams: row.teams,
          inServiceMembersClaimingPosts: row.claimers,
          servicePosts: row.posts,
          activities: row.activities,
          approvedServiceHours: row.minutes / 60,
          redProxyRequests: row.requests,
          redProxyCategories: row.categories,
        },
      ]),
    );
  }

  async monthly(scopes: readonly PlaceScope[], range: MonthRange): Promise<(VolunteerMonthRow & { key: string })[]> {
    // served_on is already the county's day.
    const result = (await this.db.execute(sql`
      WITH se AS ${scopeEstatesRelation(scopes)}
      SELECT se.key, to_char(h.served_on, 'YYYY-MM') AS month, sum(h.minutes)::int AS minutes
      FROM se JOIN effective_service_hours h ON h.estate_id = se.estate_id
      WHERE h.served_on >= ${range.startsOn}::date AND h.served_on < ${range.endsBefore}::date
      GROUP BY 1, 2`)) as unknown as { rows: { key: string; month: string; minutes: number }[] };
    return result.rows.map((row) => ({ key: row.key, month: row.month, approvedServiceHours: row.minutes / 60 }));
  }
}
