import {
  type Connection,
  countRows,
  NAME_THEN_ID,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
  uuids,
} from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { UnitsDatabase } from "../db";
import {
  type BookingHistoryRow,
  type BookingRow,
  bookingHistory,
  bookings,
  type SharedResourceRow,
  sharedResourceEstates,
  sharedResources,
} from "../db/schema";
import { openThroughout } from "../resources/opening-hours.repository";
import type { ResourceWriteScope } from "../resources/resources.repository";

export type BookingState = BookingRow["state"];
export type RequesterKind = BookingRow["requesterKind"];

/** The states that hold a slot (of one item): the EXCLUDE constraint `bookings_no_overlap` covers exactly these. */
export const HOLDING_STATES: readonly BookingState[] = ["PENDING", "APPROVED"];

/** One occurrence to book: [startsAt, endsAt). */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** Whose bookings a caller may cancel: the requesters their grants name, or any (a units admin). */
export interface RequesterScope {
  /** Estates the caller is a resident of (requester ESTATE). */
  estateIds: readonly string[];
  /** Volunteer teams the caller leads (requester VOLUNTEER_TEAM). */
  teamIds: readonly string[];
  /** Living-room bookings: the party agency's administrators (living rooms are party's). */
  livingRooms: boolean;
  /** Any booking: the units agency's administrators. */
  isAdmin: boolean;
}

/** One booking to insert: a slot and the item of the resource it holds. */
export interface HeldSlot extends Slot {
  itemNo: number;
}

export interface NewBookings {
  resourceId: string;
  estateId: string;
  requesterKind: RequesterKind;
  requesterId: string;
  purpose: string;
  seriesId: string | null;
  slots: readonly HeldSlot[];
}

/** Which bookings a calendar shows: overlapping [from, to) when given, in the listed states when given. */
export interface BookingFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  states?: readonly BookingState[] | undefined;
}

/** What a booking calendar hangs from. */
export type BookingParent = "resource" | "unit" | "center" | "estate" | "team" | "livingRoom";

/** A booking with the unit that owns its resource (null: a center owns it), as locked for a transition. */
export type LockedBooking = BookingRow & { unitId: string | null };

/** A resource as a request sees it: is it open to the estate asking? */
export type ResourceForRequest = SharedResourceRow & { openToEstate: boolean };

/** Bookings are listed by start, then id: the cursor is that pair. */
export const bookingSortKey = (row: BookingRow): string[] => [row.startsAt.toISOString(), row.id];
const resourceSortKey = (row: SharedResourceRow): string[] => [row.name, row.id];

const timestamps = (dates: readonly Date[]) => sql`${sql.param(dates.map((d) => d.toISOString()))}::timestamptz[]`;
const integers = (values: readonly number[]) => sql`${sql.param([...values])}::integer[]`;
/** The occurrences as rows o(starts_at, ends_at, idx), idx counting from 1. */
const occurrenceRows = (slots: readonly Slot[]) =>
  sql`unnest(${timestamps(slots.map((s) => s.startsAt))}, ${timestamps(slots.map((s) => s.endsAt))}) WITH ORDINALITY AS o(starts_at, ends_at, idx)`;
// Through text[]: PGlite serialises arrays by their type, and knows no array type of an enum.
const states = (list: readonly BookingState[]) => sql`${sql.param([...list])}::text[]::booking_state[]`;

/** The resource is open to the estate: it has no allow-list, or the estate is on it. */
const openTo = (resourceId: SQL | typeof sharedResources.id, estateId: string): SQL => sql`(
  NOT EXISTS (SELECT 1 FROM ${sharedResourceEstates} a WHERE a.resource_id = ${resourceId})
  OR EXISTS (SELECT 1 FROM ${sharedResourceEstates} a WHERE a.resource_id = ${resourceId} AND a.estate_id = ${estateId}::uuid)
)`;

