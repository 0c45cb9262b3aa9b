import DataLoader from "dataloader";
import { sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Caller } from "./auth/caller";
import { denied } from "./auth/rules";
import type { Database } from "./db";
import { codedError, notFound } from "./errors";
import { type IdempotencyClaim, recordIdempotencyKey } from "./idempotency";
import { scrubPersonalData, scrubText } from "./privacy";
import { auditLog, personalDataAccessLog } from "./tables";

/** Who is acting, for the audit trail. */
export interface RequestMeta {
  caller: Caller;
  requestId: string;
  /** The mutation's idempotency key, recorded in the transaction of each write of a root mutation field. */
  idempotency?: IdempotencyClaim | undefined;
}

export interface WriteOutcome<T> {
  entityId: string;
  /** The row as it was (null for a creation) and as it is now (null for a deletion). */
  before: unknown;
  after: unknown;
  result: T;
}

/**
 * Runs a write in a transaction and records it in the audit log inside that same transaction:
 * if the write fails, neither the change nor its audit row remains. When the request carries an
 * idempotency key, the key of the mutation field being resolved is recorded as the
 * transaction's last statement, with what the write returned: a committed write always leaves
 * its key and its result, a failed one neither, and a concurrent copy of the request waits on
 * the key and rolls back instead of writing twice (see idempotency.ts).
 */
export async function auditedWrite<TSchema extends Record<string, unknown>, T>(
  db: Database<TSchema>,
  meta: RequestMeta,
  change: { action: string; entityType: string },
  write: (tx: Database<TSchema>) => Promise<WriteOutcome<T>>,
): Promise<T> {
  const claim = meta.idempotency?.current ? meta.idempotency : undefined;
  const field = claim?.current;
  const result = await db.transaction(async (tx) => {
    const outcome = await write(tx as unknown as Database<TSchema>);
    await tx.insert(auditLog).values({
      actor: meta.caller.subject,
      grants: [...meta.caller.grants],
      action: change.action,
      entityType: change.entityType,
      entityId: outcome.entityId,
      before: scrubPersonalData(outcome.before ?? null),
      after: scrubPersonalData(outcome.after ?? null),
      requestId: meta.requestId,
    });
    if (claim) await recordIdempotencyKey(tx, claim, outcome.result);
    return outcome.result;
  });
  if (field) {
    field.recorded = true;
    field.writeResult = result;
  }
  return result;
}

export interface PersonalDataAccess {
  subjectType: string;
  subjectId: string;
  fields: string[];
  purpose: string;
}

/**
 * The personal-data access log for one request. Each full-value read is recorded before it is
 * shown (a read that cannot be logged is not answered); the reads of one request are written
 * together, so a page of members costs one INSERT, not one per field.
 */
export function createPersonalDataAccessLog<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  meta: RequestMeta,
) {
  const batch = new DataLoader<PersonalDataAccess, true, PersonalDataAccess>(
    async (accesses) => {
      const actor = meta.caller.subject;
      if (!actor) throw new Error("personal data is never shown to the anonymous public");
      await db.insert(personalDataAccessLog).values(
        accesses.map((access) => ({
          actor,
          grants: [...meta.caller.grants],
          ...access,
          purpose: scrubText(access.purpose),
          requestId: meta.requestId,
        })),
      );
      return accesses.map(() => true as const);
    },
    { cache: false },
  );
  return {
    record: async (access: PersonalDataAccess): Promise<void> => {
      await batch.load(access);
    },
  };
}

export type PersonalDataAccessLog = ReturnType<typeof createPersonalDataAccessLog>;

export interface ScopedUpdate<TRow> {
  /** Reads and locks the row (`SELECT … FOR UPDATE`); null when there is none. */
  lock(): Promise<TRow | null>;
  /** The UPDATE with the caller's scope in its WHERE clause; null when the scope excludes the row. */
  update(): Promise<TRow | null>;
}

/**
 * The one shape of an update in Linli: lock the row (NOT_FOUND when there is none), update it
 * only within the caller's scope (ownership lives in the UPDATE itself; no row back means the
 * caller may not touch it: FORBIDDEN), and audit before and after in the same transaction.
 * Records people edit carry a `version` their UPDATE raises by one (`nextVersion`); a caller
 * that names the version it read gets CONFLICT instead of overwriting someone else's edit.
 */
export async function auditedScopedUpdate<TSchema extends Record<string, unknown>, TRow>(
  db: Database<TSchema>,
  meta: RequestMeta,
  change: {
    action: string;
    entityType: string;
    entityId: string;
    /** The NOT_FOUND message, e.g. "No shared resource has this id." */
    missing: string;
    /** What goes into the audit row (the whole row by default). */
    snapshot?: (row: TRow) => unknown;
    /**
     * The `version` the caller last read (optional): when the locked row carries another one,
     * the update is refused with CONFLICT naming the current version, and nothing is stored.
     */
    expectedVersion?: number | null | undefined;
  },
  steps: (tx: Database<TSchema>) => ScopedUpdate<TRow>,
): Promise<TRow> {
  const snapshot = change.snapshot ?? ((row: TRow) => row);
  return auditedWrite(db, meta, change, async (tx) => {
    const { lock, update } = steps(tx);
    const before = await lock();
    if (!before) throw notFound(change.missing);
    assertExpectedVersion(before, change.expectedVersion);
    const after = await update();
    if (!after) throw denied(meta.caller);
    return { entityId: change.entityId, before: snapshot(before), after: snapshot(after), result: after };
  });
}

/** The SET value of a versioned record's UPDATE: one more than the row has, in the statement itself. */
export const nextVersion = (column: PgColumn) => sql<number>`${column} + 1`;

/** CONFLICT (naming the current version) when a locked row is not at the version the caller read. */
export function assertExpectedVersion(row: unknown, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) return;
  const current = (row as { version?: unknown }).version;
  if (typeof current !== "number") throw new Error("expectedVersion was given for a record without a version");
  if (current !== expected) {
    throw codedError(
      "CONFLICT",
      `The record was changed since it was read (version ${expected}); it is now at version ${current}. Read it again and reapply the change.`,
      { currentVersion: current, expectedVersion: expected },
    );
  }
}
