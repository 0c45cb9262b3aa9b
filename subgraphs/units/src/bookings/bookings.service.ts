import { randomUUID } from "node:crypto";
import {
  auditedWrite,
  badUserInput,
  type Caller,
  codedError,
  denied,
  uuidInput as id,
  isAgencyAdmin,
  notFound,
  parseArguments,
  parseInput,
  type RequestMeta,
  scopeIds,
  sqlState,
  timestampInput,
} from "@linli/service-kit";
import type { GraphQLError } from "graphql";
import { z } from "zod";
import type { UnitsDatabase } from "../db";
import type { BookingRow } from "../db/schema";
import { OpeningHoursRepository, type SlotOutside } from "../resources/opening-hours.repository";
import { resourceWriteScope } from "../resources/resources.service";
import {
  type BookingFilter,
  type BookingState,
  BookingsRepository,
  type LockedBooking,
  type RequesterKind,
  type RequesterScope,
  type Slot,
} from "./bookings.repository";

const timestamp = timestampInput.transform((value) => new Date(value));
const note = z
  .string()
  .trim()
  .max(500, "must be at most 500 characters")
  .nullish()
  .transform((value) => value ?? "");

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** The longest single booking. */
const MAX_BOOKING_DAYS = 31;
/** The most occurrences one weekly rule may create: a year. */
export const MAX_OCCURRENCES = 52;
/** The most items of a pooled resource one request may ask for (a resource pools at most 1000). */
const MAX_ITEMS = 1000;
/** The most bookings (occurrences × items) one request may make. */
export const MAX_BOOKINGS_PER_REQUEST = 520;

const requestInput = z
  .object({
    resourceId: id,
    estateId: id,
    livingRoomId: id.nullish(),
    volunteerTeamId: id.nullish(),
    startsAt: timestamp,
    endsAt: timestamp,
    purpose: note,
    repeatWeekly: z
      .object({
        occurrences: z
          .number()
          .int()
          .min(2, `must be 2 to ${MAX_OCCURRENCES}`)
          .max(MAX_OCCURRENCES, `must be 2 to ${MAX_OCCURRENCES}`),
      })
      .nullish(),
    items: z
      .number()
      .int()
      .min(1, `must be 1 to ${MAX_ITEMS}`)
      .max(MAX_ITEMS, `must be 1 to ${MAX_ITEMS}`)
      .nullish()
      .transform((value) => value ?? 1),
  })
  .superRefine((input, ctx) => {
    if (
      typeof input.items === "number" &&
      input.items * (input.repeatWeekly?.occurrences ?? 1) > MAX_BOOKINGS_PER_REQUEST
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["items"],
        message: `times the weekly occurrences must be at most ${MAX_BOOKINGS_PER_REQUEST} bookings`,
      });
    }
    if (input.livingRoomId && input.volunteerTeamId) {
      ctx.addIssue({
        code: "custom",
        path: ["volunteerTeamId"],
        message: "cannot be given together with `livingRoomId`: a booking has one requester",
      });
    }
    // Zod runs this refinement even when a timestamp failed to parse; then there is nothing to compare.
    if (!(input.startsAt instanceof Date && input.endsAt instanceof Date)) return;
    const length = input.endsAt.getTime() - input.startsAt.getTime();
    if (length <= 0) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after `startsAt`" });
    } else if (input.repeatWeekly && length >= WEEK) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "must be less than a week after `startsAt` when repeating weekly",
      });
    } else if (length > MAX_BOOKING_DAYS * DAY) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: `must be at most ${MAX_BOOKING_DAYS} days after \`startsAt\``,
      });
    }
  });

const transitionInput = z.object({ id, note });

/** The month (`YYYY-MM`) of an instant in the county's time (UTC+8, no daylight saving). */
export const countyMonth = (instant: Date): string => new Date(instant.getTime() + 8 * HOUR).toISOString().slice(0, 7);

/** The occurrences of a request: one, or one a week for `occurrences` weeks. */
export function occurrencesOf(startsAt: Date, endsAt: Date, occurrences = 1): Slot[] {
  return Array.from({ length: occurrences }, (_, week) => ({
    startsAt: new Date(startsAt.getTime() + week * WEEK),
    endsAt: new Date(endsAt.getTime() + week * WEEK),
  }));
}