/** `during && [from, to)` for a calendar window; either end may be open. */
const overlapsWindow = (filter: BookingFilter): SQL | undefined =>
  filter.from || filter.to
    ? sql`${bookings.during} && tstzrange(${filter.from?.toISOString() ?? null}::timestamptz, ${filter.to?.toISOString() ?? null}::timestamptz, '[)')`
    : undefined;

/** The column that ties a booking to each kind of calendar's parent. */
const PARENT_COLUMN = {
  resource: bookings.resourceId,
  unit: sharedResources.unitId,
  center: sharedResources.centerId,
  estate: bookings.estateId,
  team: bookings.requesterId,
  livingRoom: bookings.requesterId,
} as const satisfies Record<BookingParent, unknown>;

/** The bookings of a calendar (over `bookings` joined to their resource), shared by its pages and its counts. */
function bookingsOf(parent: BookingParent, parentIds: string[], filter: BookingFilter): SQL | undefined {
  return and(
    sql`${PARENT_COLUMN[parent]} = ANY(${uuids(parentIds)})`,
    parent === "team" ? eq(bookings.requesterKind, "VOLUNTEER_TEAM") : undefined,
    parent === "livingRoom" ? eq(bookings.requesterKind, "LIVING_ROOM") : undefined,
    overlapsWindow(filter),
    filter.states && filter.states.length > 0 ? sql`${bookings.state} = ANY(${states(filter.states)})` : undefined,
  );
}

/** SQL for bookings (借用预约) of shared resources. Every change is scoped to the caller in its WHERE clause. */
export class BookingsRepository {
  constructor(private readonly db: UnitsDatabase) {}

  byIds(ids: string[]): Promise<BookingRow[]> {
    return this.db.select().from(bookings).where(inArray(bookings.id, ids));
  }

  /** The transitions of each booking, oldest first. */
  historyByBookingIds(ids: string[]): Promise<BookingHistoryRow[]> {
    return this.db
      .select()
      .from(bookingHistory)
      .where(inArray(bookingHistory.bookingId, ids))
      .orderBy(asc(bookingHistory.occurredAt), asc(bookingHistory.id));
  }

  /** The estates each resource is limited to (none: open to all). */
  allowListByResourceIds(ids: string[]): Promise<{ resourceId: string; estateId: string }[]> {
    return this.db
      .select({ resourceId: sharedResourceEstates.resourceId, estateId: sharedResourceEstates.estateId })
      .from(sharedResourceEstates)
      .where(inArray(sharedResourceEstates.resourceId, ids))
      .orderBy(asc(sharedResourceEstates.estateId));
  }

  /** Limits a resource to these estates (an empty list opens it to all), replacing any earlier list. */
  async replaceAllowList(resourceId: string, estateIds: readonly string[]): Promise<void> {
    await this.db.delete(sharedResourceEstates).where(eq(sharedResourceEstates.resourceId, resourceId));
    if (estateIds.length > 0) {
      await this.db.insert(sharedResourceEstates).values(estateIds.map((estateId) => ({ resourceId, estateId })));
    }
  }

  /**
   * The resource a request names and whether it is open to the estate; with `lock`, the row stays
   * locked (FOR UPDATE) until the transaction ends, so that concurrent requests count quotas one
   * after another. Null when there is no such resource.
   */
  async resourceForRequest(resourceId: string, estateId: string, lock: boolean): Promise<ResourceForRequest | null> {
    const query = this.db
      .select({ resource: sharedResources, openToEstate: sql<boolean>`${openTo(sharedResources.id, estateId)}` })
      .from(sharedResources)
      .where(eq(sharedResources.id, resourceId));
    const [row] = await (lock ? query.for("update") : query);
    return row ? { ...row.resource, openToEstate: row.openToEstate } : null;
  }

