import { badUserInput, isUuid, type PageArgs, type PageRequest, pageRequest } from "@linli/service-kit";

const isTimestamp = (value: string) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value);
const isCount = (value: string) => /^\d{1,18}$/.test(value);

const checks = { uuid: isUuid, timestamp: isTimestamp, count: isCount, text: (_: string) => true } as const;

/**
 * A page request whose cursor parts are checked against what this list's cursors hold, so a
 * forged cursor is refused with BAD_USER_INPUT instead of failing a cast in SQL.
 */
export function checkedPage(args: PageArgs, parts: (keyof typeof checks)[]): PageRequest {
  const page = pageRequest(args, parts.length);
  if (page.after && !page.after.every((part, i) => checks[parts[i] as keyof typeof checks](part))) {
    throw badUserInput("`after` is not a cursor this list handed out.", { argumentName: "after" });
  }
  return page;
}
