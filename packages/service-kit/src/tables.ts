import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Grant } from "./auth/caller";

/**
 * Tables every subgraph keeps in its own database: re-export them from the subgraph's
 * `src/db/schema.ts` so drizzle-kit generates them into its migrations.
 */

/** One row per mutation, written in the mutation's own transaction: a rolled-back change leaves none. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    /** Token subject; null for the anonymous public. */
    actor: text("actor"),
    grants: jsonb("grants").$type<Grant[]>().notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    /** Snapshots with personal data masked. */
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId, t.occurredAt)],
);

/** One row per read of unmasked personal data: who, as what, whose, which fields, why, when. */
export const personalDataAccessLog = pgTable(
  "personal_data_access_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actor: text("actor").notNull(),
    grants: jsonb("grants").$type<Grant[]>().notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    fields: text("fields").array().notNull(),
    purpose: text("purpose").notNull(),
    requestId: text("request_id"),
  },
  (t) => [
    index("personal_data_access_log_subject_idx").on(t.subjectType, t.subjectId, t.occurredAt),
    index("personal_data_access_log_actor_idx").on(t.actor, t.occurredAt),
  ],
);
