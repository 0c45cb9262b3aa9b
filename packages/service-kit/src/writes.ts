import type { Caller } from "./auth/caller";
import type { Database } from "./db";
import { scrubPersonalData } from "./privacy";
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

/** Records that `meta.caller` read unmasked personal data, and why. */
export async function recordPersonalDataAccess<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  meta: RequestMeta,
  access: { subjectType: string; subjectId: string; fields: string[]; purpose: string },
): Promise<void> {
  if (!meta.caller.subject) throw new Error("personal data is never shown to the anonymous public");
  await db.insert(personalDataAccessLog).values({
    actor: meta.caller.subject,
    grants: [...meta.caller.grants],
    ...access,
    requestId: meta.requestId,
  });
}
