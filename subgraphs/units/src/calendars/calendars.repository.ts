import { CALENDAR_PAST_DAYS, type CalendarFeedRow, MAX_CALENDAR_EVENTS } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, gt, inArray, or, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import { bookings, calendarFeeds, directoryEstates, sharedResources, units } from "../db/schema";

/** Whose bookings a feed shows. */
export type BookingCalendarKind = "resource" | "unit";

export interface CalendarBookingRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  state: "PENDING" | "APPROVED" | "DECLINED" | "CANCELLED";
  purpose: string;
  itemNo: number;
  resourceName: string;
  /** From the directory of places; null when the directory has not heard of the estate yet. */
  estateName: string | null;
}

/** SQL for the booking calendars' subjects and events. */
export class CalendarsRepository {
  constructor(private readonly db: UnitsDatabase) {}

  /** The subject of a feed with the unit that owns it (null: a center's resource); null when there is none. */
  async subject(kind: BookingCalendarKind, id: string): Promise<{ name: string; unitId: string | null } | null> {
    const [row] =
      kind === "unit"
        ? await this.db.select({ name: units.name, unitId: units.id }).from(units).where(eq(units.id, id))
        : await this.db
            .select({ name: sharedResources.name, unitId: sharedResources.unitId })
            .from(sharedResources)
            .where(eq(sharedResources.id, id));
    return row ?? null;
  }

  /** The feeds of each unit and of its resources, newest first, with the unit they belong to. */
  feedsOfUnits(unitIds: string[]): Promise<(CalendarFeedRow & { unitId: string })[]> {
    const unitId = sql<string>`coalesce(${sharedResources.unitId}, ${calendarFeeds.subjectId})`;
    return this.db
      .select({ ...getTableColumns(calendarFeeds), unitId })
      .from(calendarFeeds)
      .leftJoin(
        sharedResources,
        and(eq(calendarFeeds.kind, "resource"), eq(sharedResources.id, calendarFeeds.subjectId)),
      )
      .where(
        or(
          and(eq(calendarFeeds.kind, "unit"), inArray(calendarFeeds.subjectId, unitIds)),
          and(eq(calendarFeeds.kind, "resource"), inArray(sharedResources.unitId, unitIds)),
        ),
      )
      .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id));
  }

  /**
   * The bookings holding a slot (PENDING, APPROVED) of the resource, or of all the unit's
   * resources, that end after `CALENDAR_PAST_DAYS` ago, by start; at most MAX_CALENDAR_EVENTS.
   */
  holdingBookings(kind: BookingCalendarKind, id: string): Promise<CalendarBookingRow[]> {
    return this.db
      .select({
        id: bookings.id,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        state: bookings.state,
        purpose: bookings.purpose,
        itemNo: bookings.itemNo,
        resourceName: sharedResources.name,
        estateName: directoryEstates.name,
      })
      .from(bookings)
      .innerJoin(sharedResources, eq(sharedResources.id, bookings.resourceId))
      .leftJoin(directoryEstates, eq(directoryEstates.id, bookings.estateId))
      .where(
        and(
          kind === "unit" ? eq(sharedResources.unitId, id) : eq(bookings.resourceId, id),
          inArray(bookings.state, ["PENDING", "APPROVED"]),
          gt(bookings.endsAt, sql`now() - make_interval(days => ${CALENDAR_PAST_DAYS})`),
        ),
      )
      .orderBy(asc(bookings.startsAt), asc(bookings.id))
      .limit(MAX_CALENDAR_EVENTS);
  }
}