/** Whose bookings a caller may cancel (and, for requests, whom they may book for). */
export function requesterScope(caller: Caller): RequesterScope {
  return {
    estateIds: scopeIds(caller, "resident"),
    teamIds: scopeIds(caller, "volunteer_lead"),
    livingRooms: isAgencyAdmin(caller, "party"),
    isAdmin: isAgencyAdmin(caller, "units"),
  };
}

/**
 * Who may book for whom (the units subgraph cannot tell which branch covers which estate, so
 * branch and community roles do not book): a resident for their estate, a volunteer lead for
 * their team, and the units and party agencies' administrators for any estate, living room or team.
 */
function mayRequest(caller: Caller, kind: RequesterKind, requesterId: string): boolean {
  if (isAgencyAdmin(caller, "units") || isAgencyAdmin(caller, "party")) return true;
  if (kind === "ESTATE") return scopeIds(caller, "resident").includes(requesterId);
  if (kind === "VOLUNTEER_TEAM") return scopeIds(caller, "volunteer_lead").includes(requesterId);
  return false;
}

/**
 * 时段冲突: the request overlaps a booking that holds the slot (of a pooled resource: too few of its
 * items are free), named in `extensions.clash`.
 */
function bookingConflict(clash: BookingRow | null, pooled?: { quantity: number; items: number }): GraphQLError {
  const range = clash ? ` ${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()}` : "";
  const which = clash ? `booking ${clash.id} (${clash.state},${range})` : "another booking";
  return codedError(
    "BOOKING_CONFLICT",
    pooled && pooled.quantity > 1
      ? `Fewer than ${pooled.items} of the resource's ${pooled.quantity} items are free in the slot; it clashes with ${which}.`
      : `The slot clashes with ${which}.`,
    {
      clash: clash
        ? {
            bookingId: clash.id,
            state: clash.state,
            startsAt: clash.startsAt.toISOString(),
            endsAt: clash.endsAt.toISOString(),
          }
        : null,
    },
  );
}

/** 超出每月限额. */
function quotaExceeded(month: string, quota: number, held: number): GraphQLError {
  return codedError(
    "QUOTA_EXCEEDED",
    `This estate may hold ${quota} booking(s) of this resource in ${month}; it holds ${held} already.`,
    { month, quota, held },
  );
}

/** 不在开放时间: BAD_USER_INPUT naming `startsAt` (the slot opens outside) or `endsAt` (it runs past a window). */
function outsideOpeningHours(outside: SlotOutside, slots: readonly Slot[]): GraphQLError {
  const field = outside.startOutside ? "startsAt" : "endsAt";
  const slot = slots[outside.index] as Slot;
  const which = slots.length > 1 ? ` (occurrence ${outside.index + 1}, ${slot.startsAt.toISOString()})` : "";
  return badUserInput(
    outside.startOutside
      ? `\`startsAt\` lies outside the resource's opening hours${which}.`
      : `\`endsAt\` runs past the resource's opening hours${which}.`,
    { argumentName: "input", field, occurrence: outside.index + 1 },
  );
}

const entityType = "Booking";

/**
 * 申请借用: validates the request, checks who may ask for whom, the resource's allow-list and its
 * monthly quota, picks for each occurrence the lowest free items of the resource, and inserts
 * every booking in one statement, all or none, with a history row for each and an audit row, in
 * one transaction. A pooled resource (quantity > 1) or one with a quota is locked first, so that
 * concurrent requests for it count and pick items one after another. An overlap with a booking
 * that holds the same item (PENDING or APPROVED) is refused by PostgreSQL itself (EXCLUDE,
 * SQLSTATE 23P01) and answered BOOKING_CONFLICT naming the clash, found by a fresh statement
 * after the rollback; so is a request for which too few items are free.
 */
