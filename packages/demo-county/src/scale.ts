import { createHash } from "node:crypto";
import type { DemoCounty } from "./types";

const NAMESPACE = Buffer.from("9f1b7c523c3e4d0b8d0e6a2f4f9e1b27", "hex");

/** An RFC 4122 version-5 UUID (SHA-1 of namespace and name), with node's hash: fast enough for a million ids. */
function uuidV5(name: string): string {
  const bytes = createHash("sha1").update(NAMESPACE).update(name).digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Lists of people: their names stay as they are in a copy. */
const PEOPLE = new Set<keyof DemoCounty>(["members", "volunteers", "companyStaff"]);

/**
 * Copy `copy` (1, 2, …) of a county's places and records under its one county: copy 1 is the
 * county itself; copy k's ids are derived from the original's (the same in every agency's
 * database), and its places, organizations and records are named with a `·k` suffix.
 */
export function countyCopy(base: DemoCounty, copy: number): DemoCounty {
  if (!Number.isInteger(copy) || copy < 1) throw new Error(`a copy is numbered from 1, not ${copy}`);
  if (copy === 1) return structuredClone(base);
  const ids = new Map<string, string>();
  const remap = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value === base.county.id || !UUID.test(value)) return value;
      const known = ids.get(value);
      if (known) return known;
      const id = uuidV5(`${copy}:${value}`);
      ids.set(value, id);
      return id;
    }
    if (Array.isArray(value)) return value.map(remap);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, remap(inner)]));
    }
    return value;
  };
  const result = { county: base.county } as Record<string, unknown>;
  for (const [key, records] of Object.entries(base)) {
    if (!Array.isArray(records)) continue;
    result[key] = records.map((record) => {
      const next = remap(record) as Record<string, unknown>;
      if (!PEOPLE.has(key as keyof DemoCounty) && typeof next.name === "string") next.name = `${next.name}·${copy}`;
      return next;
    });
  }
  return result as unknown as DemoCounty;
}
