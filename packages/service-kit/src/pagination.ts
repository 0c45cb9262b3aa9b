import DataLoader from "dataloader";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgDatabase, PgQueryResultHKT, PgTable } from "drizzle-orm/pg-core";
import { badUserInput } from "./errors";
import { isUuid } from "./ids";
import { DEFAULT_PAGE_COST, operationLimits } from "./limits";

export const DEFAULT_PAGE_SIZE = DEFAULT_PAGE_COST;
export const MAX_PAGE_SIZE = operationLimits.pageSize;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** A validated page request: how many rows, and the sort key of the last row already seen. */
export interface PageRequest {
  limit: number;
  after: string[] | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * How many rows the whole list holds. A function, so the count runs only when a query selects
   * `totalCount`: GraphQL's default resolver calls a function-valued property of the parent.
   */
  totalCount: () => Promise<number>;
}

/** One statement, run at most once however many times the field is selected (aliases). */
function once(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => {
    counted ??= count();
    return counted;
  };
}

/** Cursors are opaque to clients: the sort key of a row, as base64url JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * What each part of a list's sort key holds. Parts are checked before they reach SQL, so a
 * forged cursor is refused with BAD_USER_INPUT instead of failing a cast in the database.
 */
export type CursorPart = "text" | "uuid" | "timestamp" | "date" | "count";

const cursorPartChecks: Record<CursorPart, (value: string) => boolean> = {
  text: () => true,
  uuid: isUuid,
  // Cursors carry toISOString() output; anything that does not round-trip was not handed out.
  timestamp: (value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  // A round trip, because Date.parse accepts days that do not exist (2026-02-30).
  date: (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
  count: (value) => /^\d{1,15}$/.test(value),
};

/** The most common sort key: a name, then the id that makes it unique. */
export const NAME_THEN_ID: readonly CursorPart[] = ["text", "uuid"];

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, i) => typeof part === "string" && cursorPartChecks[parts[i] as CursorPart](part))
    ) {
      return key as string[];
    }
  } catch {
    // fall through to the coded error
  }
  throw badUserInput("`after` is not a cursor this list handed out.", { argumentName: "after" });
}

/** A validated page request for a list whose sort key has these `parts`. */
export function pageRequest(args: PageArgs, parts: readonly CursorPart[]): PageRequest {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, { argumentName: "first" });
  }
  return { limit, after: args.after ? decodeCursor(args.after, parts) : null };
}

/**
 * Builds a connection from rows fetched with `limit + 1`: the extra row only tells that
 * another page exists and is not returned.
 */
export function toConnection<T>(
  rows: readonly T[],
  page: PageRequest,
  sortKey: (row: T) => string[],
  count: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: once(count),
  };
}

/** Counts of a nested list per parent, as `count(*) … GROUP BY parent` answers them. */
export type CountsByParent = (parentIds: string[]) => Promise<{ parentId: string; count: number }[]>;

type AnyPgDatabase = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/**
 * How many rows of `table` each parent has (`parent = ANY(…)`, with the list's own `filter`),
 * in one `GROUP BY` statement: the count behind a nested list's `totalCount`.
 */
export function countChildren(db: AnyPgDatabase, table: PgTable, parent: PgColumn, filter?: SQL): CountsByParent {
  return (parentIds) =>
    db
      .select({ parentId: sql<string>`${parent}`, count: sql<number>`count(*)::int` })
      .from(table)
      .where(and(inArray(parent, parentIds), filter))
      .groupBy(parent);
}

/** The count of a whole root list, with the same conditions as its pages. */
export function countRows(db: AnyPgDatabase, table: PgTable, filter?: SQL): () => Promise<number> {
  return async () => {
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(table).where(filter);
    return Number(row?.count ?? 0);
  };
}

/**
 * A per-request loader of how many children each parent has: every parent of a request is
 * counted in one statement (`GROUP BY` the parent), `0` for a parent without children.
 */
export function childCountLoader(count: CountsByParent) {
  return new DataLoader<string, number>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid))];
    const rows = ids.length === 0 ? [] : await count(ids);
    const counts = new Map(rows.map((row) => [row.parentId, Number(row.count)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

export interface ChildPageKey {
  parentId: string;
  page: PageRequest;
}

/**
 * A per-request loader of one page of children for each parent (`Community.estates(first, after)`
 * for every community in a list). Keys asking for the same page shape are fetched together by
 * `loadPages`, which must return at most `limit + 1` rows per parent in sort order;
 * `countByParent` counts each connection's `totalCount` for every parent in one statement, only
 * when selected.
 */
export function childConnectionLoader<R>(
  loadPages: (parentIds: string[], page: PageRequest) => Promise<R[]>,
  parentOf: (row: R) => string,
  sortKey: (row: R) => string[],
  countByParent: CountsByParent,
) {
  // Built with the page loader, so it lives exactly as long as the request.
  const counts = childCountLoader(countByParent);
  return new DataLoader<ChildPageKey, Connection<R>, string>(
    async (keys) => {
      const shapes = new Map<string, { page: PageRequest; parentIds: Set<string> }>();
      for (const { parentId, page } of keys) {
        const shape = JSON.stringify(page);
        const entry = shapes.get(shape) ?? { page, parentIds: new Set<string>() };
        if (isUuid(parentId)) entry.parentIds.add(parentId);
        shapes.set(shape, entry);
      }
      const rowsByShape = new Map<string, R[]>();
      for (const [shape, { page, parentIds }] of shapes) {
        rowsByShape.set(shape, parentIds.size === 0 ? [] : await loadPages([...parentIds], page));
      }
      return keys.map(({ parentId, page }) => {
        const rows = (rowsByShape.get(JSON.stringify(page)) ?? []).filter((row) => parentOf(row) === parentId);
        return toConnection(rows, page, sortKey, () => counts.load(parentId));
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.page]) },
  );
}
