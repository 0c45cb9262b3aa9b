import { sampleCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, bookings, resourceOpeningWindows, sharedResources } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";
import { OpeningHoursRepository } from "./opening-hours.repository";

const county = sampleCounty();
const quanan = county.units.find((u) => u.name === "全安消防技术有限公司")!;
const dongmen = county.estates.find((e) => e.name === "东门顺安")!;
const unitsAdmin: Caller = { subject: "units-admin", grants: [{ role: "agency_admin", agency: "units" }] };

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

/**
 * An instant in China time (UTC+8) in the week of Monday 2035-01-01 plus `week` weeks:
 * `at(0, 1, "08:00")` is Monday 2035-01-01 08:00 +08:00 (00:00 UTC).
 */
const at = (week: number, weekday: number, clock: string) => {
  const day = new Date(Date.UTC(2035, 0, 1 + week * 7 + weekday - 1)).toISOString().slice(0, 10);
  return new Date(`${day}T${clock}:00+08:00`).toISOString();
};

/** Windows: Monday 08:00–12:00 and 12:00–17:00 (touching), Monday 19:00–21:00, Sunday 20:00–24:00; nothing else. */
const WINDOWS = [
  { weekday: 1, startsAt: "12:00", endsAt: "17:00" },
  { weekday: 1, startsAt: "08:00", endsAt: "12:00" },
  { weekday: 7, startsAt: "20:00", endsAt: "24:00" },
  { weekday: 1, startsAt: "19:00", endsAt: "21:00" },
];

/** A fresh EXPERTISE resource of 全安消防 with `windows`, stored directly. */
async function seedResource(name: string, windows = WINDOWS) {
  const [row] = await database.db
    .insert(sharedResources)
    .values({ unitId: quanan.id, name, kind: "EXPERTISE", capacity: 5, requiresApproval: false })
    .returning();
  await new OpeningHoursRepository(database.db).replace(row!.id, windows);
  return row!;
}

const REQUEST = `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state startsAt } }`;
const request = (resourceId: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) =>
  query(REQUEST, { input: { resourceId, estateId: dongmen.id, startsAt, endsAt, ...extra } }, unitsAdmin);
const errorOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions ?? null;
const bookingCount = async (resourceId: string) =>
  (
    await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bookings)
      .where(eq(bookings.resourceId, resourceId))
  )[0]!.n;

describe("opening hours of a shared resource", () => {
  it("are set through updateSharedResource, read back by weekday and start as HH:MM, and cleared by an empty list", async () => {
    const resource = await seedResource("开放时间设置", []);
    const UPDATE = `mutation ($input: UpdateSharedResourceInput!) {
      updateSharedResource(input: $input) { id openingHours { weekday startsAt endsAt } }
    }`;
    const set = await query(UPDATE, { input: { id: resource.id, openingHours: WINDOWS } }, unitsAdmin);
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({
      updateSharedResource: {
        id: resource.id,
        openingHours: [
          { weekday: 1, startsAt: "08:00", endsAt: "12:00" },
          { weekday: 1, startsAt: "12:00", endsAt: "17:00" },
          { weekday: 1, startsAt: "19:00", endsAt: "21:00" },
          { weekday: 7, startsAt: "20:00", endsAt: "24:00" },
        ],
      },
    });
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, resource.id))
      .orderBy(sql`${auditLog.occurredAt} DESC`)
      .limit(1);
    expect(audit?.action).toBe("updateSharedResource");
    const cleared = await query(UPDATE, { input: { id: resource.id, openingHours: [] } }, unitsAdmin);
    expect(cleared.data).toEqual({ updateSharedResource: { id: resource.id, openingHours: [] } });
  });

  it("refuses a malformed window with BAD_USER_INPUT naming the field, keeping the windows as they were", async () => {
    const resource = await seedResource("开放时间校验");
    const UPDATE = `mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { id } }`;
    const cases: [Record<string, unknown>, string][] = [
      [{ weekday: 0, startsAt: "08:00", endsAt: "09:00" }, "openingHours.0.weekday"],
      [{ weekday: 8, startsAt: "08:00", endsAt: "09:00" }, "openingHours.0.weekday"],
      [{ weekday: 1, startsAt: "24:00", endsAt: "24:00" }, "openingHours.0.startsAt"],
      [{ weekday: 1, startsAt: "8:00", endsAt: "09:00" }, "openingHours.0.startsAt"],
      [{ weekday: 1, startsAt: "08:00", endsAt: "24:01" }, "openingHours.0.endsAt"],
      [{ weekday: 1, startsAt: "09:00", endsAt: "09:00" }, "openingHours.0.endsAt"],
    ];
    for (const [window, field] of cases) {
      const result = await query(UPDATE, { input: { id: resource.id, openingHours: [window] } }, unitsAdmin);
      expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const stored = await database.db
      .select()
      .from(resourceOpeningWindows)
      .where(eq(resourceOpeningWindows.resourceId, resource.id));
    expect(stored).toHaveLength(WINDOWS.length);
  });
});

