import { versionColumn } from "@linli/service-kit/tables";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const unitKind = pgEnum("unit_kind", ["COMPANY", "AGENCY", "SCHOOL", "HOSPITAL", "SOCIAL_ORGANIZATION"]);
export const resourceKind = pgEnum("resource_kind", ["VENUE", "EQUIPMENT", "EXPERTISE", "SERVICE"]);
/** 预约状态: PENDING → APPROVED | DECLINED; PENDING | APPROVED → CANCELLED (see bookings.service.ts). */
export const bookingState = pgEnum("booking_state", ["PENDING", "APPROVED", "DECLINED", "CANCELLED"]);
/** Who asked for a booking: an estate, a living room (睦邻客厅, party's) or a volunteer team (volunteer's). */
export const bookingRequesterKind = pgEnum("booking_requester_kind", ["ESTATE", "LIVING_ROOM", "VOLUNTEER_TEAM"]);
/** 邻里中心服务事项的类别. */
export const centerServiceCategory = pgEnum("center_service_category", [
  "HIGH_FREQUENCY",
  "SELF_SERVICE_MACHINE",
  "HOTLINE_12345",
  "MEDICAL_ALLIANCE",
  "OTHER",
]);

/** A PostgreSQL tstzrange, read as its text form (`["2031-01-01 09:00:00+00","2031-01-01 11:00:00+00")`). */
const tstzrange = customType<{ data: string; driverData: string }>({ dataType: () => "tstzrange" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: unitKind("kind").notNull(),
    address: text("address").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("units_name_id_idx").on(t.name, t.id), index("units_kind_name_id_idx").on(t.kind, t.name, t.id)],
);

/**
 * Which estates' big branch (大支部) each unit joined. `estate_id` is the party registry's key:
 * it lives in another agency's database, so it cannot be a foreign key here.
 */
export const unitEstates = pgTable(
  "unit_estates",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    estateId: uuid("estate_id").notNull(),
    joinedOn: date("joined_on").notNull(),
    createdAt: createdAt(),
  },
  // The primary key indexes unit_id; unit_estates_estate_id_idx serves the lookups by estate.
  (t) => [primaryKey({ columns: [t.unitId, t.estateId] }), index("unit_estates_estate_id_idx").on(t.estateId)],
);

/**
 * 共享资源: what a unit, or a neighbourhood center, offers the estates. Exactly one owner is set
 * (a CHECK): a unit's resources are changed by its own liaison, a center's by the units agency's
 * administrators only.
 */
export const sharedResources = pgTable(
  "shared_resources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The owning unit; null when a center owns it. */
    unitId: uuid("unit_id").references(() => units.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: resourceKind("kind").notNull(),
    description: text("description").notNull().default(""),
    /** People (a venue) or pieces (equipment) it serves at once. */
    capacity: integer("capacity").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: versionColumn(),
    /** Whether a booking waits for the owner's approval (true) or holds the slot approved at once (false). */
    requiresApproval: boolean("requires_approval").notNull().default(true),
    /** 每月限额: bookings one estate may hold per calendar month (UTC+8); null = no limit. */
    monthlyQuotaPerEstate: integer("monthly_quota_per_estate"),
    /** The owning neighbourhood center (党建+邻里中心); null when a unit owns it. */
    centerId: uuid("center_id").references((): AnyPgColumn => neighborhoodCenters.id, { onDelete: "cascade" }),
    /**
     * 数量: how many interchangeable items it pools (10 folding tables, 3 defibrillators). Each
     * booking holds one of them (`bookings.item_no`), so up to `quantity` bookings may overlap.
     */
    quantity: integer("quantity").notNull().default(1),
  },
  (t) => [
    index("shared_resources_unit_id_idx").on(t.unitId),
    index("shared_resources_center_id_idx").on(t.centerId),
    check("shared_resources_owner_check", sql`num_nonnulls(${t.unitId}, ${t.centerId}) = 1`),
    check("shared_resources_quantity_check", sql`${t.quantity} >= 1`),
    index("shared_resources_kind_name_id_idx").on(t.kind, t.name, t.id),
    check("shared_resources_capacity_check", sql`${t.capacity} >= 1`),
    check(
      "shared_resources_monthly_quota_check",
      sql`${t.monthlyQuotaPerEstate} IS NULL OR ${t.monthlyQuotaPerEstate} >= 1`,
    ),
  ],
);

/**
 * Which estates may book a resource. A resource with no row here is open to every estate; with
 * rows, only to those. `estate_id` is the party registry's key (no foreign key across databases).
 */
export const sharedResourceEstates = pgTable(
  "shared_resource_estates",
  {
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => sharedResources.id, { onDelete: "cascade" }),
    estateId: uuid("estate_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.estateId] }),
    index("shared_resource_estates_estate_id_idx").on(t.estateId),
  ],
);

/**
 * 开放时间: the weekly windows in which a resource may be booked, in China time (UTC+8, no daylight
 * saving): ISO weekday 1 (Monday) to 7 (Sunday), [starts_at, ends_at) with ends_at up to 24:00.
 * A resource with no window is open at all times.
 */
