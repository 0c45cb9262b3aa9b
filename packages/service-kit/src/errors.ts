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
  /** A field computed from another agency's data that did not arrive: null, never a guess. */
  | "DEPENDENCY_UNAVAILABLE"
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
 * Parses a mutation's `input` argument (or another input-object argument, named by
 * `argumentName`), or refuses it with BAD_USER_INPUT naming the first field at fault
 * (`extensions.field`, a path inside the argument; empty when the argument as a whole is wrong).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, argumentName = "input"): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const message = issue?.message ?? "is not valid";
  throw badUserInput(field ? `\`${field}\` ${message}.` : `${message}.`, { argumentName, field });
}

/** An id field of a mutation's input: a well-formed UUID, or BAD_USER_INPUT naming the field. */
export const uuidInput = z.string().refine(isUuid, "is not a valid id");

/** Trimmed text of 1 to `max` characters. */
export const textInput = (max: number) =>
  z.string().trim().min(1, `must be 1 to ${max} characters`).max(max, `must be 1 to ${max} characters`);

/** An instant as ISO 8601 with a time zone (`2031-05-01T09:00:00+08:00` or `…Z`). */
export const timestampInput = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 timestamp with a time zone, e.g. 2031-05-01T09:00:00+08:00",
});

/**
 * Field arguments checked by `schema`: the values, or BAD_USER_INPUT naming the first argument
 * at fault (`argumentName`), for the arguments of a query field as `parseInput` is for `input`.
 */
export function parseArguments<T extends z.ZodType>(schema: T, args: unknown): z.output<T> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const argumentName = String(issue?.path[0] ?? "");
  throw badUserInput(`\`${argumentName}\` ${issue?.message ?? "is not valid"}.`, { argumentName });
}

/** A mutation's optional `expectedVersion`: the version of the record the caller read. */
export const expectedVersionInput = z.number().int().min(1).nullish();
