import { versionColumn } from "@linli/service-kit/tables";
import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
// Set to now() by every update; a new row starts with its creation time.
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const propertyCompanies = pgTable(
  "property_companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    /**
     * 企业党支部 — the party subgraph's key of the company's own party branch, when it has one:
     * a reference recorded by the property authority, not a foreign key into this database.
     */
    partyBranchId: uuid("party_branch_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [index("property_companies_name_id_idx").on(t.name, t.id)],
);

/**
 * 员工 — a company's staff who hold a position (项目经理, 客服主管 …). A staff member who is a
 * party member carries the party subgraph's key of the member: a reference, not a foreign key.
 * Together with the company's own branch this is what makes a company 红色物业.
 */
export const companyStaff = pgTable(
  "company_staff",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => propertyCompanies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: text("position").notNull(),
    partyMemberId: uuid("party_member_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("company_staff_company_id_idx").on(t.companyId, t.name, t.id),
    index("company_staff_party_member_id_idx").on(t.partyMemberId),
    // A party member is on one company's staff list at most once.
    uniqueIndex("company_staff_company_party_member_idx")
      .on(t.companyId, t.partyMemberId)
      .where(sql`party_member_id is not null`),
  ],
);

/** Which company manages which estate, from when to when; ended contracts stay as history. */
export const managementContracts = pgTable(
  "management_contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => propertyCompanies.id, { onDelete: "restrict" }),
    // The party subgraph owns estates: this is its key, not a foreign key into this database.
    estateId: uuid("estate_id").notNull(),
    startsOn: date("starts_on").notNull(),
    // Null while the contract is current.
    endsOn: date("ends_on"),
    createdAt: createdAt(),
  },
  (t) => [
    index("management_contracts_company_id_idx").on(t.companyId, t.startsOn),
    index("management_contracts_estate_id_idx").on(t.estateId, t.startsOn),
    // An estate is managed by one company at a time.
    uniqueIndex("management_contracts_current_estate_idx").on(t.estateId).where(sql`ends_on is null`),
    check("management_contracts_period_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** 物业服务事项 — what a company offers the residents of the estates it manages. */
export const propertyServiceItems = pgTable(
  "property_service_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => propertyCompanies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** 收费说明 — free text: included in the fee, charged per use, free … */
    feeNote: text("fee_note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("property_service_items_company_id_idx").on(t.companyId, t.name, t.id)],
);

export const committeeRole = pgEnum("committee_role", ["CHAIR", "VICE_CHAIR", "MEMBER"]);

/**
 * 业主委员会 — one term of an estate's owners' committee. A re-election (换届) sets
 * `succeeded_on` on the current term and inserts the next one; ended terms stay as history and
 * a trigger keeps them unchanged (see the owners_committee_history migration).
 */
export const ownersCommittees = pgTable(
  "owners_committees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The party subgraph owns estates: its key, not a foreign key into this database.
    estateId: uuid("estate_id").notNull(),
    termStartsOn: date("term_starts_on").notNull(),
    termEndsOn: date("term_ends_on").notNull(),
    /** 换届日期 — the first day of the next term; null while this term is the current one. */
    succeededOn: date("succeeded_on"),
    createdAt: createdAt(),
  },
  (t) => [
    index("owners_committees_estate_id_idx").on(t.estateId, t.termStartsOn),
    // An estate has one current committee.
    uniqueIndex("owners_committees_current_estate_idx").on(t.estateId).where(sql`succeeded_on is null`),
    check("owners_committees_term_check", sql`${t.termEndsOn} > ${t.termStartsOn}`),
    check("owners_committees_succeeded_check", sql`${t.succeededOn} is null or ${t.succeededOn} > ${t.termStartsOn}`),
  ],
);

/** 业委会成员 — one seat of one term; a party member sits there by the party subgraph's key. */
export const ownersCommitteeMembers = pgTable(
  "owners_committee_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    committeeId: uuid("committee_id")
      .notNull()
      .references(() => ownersCommittees.id, { onDelete: "restrict" }),
    /** Listing order within the committee (0 first). */
    position: integer("position").notNull(),
    name: text("name").notNull(),
    role: committeeRole("role").notNull(),
    // The party subgraph's key of the member, when the seat holder is a party member.
    partyMemberId: uuid("party_member_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("owners_committee_members_committee_id_idx").on(t.committeeId, t.position),
    index("owners_committee_members_party_member_id_idx").on(t.partyMemberId),
    unique("owners_committee_members_position_key").on(t.committeeId, t.position),
    // One chair per term; a party member holds at most one seat of a term.
    uniqueIndex("owners_committee_members_chair_idx").on(t.committeeId).where(sql`role = 'CHAIR'`),
    uniqueIndex("owners_committee_members_party_member_idx").on(t.committeeId, t.partyMemberId),
  ],
);

/** 业主自治会 — the council of owners that runs an open estate without a company (四自). */
export const selfGovernanceCouncils = pgTable(
  "self_governance_councils",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    estateId: uuid("estate_id").notNull(),
    name: text("name").notNull(),
    foundedOn: date("founded_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("self_governance_councils_estate_id_idx").on(t.estateId)],
);

export const ledgerEntryKind = pgEnum("ledger_entry_kind", ["INCOME", "EXPENSE"]);

/**
 * 收支台账 — a council's fee ledger, append-only: a trigger refuses every UPDATE, DELETE and
 * TRUNCATE (see the ledger_append_only migration). A correction is a new entry naming the one it
 * corrects, which must belong to the same council (the composite foreign key).
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => selfGovernanceCouncils.id, { onDelete: "restrict" }),
    kind: ledgerEntryKind("kind").notNull(),
    /** 金额 — in fen (分), always positive; the kind says which way it goes. */
    amountFen: integer("amount_fen").notNull(),
    memo: text("memo").notNull(),
    occurredOn: date("occurred_on").notNull(),
    correctsEntryId: uuid("corrects_entry_id"),
    /** The subject of whoever recorded it: kept for the audit, never shown. */
    recordedBy: text("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ledger_entries_council_id_idx").on(t.councilId, t.occurredOn, t.id),
    index("ledger_entries_corrects_entry_id_idx").on(t.correctsEntryId),
    unique("ledger_entries_council_id_id_key").on(t.councilId, t.id),
    foreignKey({
      name: "ledger_entries_corrects_same_council_fk",
      columns: [t.councilId, t.correctsEntryId],
      foreignColumns: [t.councilId, t.id],
    }).onDelete("restrict"),
    check("ledger_entries_amount_check", sql`${t.amountFen} > 0`),
  ],
);

export type PropertyCompanyRow = typeof propertyCompanies.$inferSelect;
export type CompanyStaffRow = typeof companyStaff.$inferSelect;
export type ManagementContractRow = typeof managementContracts.$inferSelect;
export type PropertyServiceItemRow = typeof propertyServiceItems.$inferSelect;
export type OwnersCommitteeRow = typeof ownersCommittees.$inferSelect;
export type OwnersCommitteeMemberRow = typeof ownersCommitteeMembers.$inferSelect;
export type SelfGovernanceCouncilRow = typeof selfGovernanceCouncils.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;

/**
 * An estate as this subgraph knows it: the key the party subgraph gave it, and — when the
 * gateway resolves `branchSecretaryChairsOwnersCommittee` — its branch with the secretary's
 * member key, as required (`partyBranch` null: no branch; absent: the answer did not arrive).
 */
export type EstateRef = { id: string; partyBranch?: { secretaryMemberId?: string | null } | null };

/** A party branch as this subgraph knows it: the party subgraph's key (and, on an estate's branch, its secretary's member key). */
export type PartyBranchRef = { id: string; secretaryMemberId?: string | null };

/** A party member as this subgraph knows it: only the party subgraph's key. */
export type PartyMemberRef = { id: string };

export {
  directoryCommunities,
  directoryCursor,
  directoryEstates,
  directorySubdistricts,
} from "@linli/service-kit/directory-tables";
// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, idempotencyKeys, personalDataAccessLog } from "@linli/service-kit/tables";
