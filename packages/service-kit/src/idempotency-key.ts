/** The header a client sends with a mutation it may retry; the gateway passes it on for mutations only. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/** 8–128 characters of letters, digits and `_ . : -`: a UUID, a ULID or `<client>:<counter>` all fit. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

export const isIdempotencyKey = (value: unknown): value is string =>
  typeof value === "string" && IDEMPOTENCY_KEY_PATTERN.test(value);
