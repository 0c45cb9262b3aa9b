import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const unitKind = pgEnum("unit_kind", ["COMPANY", "AGENCY", "SCHOOL", "HOSPITAL", "SOCIAL_ORGANIZATION"]);

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

export type UnitRow = typeof units.$inferSelect;
export type BigBranchMembershipRow = typeof unitEstates.$inferSelect;

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, personalDataAccessLog } from "@linli/service-kit/tables";
