import { codedError } from "@linli/service-kit";

/** The SQLSTATE of a database error, looking through the wrappers drizzle puts around it. */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  while (current && typeof current === "object") {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = cause;
  }
  return undefined;
}

function constraintOf(error: unknown): string | undefined {
  let current: unknown = error;
  while (current && typeof current === "object") {
    const { constraint, cause } = current as { constraint?: unknown; cause?: unknown };
    if (typeof constraint === "string") return constraint;
    current = cause;
  }
  return undefined;
}

/**
 * Runs a write whose invariants PostgreSQL enforces (unique and exclusion constraints that must
 * hold under races), and answers CONFLICT when one of the named constraints refused it. The
 * write's transaction has rolled back by then: nothing of it remains.
 */
export async function refusingConflicts<T>(messages: Record<string, string>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const state = sqlState(error);
    const constraint = constraintOf(error);
    if ((state === "23505" || state === "23P01") && constraint && messages[constraint]) {
      throw codedError("CONFLICT", messages[constraint]);
    }
    throw error;
  }
}

/** A state machine's refusal: nothing changed. */
export function invalidTransition(entity: string, from: string, to: string) {
  return codedError("INVALID_TRANSITION", `${entity} cannot move from ${from} to ${to}.`, { from, to });
}