export async function requestBooking(db: UnitsDatabase, meta: RequestMeta, input: unknown): Promise<BookingRow[]> {
  const values = parseInput(requestInput, input);
  const [requesterKind, requesterId]: [RequesterKind, string] = values.livingRoomId
    ? ["LIVING_ROOM", values.livingRoomId]
    : values.volunteerTeamId
      ? ["VOLUNTEER_TEAM", values.volunteerTeamId]
      : ["ESTATE", values.estateId];
  if (!mayRequest(meta.caller, requesterKind, requesterId)) throw denied(meta.caller);
  const slots = occurrencesOf(values.startsAt, values.endsAt, values.repeatWeekly?.occurrences ?? 1);
  try {
    return await auditedWrite(db, meta, { action: "requestBooking", entityType }, async (tx) => {
      const repository = new BookingsRepository(tx);
      let resource = await repository.resourceForRequest(values.resourceId, values.estateId, false);
      if (!resource) throw notFound("No shared resource has this id.");
      if (!resource.openToEstate) {
        throw codedError("FORBIDDEN", "This resource is not open to bookings from this estate.");
      }
      const outside = await new OpeningHoursRepository(tx).firstOutside(values.resourceId, slots);
      if (outside) throw outsideOpeningHours(outside, slots);
      if (resource.monthlyQuotaPerEstate !== null || resource.quantity > 1) {
        // Lock the resource, then count and pick: a concurrent request for it waits here until this one ends.
        resource = (await repository.resourceForRequest(values.resourceId, values.estateId, true)) ?? resource;
      }
      const { quantity, monthlyQuotaPerEstate: quota } = resource;
      if (values.items > quantity) {
        throw badUserInput(`\`items\` must be at most the resource's quantity, ${quantity}.`, {
          argumentName: "input",
          field: "items",
        });
      }
      if (quota !== null) {
        const wanted = new Map<string, number>();
        for (const slot of slots) {
          const month = countyMonth(slot.startsAt);
          wanted.set(month, (wanted.get(month) ?? 0) + values.items);
        }
        const held = await repository.monthlyCounts(values.resourceId, values.estateId, [...wanted.keys()]);
        for (const [month, count] of wanted) {
          const already = held.get(month) ?? 0;
          if (already + count > quota) throw quotaExceeded(month, quota, already);
        }
      }
      // Unlocked (quantity 1), two requests may both see item 1 free: the EXCLUDE refuses the later.
      const free = await repository.freeItems(values.resourceId, quantity, slots, values.items);
      const short = free.findIndex((items) => items.length < values.items);
      if (short >= 0) {
        const clash = await repository.firstClash(values.resourceId, [slots[short] as Slot]);
        throw bookingConflict(clash, { quantity, items: values.items });
      }
      const toBook = slots.flatMap((slot, i) => (free[i] ?? []).map((itemNo) => ({ ...slot, itemNo })));
      const created = await repository.insertWithin(
        {
          resourceId: values.resourceId,
          estateId: values.estateId,
          requesterKind,
          requesterId,
          purpose: values.purpose,
          seriesId: toBook.length > 1 ? randomUUID() : null,
          slots: toBook,
        },
        { ...requesterScope(meta.caller), partyAdmin: isAgencyAdmin(meta.caller, "party") },
      );
      if (created.length !== toBook.length) throw denied(meta.caller);
      await repository.appendHistory(
        created.map((booking) => ({
          bookingId: booking.id,
          fromState: null,
          toState: booking.state,
          actor: meta.caller.subject,
          requestId: meta.requestId,
        })),
      );
      const first = created[0] as BookingRow;
      return { entityId: first.seriesId ?? first.id, before: null, after: created, result: created };
    });
  } catch (error) {
    if (sqlState(error) !== "23P01") throw error;
    throw bookingConflict(await new BookingsRepository(db).firstClash(values.resourceId, slots));
  }
}

export type BookingAction = "approve" | "decline" | "cancel";

/**
 * The booking state machine: which states each action moves from, where to, and whose it is to
 * take (the owning unit's, or the requester's). Anything else is INVALID_TRANSITION.
 */
export const TRANSITIONS: Record<
  BookingAction,
  { from: readonly BookingState[]; to: BookingState; by: "owner" | "requester"; done: string }
> = {
  approve: { from: ["PENDING"], to: "APPROVED", by: "owner", done: "approved" },
  decline: { from: ["PENDING"], to: "DECLINED", by: "owner", done: "declined" },
  cancel: { from: ["PENDING", "APPROVED"], to: "CANCELLED", by: "requester", done: "cancelled" },
};

