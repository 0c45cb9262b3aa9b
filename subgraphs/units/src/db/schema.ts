import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const unitKind = pgEnum("unit_kind", ["COMPANY", "AGENCY", "SCHOOL", "HOSPITAL", "SOCIAL_ORGANIZATION"]);
export const resourceKind = pgEnum("resource_kind", ["VENUE", "EQUIPMENT", "EXPERTISE", "SERVICE"]);

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

/** 共享资源: what a unit offers the estates it stands behind. Only its own unit's liaison may change it. */
export const sharedResources = pgTable(
  "shared_resources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: resourceKind("kind").notNull(),
    description: text("description").notNull().default(""),
    /** People (a venue) or pieces (equipment) it serves at once. */
    capacity: integer("capacity").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("shared_resources_unit_id_idx").on(t.unitId),
    check("shared_resources_capacity_check", sql`${t.capacity} >= 1`),
  ],
);

export type UnitRow = typeof units.$inferSelect;
export type BigBranchMembershipRow = typeof unitEstates.$inferSelect;
export type SharedResourceRow = typeof sharedResources.$inferSelect;

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, personalDataAccessLog } from "@linli/service-kit/tables";
