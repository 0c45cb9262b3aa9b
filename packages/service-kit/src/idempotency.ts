import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type BaseContext, type GraphQLResponse, HeaderMap } from "@apollo/server";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { FormattedExecutionResult } from "graphql";
import type { Database } from "./db";
import { codedError, type ErrorCode } from "./errors";
import type { Logger } from "./logger";
import { idempotencyKeys } from "./tables";

export * from "./idempotency-key";

/** How long a key is remembered: a retry later than this runs the mutation again. */
export const IDEMPOTENCY_KEY_TTL = sql.raw("interval '24 hours'");

/**
 * One request's idempotency key. The plugin arms it for a mutation whose key is new; the first
 * `auditedWrite` of the request then records it inside its own transaction, so a key is stored
 * exactly when a write committed; the plugin adds the answer once the response is composed.
 */
export interface IdempotencyClaim {
  key: string;
  /** The caller's token subject, empty for the anonymous public. */
  subject: string;
  requestHash: string;
  /** A mutation with a key not seen before: its first write records the key. */
  armed: boolean;
  /** The key is stored (a write of this request committed). */
  recorded: boolean;
}

export function idempotencyClaim(key: string, subject: string | null): IdempotencyClaim {
  return { key, subject: subject ?? "", requestHash: "", armed: false, recorded: false };
}

type Tx = Pick<Database<Record<string, unknown>>, "insert" | "select">;

const keyOf = (claim: IdempotencyClaim) =>
  and(eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.subject, claim.subject));

const notExpired = () => gte(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`);

const reused = () =>
  codedError(
    "IDEMPOTENCY_KEY_REUSED",
    "This idempotency key was used for another request; send a new key with each new mutation.",
  );
const answerLost = () =>
  codedError(
    "IDEMPOTENCY_KEY_APPLIED",
    "The mutation with this idempotency key was applied, but its answer was lost (the connection failed after the write committed); read the record to see its state, and do not send it again with a new key.",
  );

/**
 * A stored key is visible only once its write committed; its answer follows within the request.
 * An answerless key older than this was applied and its answer lost, not still being answered
 * (the gateway gives a whole subgraph call 5 s).
 */
const ANSWER_LOST_AFTER_MS = 30_000;

/** How often expired keys are deleted, at most. */
const PURGE_EVERY_MS = 60_000;

const inProgress = () =>
  codedError(
    "IDEMPOTENCY_KEY_IN_PROGRESS",
    "A request with this idempotency key is being answered; retry it in a moment to get that answer.",
  );

/**
 * Records the key in the transaction of a write. When the key is already there (a concurrent
 * request with it committed first; its insert made this one wait), this write is refused, so
 * the transaction rolls back and nothing is written twice. An expired row is taken over.
 */
export async function recordIdempotencyKey(tx: Tx, claim: IdempotencyClaim): Promise<void> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ key: claim.key, subject: claim.subject, requestHash: claim.requestHash })
    .onConflictDoUpdate({
      target: [idempotencyKeys.key, idempotencyKeys.subject],
      set: { requestHash: claim.requestHash, response: null, createdAt: sql`now()` },
      setWhere: lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`),
    })
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return;
  const [existing] = await tx
    .select({ requestHash: idempotencyKeys.requestHash })
    .from(idempotencyKeys)
    .where(keyOf(claim));
  throw existing && existing.requestHash !== claim.requestHash ? reused() : inProgress();
}

/** The hash two requests must share to be "the same request": operation text, name and variables. */
export function hashRequest(request: {
  query?: string | undefined;
  operationName?: string | null | undefined;
  variables?: unknown;
}) {
  return createHash("sha256")
    .update(JSON.stringify([request.query ?? "", request.operationName ?? null, request.variables ?? null]))
    .digest("hex");
}

function answer(result: FormattedExecutionResult): GraphQLResponse {
  return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: "single", singleResult: result } };
}

const refusal = (error: ReturnType<typeof codedError>) =>
  answer({ errors: [{ message: error.message, extensions: error.extensions as { code: ErrorCode } }] });

/**
 * Idempotent mutations. For a mutation carrying a key already stored for this caller: the same
 * request gets the stored answer again without running (no second write); another request is
 * refused with IDEMPOTENCY_KEY_REUSED; a request whose first copy has written but not answered
 * yet gets IDEMPOTENCY_KEY_IN_PROGRESS, and IDEMPOTENCY_KEY_APPLIED once that answer is surely
 * lost (the write committed, the connection failed before its answer was stored). A new key is armed, recorded by the first write and
 * answered here. A mutation that failed before writing stored nothing and may be sent again.
 */
export function idempotencyPlugin<TContext extends BaseContext & { idempotency?: IdempotencyClaim | undefined }>(
  db: Database<Record<string, unknown>>,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  let lastPurge = 0;
  return {
    async requestDidStart({ contextValue }) {
      const claim = contextValue.idempotency;
      if (!claim) return;
      return {
        async responseForOperation({ operation, request }) {
          if (operation.operation !== "mutation") return null;
          claim.requestHash = hashRequest(request);
          let stored: { requestHash: string; response: unknown; createdAt: Date } | undefined;
          try {
            [stored] = await db
              .select({
                requestHash: idempotencyKeys.requestHash,
                response: idempotencyKeys.response,
                createdAt: idempotencyKeys.createdAt,
              })
              .from(idempotencyKeys)
              .where(and(keyOf(claim), notExpired()));
          } catch (error) {
            // The database is away (a restart): nothing ran, so the mutation is reported failed like
            // any resolver's outage, not as an HTTP 500 that would count against the gateway's circuit.
            logger.error({ err: error, key: claim.key }, "could not look up an idempotency key");
            return refusal(codedError("INTERNAL_SERVER_ERROR", "Internal server error"));
          }
          if (!stored) {
            claim.armed = true;
            return null;
          }
          if (stored.requestHash !== claim.requestHash) return refusal(reused());
          if (stored.response === null) {
            const lost = Date.now() - new Date(stored.createdAt).getTime() > ANSWER_LOST_AFTER_MS;
            return refusal(lost ? answerLost() : inProgress());
          }
          return answer(stored.response as FormattedExecutionResult);
        },
        async willSendResponse({ response }) {
          if (!claim.recorded || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          try {
            await db
              .update(idempotencyKeys)
              .set({ response: { data, ...(errors ? { errors } : {}) } })
              .where(keyOf(claim));
            // Expired keys are already ignored and taken over; clearing them out is housekeeping,
            // done at most once a minute rather than as a second statement of every keyed mutation.
            if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
              lastPurge = Date.now();
              await db
                .delete(idempotencyKeys)
                .where(lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`));
            }
          } catch (error) {
            // The write committed and this answer still goes out; a retry gets IN_PROGRESS, never a second write.
            logger.error({ err: error, key: claim.key }, "could not store the answer of an idempotent mutation");
          }
        },
      };
    },
  };
}