  /**
   * How many slot-holding bookings one estate has of one resource in each of `months`
   * (`YYYY-MM`, calendar months in the county's time, UTC+8).
   */
  async monthlyCounts(resourceId: string, estateId: string, months: readonly string[]): Promise<Map<string, number>> {
    const month = sql<string>`to_char(${bookings.startsAt} AT TIME ZONE INTERVAL '+08:00', 'YYYY-MM')`;
    const rows = await this.db
      .select({ month, count: sql<number>`count(*)::int` })
      .from(bookings)
      .where(
        and(
          eq(bookings.resourceId, resourceId),
          eq(bookings.estateId, estateId),
          sql`${bookings.state} = ANY(${states(HOLDING_STATES)})`,
          sql`${month} = ANY(${sql.param([...months])}::text[])`,
        ),
      )
      .groupBy(month);
    return new Map(rows.map((row) => [row.month, row.count]));
  }

  /**
   * Inserts every occurrence in one statement, or none: INSERT … SELECT FROM shared_resources
   * WHERE the resource is open to the estate and the requester lies within `scope`. The state is
   * APPROVED at once for a resource that needs no approval, PENDING otherwise. Raises 23P01 when
   * a booking overlaps one that holds a slot of the same item.
   */
  async insertWithin(values: NewBookings, scope: RequesterScope & { partyAdmin: boolean }): Promise<BookingRow[]> {
    const requesterAllowed = sql`(
      ${sql.param(scope.isAdmin || scope.partyAdmin)}::boolean
      OR (${values.requesterKind}::booking_requester_kind = 'ESTATE' AND ${values.requesterId}::uuid = ANY(${uuids(scope.estateIds)}))
      OR (${values.requesterKind}::booking_requester_kind = 'VOLUNTEER_TEAM' AND ${values.requesterId}::uuid = ANY(${uuids(scope.teamIds)}))
    )`;
    const result = (await this.db.execute(sql`
      INSERT INTO ${bookings} (resource_id, estate_id, requester_kind, requester_id, starts_at, ends_at, item_no, state, purpose, series_id)
      SELECT r.id, ${values.estateId}::uuid, ${values.requesterKind}::booking_requester_kind, ${values.requesterId}::uuid,
             o.starts_at, o.ends_at, o.item_no,
             (CASE WHEN r.requires_approval THEN 'PENDING' ELSE 'APPROVED' END)::booking_state,
             ${values.purpose}::text, ${values.seriesId}::uuid
      FROM ${sharedResources} r
      CROSS JOIN unnest(${timestamps(values.slots.map((s) => s.startsAt))}, ${timestamps(values.slots.map((s) => s.endsAt))}, ${integers(values.slots.map((s) => s.itemNo))}) AS o(starts_at, ends_at, item_no)
      WHERE r.id = ${values.resourceId}::uuid AND ${openTo(sql`r.id`, values.estateId)} AND ${requesterAllowed}
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const ids = result.rows.map((row) => row.id);
    if (ids.length === 0) return [];
    return this.db
      .select()
      .from(bookings)
      .where(inArray(bookings.id, ids))
      .orderBy(asc(bookings.startsAt), asc(bookings.itemNo));
  }

  /**
   * For each of `slots` (by index), the lowest `wanted` of the resource's items 1..`quantity` that
   * no slot-holding booking overlaps there; fewer (or none) when fewer are free. One statement.
   */
  async freeItems(resourceId: string, quantity: number, slots: readonly Slot[], wanted: number): Promise<number[][]> {
    const result = (await this.db.execute(sql`
      SELECT idx::int AS idx, item_no FROM (
        SELECT o.idx, i.item_no, row_number() OVER (PARTITION BY o.idx ORDER BY i.item_no) AS rank
        FROM ${occurrenceRows(slots)}
        CROSS JOIN generate_series(1, ${quantity}::integer) AS i(item_no)
        WHERE NOT EXISTS (
          SELECT 1 FROM ${bookings} b
          WHERE b.resource_id = ${resourceId}::uuid AND b.item_no = i.item_no
            AND b.state = ANY(${states(HOLDING_STATES)})
            AND b.during && tstzrange(o.starts_at, o.ends_at, '[)')
        )
      ) free
      WHERE rank <= ${wanted}::integer
      ORDER BY idx, item_no`)) as unknown as { rows: { idx: number; item_no: number }[] };
    const items: number[][] = slots.map(() => []);
    for (const row of result.rows) items[Number(row.idx) - 1]?.push(Number(row.item_no));
    return items;
  }

  /** Appends transitions to the (append-only) history. */
  async appendHistory(rows: (typeof bookingHistory.$inferInsert)[]): Promise<void> {
    if (rows.length > 0) await this.db.insert(bookingHistory).values(rows);
  }

  /**
   * The first booking holding a slot of the resource that overlaps any of `slots`: what a refused
   * request clashed with. Run as a fresh statement after the failed insert; null when the clash is
   * gone already (cancelled in between).
   */
  async firstClash(resourceId: string, slots: readonly Slot[]): Promise<BookingRow | null> {
    const [row] = await this.db
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.resourceId, resourceId),
          sql`${bookings.state} = ANY(${states(HOLDING_STATES)})`,
          sql`EXISTS (SELECT 1 FROM ${occurrenceRows(slots)}
                     WHERE ${bookings.during} && tstzrange(o.starts_at, o.ends_at, '[)'))`,
        ),
      )
      .orderBy(asc(bookings.startsAt), asc(bookings.id))
      .limit(1);
    return row ?? null;
  }

  /** The booking with its resource's unit (null for a center's resource), locked (FOR UPDATE) until the transaction ends; null for none. */
  async lockById(id: string): Promise<LockedBooking | null> {
    const [row] = await this.db
      .select({ booking: bookings, unitId: sharedResources.unitId })
      .from(bookings)
      .innerJoin(sharedResources, eq(sharedResources.id, bookings.resourceId))
      .where(eq(bookings.id, id))
      .for("update", { of: bookings });
    return row ? { ...row.booking, unitId: row.unitId } : null;
  }

  /**
   * The owner's answer (approve, decline), only for a booking of a resource of a unit within
   * `scope` and in one of the `from` states:
   * UPDATE bookings b SET state = $to FROM shared_resources r
   * WHERE b.id = $1 AND r.id = b.resource_id AND (r.unit_id = ANY($units) OR $isAdmin) AND b.state = ANY($from).
   */
  async transitionAsOwner(
    id: string,
    from: readonly BookingState[],
    to: BookingState,
    scope: ResourceWriteScope,
  ): Promise<BookingRow | null> {
    const [row] = await this.db
      .update(bookings)
      .set({ state: to, updatedAt: sql`now()` })
      .from(sharedResources)
      .where(
        and(
          eq(bookings.id, id),
          eq(sharedResources.id, bookings.resourceId),
          sql`(${sharedResources.unitId} = ANY(${uuids(scope.unitIds)}) OR ${sql.param(scope.isAdmin)}::boolean)`,
          sql`${bookings.state} = ANY(${states(from)})`,
        ),
      )
      .returning(getTableColumns(bookings));
    return row ?? null;
  }

  /**
   * The requester's move (cancel), only for a booking whose requester lies within `scope` and in
   * one of the `from` states.
   */
  async transitionAsRequester(
    id: string,
    from: readonly BookingState[],
    to: BookingState,
    scope: RequesterScope,
  ): Promise<BookingRow | null> {
    const [row] = await this.db
      .update(bookings)
      .set({ state: to, updatedAt: sql`now()` })
      .where(
        and(
          eq(bookings.id, id),
          sql`${bookings.state} = ANY(${states(from)})`,
          sql`(
            ${sql.param(scope.isAdmin)}::boolean
            OR (${bookings.requesterKind} = 'ESTATE' AND ${bookings.requesterId} = ANY(${uuids(scope.estateIds)}))
            OR (${bookings.requesterKind} = 'VOLUNTEER_TEAM' AND ${bookings.requesterId} = ANY(${uuids(scope.teamIds)}))
            OR (${bookings.requesterKind} = 'LIVING_ROOM' AND ${sql.param(scope.livingRooms)}::boolean)
          )`,
        ),
      )
      .returning();
    return row ?? null;
  }

  /**
   * One page of bookings for each parent (a resource, a unit's or a center's resources, an estate,
   * a volunteer team, a living room), by start then id: at most `limit + 1` rows per parent, ranked in SQL.
   */
  async pagesOf(
    parent: BookingParent,
    parentIds: string[],
    filter: BookingFilter,
    page: PageRequest,
  ): Promise<(BookingRow & { parentId: string })[]> {
    const parentColumn = PARENT_COLUMN[parent];
    const ranked = this.db
      .select({
        ...getTableColumns(bookings),
        parentId: sql<string>`${parentColumn}`.as("parent_id"),
        rank: sql<number>`row_number() OVER (PARTITION BY ${parentColumn} ORDER BY ${bookings.startsAt}, ${bookings.id})`.as(
          "rank",
        ),
      })
      .from(bookings)
      .innerJoin(sharedResources, eq(sharedResources.id, bookings.resourceId))
      .where(
        and(
          bookingsOf(parent, parentIds, filter),
          page.after
            ? sql`(${bookings.startsAt}, ${bookings.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
            : undefined,
        ),
      )
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.parentId), asc(ranked.startsAt), asc(ranked.id));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** How many bookings of the same calendar each parent has: one `GROUP BY` statement. */
  async countsOf(
    parent: BookingParent,
    parentIds: string[],
    filter: BookingFilter,
  ): Promise<{ parentId: string; count: number }[]> {
    const parentColumn = PARENT_COLUMN[parent];
    return this.db
      .select({ parentId: sql<string>`${parentColumn}`, count: sql<number>`count(*)::int` })
      .from(bookings)
      .innerJoin(sharedResources, eq(sharedResources.id, bookings.resourceId))
      .where(bookingsOf(parent, parentIds, filter))
      .groupBy(parentColumn);
  }

  /**
   * 查找可用资源: resources of a kind (a unit's or a center's) open to the estate and throughout
   * [from, to), with at least `items` of their items held by no booking that overlaps the range,
   * by name then id. One statement (per resource, a count of its items with NOT EXISTS on the range).
   */
  async available(
    filter: { kind: SharedResourceRow["kind"]; estateId: string; from: Date; to: Date; items: number },
    args: PageArgs,
  ): Promise<Connection<SharedResourceRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const matching = and(
      eq(sharedResources.kind, filter.kind),
      openTo(sharedResources.id, filter.estateId),
      openThroughout(sharedResources.id, filter.from, filter.to),
      sql`${sharedResources.quantity} >= ${filter.items}::integer`,
      sql`(
            SELECT count(*) FROM generate_series(1, ${sharedResources.quantity}) AS i(item_no)
            WHERE NOT EXISTS (
              SELECT 1 FROM ${bookings} b
              WHERE b.resource_id = ${sharedResources.id} AND b.item_no = i.item_no
                AND b.state = ANY(${states(HOLDING_STATES)})
                AND b.during && tstzrange(${filter.from.toISOString()}::timestamptz, ${filter.to.toISOString()}::timestamptz, '[)')
            )
          ) >= ${filter.items}::integer`,
    );
    const rows = await this.db
      .select()
      .from(sharedResources)
      .where(
        and(
          matching,
          page.after
            ? sql`(${sharedResources.name}, ${sharedResources.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(sharedResources.name), asc(sharedResources.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, resourceSortKey, countRows(this.db, sharedResources, matching));
  }
}
