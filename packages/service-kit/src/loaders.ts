import DataLoader from "dataloader";
import { badUserInput } from "./errors";
import { isUuid } from "./ids";

/**
 * Puts rows back in the order of the keys a DataLoader asked for, `null` for a miss.
 * Every batch function must answer in key order; this is that rule written once.
 */
export function byKeys<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map<K, R>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows under the keys that asked for them, an empty list for a key with none. */
export function groupedByKeys<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Rejects an id argument that cannot name any record, before it reaches SQL. */
export function assertUuid(value: string, argumentName: string): string {
  if (!isUuid(value)) throw badUserInput(`\`${argumentName}\` is not a valid id.`, { argumentName });
  return value;
}

/** Only well-formed ids reach SQL: any other key is simply a miss. */
async function loadUuids<R>(keys: readonly string[], load: (ids: string[]) => Promise<R[]>): Promise<R[]> {
  const ids = [...new Set(keys.filter(isUuid))];
  return ids.length === 0 ? [] : load(ids);
}

/** A per-request loader of one row by id. Build it in the context factory, never at module level. */
export function rowLoader<R>(load: (ids: string[]) => Promise<R[]>, keyOf: (row: R) => string) {
  return new DataLoader<string, R | null>(async (keys) => byKeys(keys, await loadUuids(keys, load), keyOf));
}

/** A per-request loader of the rows belonging to each id (a nested list). */
export function listLoader<R>(load: (ids: string[]) => Promise<R[]>, keyOf: (row: R) => string) {
  return new DataLoader<string, R[]>(async (keys) => groupedByKeys(keys, await loadUuids(keys, load), keyOf));
}

/** A foreign key always names a row (the database enforces it); a miss here is a bug, not a null. */
export async function requireRow<T>(row: Promise<T | null>): Promise<T> {
  const found = await row;
  if (found === null) throw new Error("dangling reference: a foreign key named no row");
  return found;
}
