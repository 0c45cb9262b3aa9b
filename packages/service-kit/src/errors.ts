import { GraphQLError } from "graphql";
import { z } from "zod";
import { isUuid } from "./ids";

/** Stable codes clients can branch on; the message is for people. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "BOOKING_CONFLICT"
  | "QUOTA_EXCEEDED"
  | "NOT_QUALIFIED"
  | "IDEMPOTENCY_KEY_REUSED"
  | "IDEMPOTENCY_KEY_APPLIED"
  | "INTERNAL_SERVER_ERROR";

export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  codedError("BAD_USER_INPUT", message, extensions);
export const notFound = (message: string) => codedError("NOT_FOUND", message);

/** A state machine's refusal: the record is unchanged. */
export const invalidTransition = (message: string, extensions?: Record<string, unknown>) =>
  codedError("INVALID_TRANSITION", message, extensions);

/**
 * Parses a mutation's `input` argument, or refuses it with BAD_USER_INPUT naming the first field
 * at fault (`extensions.field`, a path inside `input`; empty when the input as a whole is wrong).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const message = issue?.message ?? "is not valid";
  throw badUserInput(field ? `\`${field}\` ${message}.` : `${message}.`, { argumentName: "input", field });
}

/** An id field of a mutation's input: a well-formed UUID, or BAD_USER_INPUT naming the field. */
export const uuidInput = z.string().refine(isUuid, "is not a valid id");

/** A mutation's optional `expectedVersion`: the version of the record the caller read. */
export const expectedVersionInput = z.number().int().min(1).nullish();