export const resourceOpeningWindows = pgTable(
  "resource_opening_windows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => sharedResources.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("resource_opening_windows_resource_id_idx").on(t.resourceId, t.weekday, t.startsAt),
    check("resource_opening_windows_weekday_check", sql`${t.weekday} BETWEEN 1 AND 7`),
    check("resource_opening_windows_range_check", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * 借用预约: one booking (or one occurrence of a recurring one) of a resource for [starts_at, ends_at).
 * `during` is that range, generated; an EXCLUDE constraint (migration 0008, replacing 0004's) keeps
 * the bookings that hold a slot (PENDING, APPROVED) of one item of a resource from overlapping. A resource with bookings
 * cannot be deleted (its calendar and history must stay).
 */
export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => sharedResources.id, { onDelete: "restrict" }),
    /** The estate the booking is for: the quota counts against it. Party's key, no foreign key. */
    estateId: uuid("estate_id").notNull(),
    requesterKind: bookingRequesterKind("requester_kind").notNull(),
    /** The estate, living room or volunteer team that asked (another agency's key for the last two). */
    requesterId: uuid("requester_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    during: tstzrange("during").notNull().generatedAlwaysAs(sql`tstzrange("starts_at", "ends_at", '[)')`),
    /**
     * 件号: which of the resource's `quantity` items the booking holds (always 1 for a resource of
     * one). The EXCLUDE constraint (migration 0008) keeps two slot-holding bookings of one item apart.
     */
    itemNo: integer("item_no").notNull().default(1),
    state: bookingState("state").notNull().default("PENDING"),
    purpose: text("purpose").notNull().default(""),
    /** The occurrences of one recurring booking share it; null for a single booking. */
    seriesId: uuid("series_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bookings_resource_id_idx").on(t.resourceId, t.startsAt, t.id),
    index("bookings_estate_id_idx").on(t.estateId, t.startsAt, t.id),
    index("bookings_requester_idx").on(t.requesterKind, t.requesterId, t.startsAt, t.id),
    index("bookings_series_id_idx").on(t.seriesId),
    check("bookings_range_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("bookings_item_no_check", sql`${t.itemNo} >= 1`),
    check("bookings_estate_requester_check", sql`${t.requesterKind} <> 'ESTATE' OR ${t.requesterId} = ${t.estateId}`),
  ],
);

/** Every state a booking entered, in order; the database refuses to change or delete a row (migration 0004). */
export const bookingHistory = pgTable(
  "booking_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "restrict" }),
    /** Null for the request itself. */
    fromState: bookingState("from_state"),
    toState: bookingState("to_state").notNull(),
    actor: text("actor"),
    note: text("note").notNull().default(""),
    requestId: text("request_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_history_booking_id_idx").on(t.bookingId, t.occurredAt)],
);

/** 党建+邻里中心: a neighbourhood center, its member units and its service items. */
export const neighborhoodCenters = pgTable(
  "neighborhood_centers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("neighborhood_centers_name_id_idx").on(t.name, t.id)],
);

/** 邻里中心成员单位. */
export const neighborhoodCenterUnits = pgTable(
  "neighborhood_center_units",
  {
    centerId: uuid("center_id")
      .notNull()
      .references(() => neighborhoodCenters.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.centerId, t.unitId] }), index("neighborhood_center_units_unit_id_idx").on(t.unitId)],
);

/** 邻里中心服务事项, and whether it is offered down in the estates' living rooms (下沉至睦邻客厅). */
export const centerServiceItems = pgTable(
  "center_service_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centerId: uuid("center_id")
      .notNull()
      .references(() => neighborhoodCenters.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    category: centerServiceCategory("category").notNull(),
    offeredInLivingRooms: boolean("offered_in_living_rooms").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("center_service_items_center_id_idx").on(t.centerId, t.name, t.id)],
);

/**
 * 联络人: the liaison people of a unit. `phone` is personal data: the graph shows it in full only
 * to that unit's own liaison and the units agency's administrators, masked to everyone else.
 */
export const unitLiaisons = pgTable(
  "unit_liaisons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title").notNull().default(""),
    phone: text("phone").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("unit_liaisons_unit_id_idx").on(t.unitId, t.name, t.id)],
);

export type UnitRow = typeof units.$inferSelect;
export type OpeningWindowRow = typeof resourceOpeningWindows.$inferSelect;
export type UnitLiaisonRow = typeof unitLiaisons.$inferSelect;
export type BigBranchMembershipRow = typeof unitEstates.$inferSelect;
export type SharedResourceRow = typeof sharedResources.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BookingHistoryRow = typeof bookingHistory.$inferSelect;
export type NeighborhoodCenterRow = typeof neighborhoodCenters.$inferSelect;
export type CenterServiceItemRow = typeof centerServiceItems.$inferSelect;

// The secret iCal feeds of bookings (calendars/).
export { calendarFeeds } from "@linli/service-kit/calendar-tables";
export {
  directoryCommunities,
  directoryCursor,
  directoryEstates,
  directorySubdistricts,
} from "@linli/service-kit/directory-tables";
// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, idempotencyKeys, personalDataAccessLog } from "@linli/service-kit/tables";
