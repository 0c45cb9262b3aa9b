import { CALENDAR_PAST_DAYS, type CalendarFeedRow, MAX_CALENDAR_EVENTS } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, gt, inArray, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import { type ActivityRow, activities, calendarFeeds, directoryEstates, volunteerTeams } from "../db/schema";

/** SQL for the teams' activity calendars. */
export class CalendarsRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  /** The team's name; null when there is no such team. */
  async teamName(teamId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ name: volunteerTeams.name })
      .from(volunteerTeams)
      .where(eq(volunteerTeams.id, teamId));
    return row?.name ?? null;
  }

  /** The feeds of each team, newest first. */
  feedsOfTeams(teamIds: string[]): Promise<CalendarFeedRow[]> {
    return this.db
      .select()
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.kind, "team"), inArray(calendarFeeds.subjectId, teamIds)))
      .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id));
  }

  /** The team's activities ending after `CALENDAR_PAST_DAYS` ago, by start; at most MAX_CALENDAR_EVENTS. */
  activitiesOf(teamId: string): Promise<(ActivityRow & { estateName: string | null })[]> {
    return this.db
      .select({ ...getTableColumns(activities), estateName: directoryEstates.name })
      .from(activities)
      .leftJoin(directoryEstates, eq(directoryEstates.id, activities.estateId))
      .where(
        and(
          eq(activities.teamId, teamId),
          gt(activities.endsAt, sql`now() - make_interval(days => ${CALENDAR_PAST_DAYS})`),
        ),
      )
      .orderBy(asc(activities.startsAt), asc(activities.id))
      .limit(MAX_CALENDAR_EVENTS);
  }
}
