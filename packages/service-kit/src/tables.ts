import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Grant } from "./auth/caller";

/**
 * Tables every subgraph keeps in its own database: re-export them from the subgraph's
 * `src/db/schema.ts` so drizzle-kit generates them into its migrations.
 */

/**
 * The `version` column of a record people edit: 1 when created, raised by one in every UPDATE
 * (`nextVersion`), compared with a mutation's `expectedVersion` (`auditedScopedUpdate`).
 */
export const versionColumn = () => integer("version").notNull().default(1);

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

/**
 * One row per idempotency key a caller sent with a mutation that wrote something. The row is
 * inserted in the transaction of the mutation's first write (a rolled-back write leaves no key);
 * the answer is added once the response is composed. Rows older than a day are purged.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    key: text("key").notNull(),
    /** Token subject; empty for the anonymous public. Keys of different callers never meet. */
    subject: text("subject").notNull(),
    /** sha256 of the operation text, operation name and variables. */
    requestHash: text("request_hash").notNull(),
    /** The GraphQL response the first request got; null while it is still being composed. */
    response: jsonb("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.subject] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
