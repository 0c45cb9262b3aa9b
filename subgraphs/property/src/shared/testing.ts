/** For tests: the message PostgreSQL gave for a refused statement, wherever the driver wrapped it. */
export function databaseMessage(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current && typeof current === "object") {
    const { message, cause } = current as { message?: unknown; cause?: unknown };
    if (typeof message === "string") messages.push(message);
    current = cause;
  }
  return messages.join("\n");
}

/** For tests: resolves to what PostgreSQL answered when `statement` is refused; fails when it succeeds. */
export async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    return databaseMessage(error);
  }
  throw new Error("the statement was expected to be refused, and succeeded");
}
