import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const subdistrictKind = pgEnum("subdistrict_kind", ["TOWN", "SUBDISTRICT"]);
export const estateType = pgEnum("estate_type", ["HIGH_RISE_MANAGED", "MIXED_USE_MANAGED", "OPEN_UNMANAGED"]);
export const branchFormation = pgEnum("branch_formation", ["STANDALONE", "JOINT", "COMBINED"]);
export const branchStage = pgEnum("branch_stage", ["NEW", "COVERED", "MATURE", "ESTABLISHED"]);
export const memberKind = pgEnum("member_kind", ["REGISTERED", "IN_SERVICE"]);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const counties = pgTable("counties", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

export const subdistricts = pgTable(
  "subdistricts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => counties.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    kind: subdistrictKind("kind").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("subdistricts_county_id_idx").on(t.countyId, t.name)],
);

export const communities = pgTable(
  "communities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subdistrictId: uuid("subdistrict_id")
      .notNull()
      .references(() => subdistricts.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("communities_subdistrict_id_idx").on(t.subdistrictId, t.name)],
);

export const estates = pgTable(
  "estates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    communityId: uuid("community_id")
      .notNull()
      .references(() => communities.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    type: estateType("type").notNull(),
    resettlement: boolean("resettlement").notNull().default(false),
    households: integer("households").notNull(),
    address: text("address").notNull(),
    governanceModel: text("governance_model"),
    createdAt: createdAt(),
  },
  (t) => [
    index("estates_community_id_idx").on(t.communityId, t.name, t.id),
    index("estates_name_id_idx").on(t.name, t.id),
    check("estates_households_check", sql`${t.households} >= 0`),
  ],
);

export const partyBranches = pgTable("party_branches", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  formation: branchFormation("formation").notNull(),
  stage: branchStage("stage").notNull().default("NEW"),
  foundedOn: date("founded_on").notNull(),
  createdAt: createdAt(),
});

/** Which estates a branch covers: one for a standalone branch, several for a joint or combined one. */
export const branchEstates = pgTable(
  "branch_estates",
  {
    branchId: uuid("branch_id")
      .notNull()
      .references(() => partyBranches.id, { onDelete: "cascade" }),
    // An estate is covered by one branch at a time.
    estateId: uuid("estate_id")
      .notNull()
      .unique()
      .references(() => estates.id, { onDelete: "restrict" }),
  },
  // The primary key indexes branch_id; the unique constraint indexes estate_id.
  (t) => [primaryKey({ columns: [t.branchId, t.estateId] })],
);

/**
 * 党员 — party members. Phone, ID number and address are personal data: the API masks them
 * unless an entitled caller states a purpose, and logs every unmasked read.
 */
export const partyMembers = pgTable(
  "party_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: memberKind("kind").notNull(),
    phone: text("phone"),
    idNumber: text("id_number"),
    address: text("address"),
    /** Where the member lives. */
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    /** The branch the member belongs to; null for an in-service member organised elsewhere. */
    branchId: uuid("branch_id").references(() => partyBranches.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("party_members_estate_id_idx").on(t.estateId, t.name, t.id),
    index("party_members_branch_id_idx").on(t.branchId),
  ],
);

export type CountyRow = typeof counties.$inferSelect;
export type SubdistrictRow = typeof subdistricts.$inferSelect;
export type CommunityRow = typeof communities.$inferSelect;
export type EstateRow = typeof estates.$inferSelect;
export type PartyBranchRow = typeof partyBranches.$inferSelect;
export type PartyMemberRow = typeof partyMembers.$inferSelect;

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, personalDataAccessLog } from "@linli/service-kit/tables";
