import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * 日历订阅: the secret, revocable iCal feeds an agency serves (a resource's or a unit's bookings,
 * a team's activities). Only the SHA-256 of a feed's secret is kept: the secret is the feed's
 * URL, shown once when it is created, and a stolen table must not give out working URLs.
 * `subject_id` names a row of the agency's own tables by `kind`; no foreign key, since one
 * table serves several kinds (the service checks the subject when the feed is created).
 * Re-export it from the subgraph's `src/db/schema.ts` so drizzle-kit generates it.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    secretHash: text("secret_hash").notNull().unique("calendar_feeds_secret_hash_key"),
    /** What the feed shows: `resource`, `unit` (units) or `team` (volunteer). */
    kind: text("kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** The subject of the token that created it. */
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set once by a revocation: from then on the feed answers 410. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feeds_subject_idx").on(t.kind, t.subjectId)],
);

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