describe("booking within opening hours", () => {
  it("books a slot exactly as long as a window, and one spanning two windows that touch", async () => {
    const resource = await seedResource("边界预约");
    expect((await request(resource.id, at(0, 1, "08:00"), at(0, 1, "12:00"))).errors).toBeUndefined();
    expect((await request(resource.id, at(1, 1, "10:00"), at(1, 1, "17:00"))).errors).toBeUndefined();
    // Sunday 20:00–24:00 ends exactly at midnight.
    expect((await request(resource.id, at(0, 7, "20:00"), at(1, 1, "00:00"))).errors).toBeUndefined();
    expect(await bookingCount(resource.id)).toBe(3);
  });

  it("refuses a slot starting before a window, running past one, spanning a gap or on a weekday without a window, naming the field, storing nothing", async () => {
    const resource = await seedResource("窗口外预约");
    const cases: [string, string, string][] = [
      [at(0, 1, "07:59"), at(0, 1, "09:00"), "startsAt"],
      [at(0, 1, "16:00"), at(0, 1, "17:01"), "endsAt"],
      [at(0, 1, "16:00"), at(0, 1, "20:00"), "endsAt"],
      [at(0, 1, "17:00"), at(0, 1, "18:00"), "startsAt"],
      [at(0, 2, "09:00"), at(0, 2, "10:00"), "startsAt"],
      // Sunday 20:00 to Monday 09:00 runs through Monday's closed night.
      [at(0, 7, "20:00"), at(1, 1, "09:00"), "endsAt"],
    ];
    for (const [startsAt, endsAt, field] of cases) {
      expect(errorOf(await request(resource.id, startsAt, endsAt))).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await bookingCount(resource.id)).toBe(0);
  });

  it("books a weekly series when every occurrence lies within the windows", async () => {
    const resource = await seedResource("每周预约");
    const result = await request(resource.id, at(0, 1, "19:00"), at(0, 1, "21:00"), {
      repeatWeekly: { occurrences: 3 },
    });
    expect(result.errors).toBeUndefined();
    expect(await bookingCount(resource.id)).toBe(3);
  });

  it("books a resource without windows at any time", async () => {
    const resource = await seedResource("全天开放", []);
    expect((await request(resource.id, at(0, 2, "02:00"), at(0, 2, "23:00"))).errors).toBeUndefined();
  });
});

describe("availableResources with opening hours", () => {
  const AVAILABLE = `query ($from: String!, $to: String!, $estateId: ID!) {
    availableResources(kind: EXPERTISE, from: $from, to: $to, estateId: $estateId, first: 100) { edges { node { id } } }
  }`;
  const availableIds = async (from: string, to: string) => {
    const result = await query<{ availableResources: { edges: { node: { id: string } }[] } }>(AVAILABLE, {
      from,
      to,
      estateId: dongmen.id,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.availableResources.edges.map((edge) => edge.node.id);
  };

  it("returns a resource only for ranges its windows cover, a windowless one always, in one statement", async () => {
    const windowed = await seedResource("查找窗口");
    const always = await seedResource("查找全天", []);
    const covered: [string, string][] = [
      [at(5, 1, "08:00"), at(5, 1, "12:00")],
      [at(5, 1, "11:00"), at(5, 1, "13:00")],
      [at(5, 7, "23:00"), at(6, 1, "00:00")],
    ];
    const uncovered: [string, string][] = [
      [at(5, 1, "07:59"), at(5, 1, "08:30")],
      [at(5, 1, "16:30"), at(5, 1, "19:30")],
      [at(5, 2, "09:00"), at(5, 2, "10:00")],
      [at(5, 7, "23:00"), at(6, 1, "08:30")],
    ];
    for (const [from, to] of covered) {
      expect(await availableIds(from, to)).toEqual(expect.arrayContaining([windowed.id, always.id]));
    }
    for (const [from, to] of uncovered) {
      const ids = await availableIds(from, to);
      expect(ids).toContain(always.id);
      expect(ids).not.toContain(windowed.id);
    }
    const before = database.statements();
    await availableIds(at(5, 1, "08:00"), at(5, 1, "12:00"));
    expect(database.statements() - before).toBe(1);
  });
});
