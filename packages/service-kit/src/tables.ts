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
 * One row per idempotency key, caller and root mutation field that wrote something. The row is
 * inserted as the last statement of the field's write transaction, with what the write returned
 * (a rolled-back write leaves no key); the field's part of the answer is added once the response
 * is composed. Rows older than a day are purged.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    key: text("key").notNull(),
    /** Token subject; empty for the anonymous public. Keys of different callers never meet. */
    subject: text("subject").notNull(),
    /** sha256 of the field's name, argument values and place among identical fields of the request. */
    requestHash: text("request_hash").notNull(),
    /** The root mutation field's name, for people reading the table. */
    field: text("field").notNull().default(""),
    /** The client operation it was part of, when the router named it (see `x-linli-operation`). */
    operation: text("operation"),
    /** What the field's write returned (JSON, dates tagged): a retry is answered from it when no answer was stored. */
    result: jsonb("result"),
    /** The field's part of the answer the first request got, with a hash of its selection; null until composed. */
    response: jsonb("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.subject, t.requestHash] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);
