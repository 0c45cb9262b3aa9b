import { GraphQLError } from "graphql";

/** Stable codes clients can branch on; the message is for people. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "INTERNAL_SERVER_ERROR";

export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  codedError("BAD_USER_INPUT", message, extensions);
export const notFound = (message: string) => codedError("NOT_FOUND", message);
