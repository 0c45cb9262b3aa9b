import {
  CalendarFeedsRepository,
  type CalendarSource,
  createCalendarFeed,
  denied,
  uuidInput as id,
  notFound,
  parseInput,
  type RequestMeta,
  revokeCalendarFeed,
  scrubText,
} from "@linli/service-kit";
import { z } from "zod";
import type { UnitsDatabase } from "../db";
import { resourceWriteScope } from "../resources/resources.service";
import { type BookingCalendarKind, CalendarsRepository } from "./calendars.repository";

const createInput = z.object({ unitId: id.nullish(), resourceId: id.nullish() }).superRefine((input, ctx) => {
  if (!input.unitId === !input.resourceId) {
    ctx.addIssue({
      code: "custom",
      path: [input.unitId ? "resourceId" : "unitId"],
      message: "give exactly one of `unitId` and `resourceId`",
    });
  }
});
const revokeInput = z.object({ id });

const entityType = "BookingCalendar";

/**
 * The caller may publish the subject's bookings: the liaison of the unit that owns it, or a
 * units administrator (a center's resource: administrators only). NOT_FOUND when there is no subject.
 */
async function authorize(db: UnitsDatabase, meta: RequestMeta, kind: BookingCalendarKind, subjectId: string) {
  const subject = await new CalendarsRepository(db).subject(kind, subjectId);
  if (!subject) throw notFound(`No ${kind === "unit" ? "unit" : "shared resource"} has this id.`);
  const scope = resourceWriteScope(meta);
  if (!scope.isAdmin && !(subject.unitId && scope.unitIds.includes(subject.unitId))) throw denied(meta.caller);
}

/** 日历订阅: a new secret feed of a unit's or a resource's bookings. */
export async function createBookingCalendar(db: UnitsDatabase, meta: RequestMeta, input: unknown) {
  const { unitId, resourceId } = parseInput(createInput, input);
  const [kind, subjectId]: [BookingCalendarKind, string] = unitId
    ? ["unit", unitId]
    : ["resource", resourceId as string];
  await authorize(db, meta, kind, subjectId);
  return createCalendarFeed(db, meta, { agency: "units", kind, subjectId, entityType });
}

/** 撤销日历订阅: the feed answers 410 from now on. */
export async function revokeBookingCalendar(db: UnitsDatabase, meta: RequestMeta, input: unknown) {
  const { id: feedId } = parseInput(revokeInput, input);
  const feed = await new CalendarFeedsRepository(db).byId(feedId);
  if (!feed || (feed.kind !== "unit" && feed.kind !== "resource")) throw notFound("No booking calendar has this id.");
  await authorize(db, meta, feed.kind, feed.subjectId);
  return revokeCalendarFeed(db, meta, feed, entityType);
}

/** What a booking calendar shows: only what any reader of the graph may see of each booking. */
export const bookingCalendars =
  (db: UnitsDatabase): CalendarSource =>
  async (feed) => {
    if (feed.kind !== "unit" && feed.kind !== "resource") return null;
    const repository = new CalendarsRepository(db);
    const subject = await repository.subject(feed.kind, feed.subjectId);
    if (!subject) return null;
    const rows = await repository.holdingBookings(feed.kind, feed.subjectId);
    return {
      name: `${subject.name} · 预约日历`,
      events: rows.map((row) => ({
        id: `${row.id}@units.linli`,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        summary: [row.resourceName, row.estateName].filter(Boolean).join(" · "),
        // Public, as in the graph: a phone or ID number typed into the purpose is masked.
        description: [row.state === "PENDING" ? "待审批" : "已批准", scrubText(row.purpose)].filter(Boolean).join("\n"),
        tentative: row.state === "PENDING",
      })),
    };
  };
