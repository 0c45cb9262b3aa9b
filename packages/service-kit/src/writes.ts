import DataLoader from "dataloader";
import type { Caller } from "./auth/caller";
import { denied } from "./auth/rules";
import type { Database } from "./db";
import { notFound } from "./errors";
import { scrubPersonalData, scrubText } from "./privacy";
import { auditLog, personalDataAccessLog } from "./tables";

/** Who is acting, for the audit trail. */
export interface RequestMeta {
  caller: Caller;
  requestId: string;
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
 * if the write fails, neither the change nor its audit row remains.
 */
export async function auditedWrite<TSchema extends Record<string, unknown>, T>(
  db: Database<TSchema>,
  meta: RequestMeta,
  change: { action: string; entityType: string },
  write: (tx: Database<TSchema>) => Promise<WriteOutcome<T>>,
): Promise<T> {
  return db.transaction(async (tx) => {
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
    return outcome.result;
  });
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
  },
  steps: (tx: Database<TSchema>) => ScopedUpdate<TRow>,
): Promise<TRow> {
  const snapshot = change.snapshot ?? ((row: TRow) => row);
  return auditedWrite(db, meta, change, async (tx) => {
    const { lock, update } = steps(tx);
    const before = await lock();
    if (!before) throw notFound(change.missing);
    const after = await update();
    if (!after) throw denied(meta.caller);
    return { entityId: change.entityId, before: snapshot(before), after: snapshot(after), result: after };
  });
}