/** Whether the caller may take the action on this booking at all (the UPDATE checks it again). */
function mayAct(caller: Caller, by: "owner" | "requester", booking: LockedBooking): boolean {
  if (by === "owner") {
    const scope = resourceWriteScope({ caller, requestId: "" });
    return scope.isAdmin || (booking.unitId !== null && scope.unitIds.includes(booking.unitId));
  }
  const scope = requesterScope(caller);
  if (scope.isAdmin) return true;
  if (booking.requesterKind === "ESTATE") return scope.estateIds.includes(booking.requesterId);
  if (booking.requesterKind === "VOLUNTEER_TEAM") return scope.teamIds.includes(booking.requesterId);
  return scope.livingRooms;
}

/**
 * 批准 / 拒绝 / 取消: locks the booking, refuses a caller who may not act on it (FORBIDDEN) and a
 * move the state machine does not allow (INVALID_TRANSITION), applies the move with the caller's
 * scope and the source state in the UPDATE's WHERE clause, and appends it to the history, with
 * an audit row, in one transaction. Nothing changes when any step refuses.
 */
export async function transitionBooking(
  db: UnitsDatabase,
  meta: RequestMeta,
  action: BookingAction,
  input: unknown,
): Promise<BookingRow> {
  const { id: bookingId, note: reason } = parseInput(transitionInput, input);
  const rule = TRANSITIONS[action];
  return auditedWrite(db, meta, { action: `${action}Booking`, entityType }, async (tx) => {
    const repository = new BookingsRepository(tx);
    const before = await repository.lockById(bookingId);
    if (!before) throw notFound("No booking has this id.");
    if (!mayAct(meta.caller, rule.by, before)) throw denied(meta.caller);
    if (!rule.from.includes(before.state)) {
      throw codedError(
        "INVALID_TRANSITION",
        `A ${before.state} booking cannot be ${rule.done}; only a ${rule.from.join(" or ")} one can.`,
        { from: before.state, to: rule.to },
      );
    }
    const after =
      rule.by === "owner"
        ? await repository.transitionAsOwner(bookingId, rule.from, rule.to, resourceWriteScope(meta))
        : await repository.transitionAsRequester(bookingId, rule.from, rule.to, requesterScope(meta.caller));
    if (!after) throw denied(meta.caller);
    await repository.appendHistory([
      {
        bookingId,
        fromState: before.state,
        toState: after.state,
        actor: meta.caller.subject,
        note: reason,
        requestId: meta.requestId,
      },
    ]);
    const { unitId: _unitId, ...snapshot } = before;
    return { entityId: bookingId, before: snapshot, after, result: after };
  });
}

const availabilityArgs = z
  .object({
    estateId: id,
    from: timestamp,
    to: timestamp,
    items: z.number().int().min(1, `must be 1 to ${MAX_ITEMS}`).max(MAX_ITEMS, `must be 1 to ${MAX_ITEMS}`),
  })
  .refine((args) => !(args.from instanceof Date && args.to instanceof Date) || args.to > args.from, {
    path: ["to"],
    message: "must be after `from`",
  });

/** Validates the arguments of `availableResources`: BAD_USER_INPUT naming the argument at fault. */
export function parseAvailability(args: { estateId: string; from: string; to: string; items: number }) {
  return parseArguments(availabilityArgs, args);
}

const calendarFilter = z
  .object({ from: timestamp.nullish(), to: timestamp.nullish() })
  .refine((filter) => !(filter.from && filter.to) || filter.to > filter.from, {
    path: ["to"],
    message: "must be after `from`",
  });

/**
 * Validates a calendar's `filter` (BookingCalendarFilter, the same for every calendar): BAD_USER_INPUT
 * naming the argument `filter` and the field at fault. No filter shows every booking.
 */
export function parseCalendarFilter(
  filter: { from?: string | null; to?: string | null; states?: readonly BookingState[] | null } | null | undefined,
): BookingFilter {
  const { from, to } = parseInput(calendarFilter, filter ?? {}, "filter");
  return { from: from ?? undefined, to: to ?? undefined, states: filter?.states ?? undefined };
}
