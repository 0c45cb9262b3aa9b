/** The header a client sends with a mutation it may retry; the gateway passes it on for mutations only. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/** 8–128 characters of letters, digits and `_ . : -`: a UUID, a ULID or `<client>:<counter>` all fit. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

export const isIdempotencyKey = (value: unknown): value is string =>
  typeof value === "string" && IDEMPOTENCY_KEY_PATTERN.test(value);

/**
 * The client operation a subgraph request belongs to (sha256 of its text, name and variables),
 * set by the Linli gateway on the mutation fetches of a keyed request: with it a subgraph
 * refuses a key met again under another operation (IDEMPOTENCY_KEY_REUSED). Another router
 * does not send it; exactly-once holds without it.
 */
export const OPERATION_HEADER = "x-linli-operation";

export const isOperationFingerprint = (value: unknown): value is string =>
  typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
