import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
// Set to now() by every update; a new row starts with its creation time.
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const propertyCompanies = pgTable(
  "property_companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("property_companies_name_id_idx").on(t.name, t.id)],
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

export type PropertyCompanyRow = typeof propertyCompanies.$inferSelect;
export type ManagementContractRow = typeof managementContracts.$inferSelect;

/** An estate as this subgraph knows it: only the key the party subgraph gave it. */
export type EstateRef = { id: string };

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, personalDataAccessLog } from "@linli/service-kit/tables";
