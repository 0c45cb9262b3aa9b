import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, bookings, sharedResources } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";

/** Pooled equipment (quantity > 1) and resources owned by a neighbourhood center. */
const county = sampleCounty();
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const quanan = unitByName("全安消防技术有限公司");
const shunan = unitByName("顺安工程有限公司");
const nanqiao = demoId("estate", "南桥锦福家园");
const dongmen = demoId("estate", "东门顺安");
const mulanCenter = county.centers.find((c) => c.name.startsWith("木兰社区"))!;
const nanqiaoCenter = county.centers.find((c) => c.name.startsWith("南桥社区"))!;

type Kind = "VENUE" | "EQUIPMENT" | "EXPERTISE" | "SERVICE";
/** A unit's resource made for these tests, one per concern, so that their calendars do not meet. */
function pooled(
  name: string,
  quantity: number,
  rules: { requiresApproval?: boolean; kind?: Kind; monthlyQuotaPerEstate?: number } = {},
) {
  const resource = {
    id: demoId("resource", `池测试/${name}`),
    unitId: quanan.id,
    name,
    kind: rules.kind ?? ("EQUIPMENT" as Kind),
    description: "",
    capacity: 1,
    quantity,
    requiresApproval: rules.requiresApproval ?? false,
    monthlyQuotaPerEstate: rules.monthlyQuotaPerEstate ?? null,
  };
  county.resources.push(resource);
  return resource;
}
const tables = pooled("测试折叠桌", 3);
const raceDefibrillators = pooled("测试除颤仪", 3);
const chairs = pooled("测试折叠椅", 3);
const rawRoom = pooled("测试直写器材", 3);
const shrinking = pooled("测试缩减器材", 3);
const tents = pooled("测试帐篷", 2, { kind: "SERVICE" });
const single = pooled("测试单件", 1, { kind: "SERVICE" });
const rationed = pooled("测试限额器材", 5, { monthlyQuotaPerEstate: 3 });

const centerHall = {
  id: demoId("resource", "池测试/木兰中心多功能厅"),
  centerId: mulanCenter.id,
  name: "测试中心多功能厅",
  kind: "VENUE" as const,
  description: "",
  capacity: 100,
  requiresApproval: true,
};
const unitHall = pooled("测试单位礼堂", 1, { kind: "VENUE" });
county.centerResources = [centerHall];

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

const resident = (estate: string): Caller => ({
  subject: `resident-of-${estate}`,
  grants: [{ role: "resident", estate }],
});
const liaisonOf = (unit: { id: string }): Caller => ({
  subject: `liaison-of-${unit.id}`,
  grants: [{ role: "unit_liaison", unit: unit.id }],
});
const unitsAdmin: Caller = { subject: "units-admin", grants: [{ role: "agency_admin", agency: "units" }] };

interface Booked {
  id: string;
  state: string;
  itemNo: number;
  seriesId: string | null;
  startsAt: string;
}
const REQUEST = `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state itemNo seriesId startsAt } }`;
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

/** Hours [from, to) of a day of March 2032 in China time. */
const slot = (day: number, from: number, to: number) => ({
  startsAt: `2032-03-${String(day).padStart(2, "0")}T${String(from).padStart(2, "0")}:00:00+08:00`,
  endsAt: `2032-03-${String(day).padStart(2, "0")}T${String(to).padStart(2, "0")}:00:00+08:00`,
});

function request(input: Record<string, unknown>, estate = nanqiao) {
  return query<{ requestBooking: Booked[] }>(REQUEST, { input: { estateId: estate, ...input } }, resident(estate));
}
async function book(input: Record<string, unknown>, estate = nanqiao): Promise<Booked[]> {
  const result = await request(input, estate);
  expect(result.errors).toBeUndefined();
  return result.data!.requestBooking;
}
async function move(action: "approve" | "decline" | "cancel", id: string, caller: Caller) {
  return query<Record<string, { id: string; state: string }>>(
    `mutation ($input: BookingTransitionInput!) { ${action}Booking(input: $input) { id state } }`,
    { input: { id } },
    caller,
  );
}

const bookingsOf = async (resourceId: string) =>
  (
    await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bookings)
      .where(eq(bookings.resourceId, resourceId))
  )[0]!.n;
const auditCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;

describe("pooled resources (quantity > 1)", () => {
  it("lets up to `quantity` bookings overlap, each holding its own item, and refuses one more naming a clash", async () => {
    const held = [
      ...(await book({ resourceId: tables.id, ...slot(1, 9, 12) })),
      ...(await book({ resourceId: tables.id, ...slot(1, 10, 12) }, dongmen)),
      ...(await book({ resourceId: tables.id, ...slot(1, 11, 13) })),
    ];
    expect(held.map((b) => [b.itemNo, b.state, b.seriesId])).toEqual([
      [1, "APPROVED", null],
      [2, "APPROVED", null],
      [3, "APPROVED", null],
    ]);
    const before = await bookingsOf(tables.id);
    const refused = await request({ resourceId: tables.id, ...slot(1, 10, 12) }, dongmen);
    expect(codeOf(refused)).toBe("BOOKING_CONFLICT");
    expect(refused.errors?.[0]?.message).toContain("3 items");
    expect(held.map((b) => b.id)).toContain(
      (refused.errors?.[0]?.extensions?.clash as { bookingId?: string } | undefined)?.bookingId,
    );
    expect(await bookingsOf(tables.id)).toBe(before);

    // Items 1 and 2 end at 12:00 and only touch [12, 13): the lowest free item is 1.
    expect((await book({ resourceId: tables.id, ...slot(1, 12, 13) }, dongmen))[0]!.itemNo).toBe(1);
    // Cancelling frees its item for the next request.
    expect((await move("cancel", held[1]!.id, resident(dongmen))).errors).toBeUndefined();
    expect((await book({ resourceId: tables.id, ...slot(1, 10, 11) }))[0]!.itemNo).toBe(2);
  });

  it("gives a resource of quantity 3 to exactly 3 of 20 concurrent requests, on three different items", async () => {
    const before = await bookingsOf(raceDefibrillators.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(
          { resourceId: raceDefibrillators.id, ...slot(2, 14, 16), purpose: `第 ${i} 个` },
          i % 2 ? nanqiao : dongmen,
        ),
      ),
    );
    const won = results.filter((r) => !r.errors).map((r) => r.data!.requestBooking[0]!);
    expect(won).toHaveLength(3);
    expect(won.map((b) => b.itemNo).sort()).toEqual([1, 2, 3]);
    expect(results.filter((r) => codeOf(r) === "BOOKING_CONFLICT")).toHaveLength(17);
    expect(await bookingsOf(raceDefibrillators.id)).toBe(before + 3);
  });

  it("books several items at once, every one or none, and refuses more items than the resource pools", async () => {
    const pair = await book({ resourceId: chairs.id, ...slot(3, 9, 11), items: 2 });
    expect(pair.map((b) => b.itemNo)).toEqual([1, 2]);
    expect(pair[0]!.seriesId).toMatch(/^[0-9a-f-]{36}$/);
    expect(pair[1]!.seriesId).toBe(pair[0]!.seriesId);

    const before = { bookings: await bookingsOf(chairs.id), audit: await auditCount() };
    // One item is left in [10, 11): two are refused, and nothing is stored.
    const refused = await request({ resourceId: chairs.id, ...slot(3, 10, 11), items: 2 }, dongmen);
    expect(codeOf(refused)).toBe("BOOKING_CONFLICT");
    expect(refused.errors?.[0]?.message).toContain("Fewer than 2 of the resource's 3 items");
    const tooMany = await request({ resourceId: chairs.id, ...slot(4, 9, 11), items: 4 }, dongmen);
    expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field: "items" });
    for (const items of [0, 1001]) {
      const bad = await request({ resourceId: chairs.id, ...slot(4, 9, 11), items }, dongmen);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "items" });
    }
    expect({ bookings: await bookingsOf(chairs.id), audit: await auditCount() }).toEqual(before);

    // Weekly, two items each time: one booking per item and occurrence, under one series.
    const weekly = await book({ resourceId: chairs.id, ...slot(5, 9, 11), items: 2, repeatWeekly: { occurrences: 2 } });
    expect(weekly.map((b) => [b.startsAt, b.itemNo])).toEqual([
      ["2032-03-05T01:00:00.000Z", 1],
      ["2032-03-05T01:00:00.000Z", 2],
      ["2032-03-12T01:00:00.000Z", 1],
      ["2032-03-12T01:00:00.000Z", 2],
    ]);
    expect(new Set(weekly.map((b) => b.seriesId)).size).toBe(1);
  });

  it("counts every item against the monthly quota", async () => {
    expect(await book({ resourceId: rationed.id, ...slot(20, 9, 11), items: 2 })).toHaveLength(2);
    const over = await request({ resourceId: rationed.id, ...slot(21, 9, 11), items: 2 });
    expect(codeOf(over)).toBe("QUOTA_EXCEEDED");
    expect(over.errors?.[0]?.extensions).toMatchObject({ month: "2032-03", quota: 3, held: 2 });
    expect(await book({ resourceId: rationed.id, ...slot(21, 9, 11) })).toHaveLength(1);
    // Another estate has a quota of its own.
    expect(await book({ resourceId: rationed.id, ...slot(20, 9, 11), items: 3 }, dongmen)).toHaveLength(3);
  });

  it("lets PostgreSQL itself refuse two overlapping bookings of one item, and an item beyond the quantity", async () => {
    const row = (itemNo: number, state: "APPROVED" | "CANCELLED" = "APPROVED") => ({
      resourceId: rawRoom.id,
      estateId: nanqiao,
      requesterKind: "ESTATE" as const,
      requesterId: nanqiao,
      startsAt: new Date("2032-04-01T10:00:00Z"),
      endsAt: new Date("2032-04-01T12:00:00Z"),
      itemNo,
      state,
    });
    await database.db.insert(bookings).values(row(1));
    await expect(database.db.insert(bookings).values(row(1))).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23P01" }),
    });
    await database.db.insert(bookings).values(row(1, "CANCELLED"));
    await database.db.insert(bookings).values([row(2), row(3)]);
    await expect(database.db.insert(bookings).values(row(4))).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23514" }),
    });
    await expect(database.db.insert(bookings).values(row(0))).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23514" }),
    });
  });

  it("refuses to lower the quantity below an item a booking not yet over holds, in the database too", async () => {
    await book({ resourceId: shrinking.id, ...slot(6, 9, 11), items: 3 });
    const UPDATE = `mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { id quantity } }`;
    const before = await auditCount();
    const refused = await query(UPDATE, { input: { id: shrinking.id, quantity: 2 } }, liaisonOf(quanan));
    expect(codeOf(refused)).toBe("CONFLICT");
    expect(refused.errors?.[0]?.extensions?.heldItem).toBe(3);
    expect(await auditCount()).toBe(before);
    // Another unit's liaison learns nothing about the bookings: refused as ever.
    expect(codeOf(await query(UPDATE, { input: { id: shrinking.id, quantity: 2 } }, liaisonOf(shunan)))).toBe(
      "FORBIDDEN",
    );
    await expect(
      database.db.update(sharedResources).set({ quantity: 2 }).where(eq(sharedResources.id, shrinking.id)),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23514" }) });
    const raised = await query<{ updateSharedResource: { quantity: number } }>(
      UPDATE,
      { input: { id: shrinking.id, quantity: 5 } },
      liaisonOf(quanan),
    );
    expect(raised.data?.updateSharedResource.quantity).toBe(5);
    expect((await book({ resourceId: shrinking.id, ...slot(6, 10, 11) }))[0]!.itemNo).toBe(4);
  });

  it("finds a pooled resource free while it has the items asked for, and a single one only while nothing overlaps", async () => {
    const AVAILABLE = `query ($from: String!, $to: String!, $items: Int) {
      availableResources(kind: SERVICE, from: $from, to: $to, estateId: "${nanqiao}", items: $items, first: 100) {
        edges { node { name quantity } }
      }
    }`;
    const free = async (day: number, from: number, to: number, items?: number) => {
      const range = slot(day, from, to);
      const result = await query<{ availableResources: { edges: { node: { name: string } }[] } }>(AVAILABLE, {
        from: range.startsAt,
        to: range.endsAt,
        items,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.availableResources.edges.map((e) => e.node.name);
    };
    expect(await free(8, 9, 11)).toEqual(expect.arrayContaining(["测试帐篷", "测试单件"]));
    expect(await free(8, 9, 11, 2)).toContain("测试帐篷");
    expect(await free(8, 9, 11, 2)).not.toContain("测试单件"); // it pools one item only

    await book({ resourceId: tents.id, ...slot(8, 9, 11) });
    await book({ resourceId: single.id, ...slot(8, 9, 11) });
    expect(await free(8, 10, 12)).toContain("测试帐篷"); // one of two items still free
    expect(await free(8, 10, 12)).not.toContain("测试单件");
    expect(await free(8, 10, 12, 2)).not.toContain("测试帐篷");
    expect(await free(8, 11, 12, 2)).toContain("测试帐篷"); // touching
    const second = await book({ resourceId: tents.id, ...slot(8, 10, 12) }, dongmen);
    expect(second[0]!.itemNo).toBe(2);
    expect(await free(8, 10, 11)).not.toContain("测试帐篷");
    await move("cancel", second[0]!.id, resident(dongmen));
    expect(await free(8, 10, 11)).toContain("测试帐篷");

    const bad = await query(AVAILABLE, { ...{ from: slot(8, 9, 11).startsAt, to: slot(8, 9, 11).endsAt }, items: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "items" });
  });
});

describe("resources owned by a neighbourhood center", () => {
  it("are listed by their center, with the center as owner and no unit", async () => {
    const result = await query<{
      neighborhoodCenter: { sharedResources: { id: string; unit: null; owner: { __typename: string; id: string } }[] };
    }>(
      `query ($id: ID!) { neighborhoodCenter(id: $id) {
        sharedResources { id unit { id } owner { __typename ... on NeighborhoodCenter { id } ... on Unit { id } } }
      } }`,
      { id: mulanCenter.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighborhoodCenter.sharedResources).toEqual([
      { id: centerHall.id, unit: null, owner: { __typename: "NeighborhoodCenter", id: mulanCenter.id } },
    ]);
    const unitOwned = await query<{ sharedResource: { owner: { __typename: string } } }>(
      `query ($id: ID!) { sharedResource(id: $id) { owner { __typename } center { id } } }`,
      { id: unitHall.id },
    );
    expect(unitOwned.data?.sharedResource).toEqual({ owner: { __typename: "Unit" }, center: null });
  });

  it("are booked like a unit's and answered only by a units admin, not even a member unit's liaison", async () => {
    const [pending] = await book({ resourceId: centerHall.id, ...slot(10, 9, 11) });
    expect(pending!.state).toBe("PENDING");
    // 全安消防 is a member unit of 木兰's center, which gives its liaison no say over the center's resources.
    expect(mulanCenter.unitIds).toContain(quanan.id);
    for (const caller of [liaisonOf(quanan), liaisonOf(shunan)]) {
      expect(codeOf(await move("approve", pending!.id, caller))).toBe("FORBIDDEN");
    }
    const approved = await move("approve", pending!.id, unitsAdmin);
    expect(approved.data?.approveBooking?.state).toBe("APPROVED");
    expect(codeOf(await request({ resourceId: centerHall.id, ...slot(10, 10, 12) }, dongmen))).toBe("BOOKING_CONFLICT");

    const calendars = await query<{
      mulan: { bookings: { edges: { node: { id: string } }[] } };
      nanqiao: { bookings: { edges: unknown[] } };
      unit: { bookings: { edges: { node: { id: string } }[] } };
    }>(
      `query ($mulan: ID!, $nanqiao: ID!, $unit: ID!) {
        mulan: neighborhoodCenter(id: $mulan) { bookings(first: 100) { edges { node { id } } } }
        nanqiao: neighborhoodCenter(id: $nanqiao) { bookings(first: 100) { edges { node { id } } } }
        unit(id: $unit) { bookings(first: 100) { edges { node { id } } } }
      }`,
      { mulan: mulanCenter.id, nanqiao: nanqiaoCenter.id, unit: quanan.id },
    );
    expect(calendars.data?.mulan.bookings.edges).toEqual([{ node: { id: pending!.id } }]);
    expect(calendars.data?.nanqiao.bookings.edges).toEqual([]);
    expect(calendars.data?.unit.bookings.edges.map((e) => e.node.id)).not.toContain(pending!.id);
  });

  it("are found by availableResources together with the units' resources", async () => {
    const venues = async (day: number, from: number, to: number) => {
      const range = slot(day, from, to);
      const result = await query<{ availableResources: { edges: { node: { name: string } }[] } }>(
        `query ($from: String!, $to: String!) {
          availableResources(kind: VENUE, from: $from, to: $to, estateId: "${nanqiao}", first: 100) { edges { node { name } } }
        }`,
        { from: range.startsAt, to: range.endsAt },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.availableResources.edges.map((e) => e.node.name);
    };
    expect(await venues(12, 9, 11)).toEqual(expect.arrayContaining(["测试中心多功能厅", "测试单位礼堂"]));
    await book({ resourceId: centerHall.id, ...slot(12, 9, 11) });
    const after = await venues(12, 10, 12);
    expect(after).not.toContain("测试中心多功能厅");
    expect(after).toContain("测试单位礼堂");
  });

  it("need exactly one owner, in the database itself", async () => {
    const base = { name: "无主资源", kind: "VENUE" as const, capacity: 1 };
    await expect(database.db.insert(sharedResources).values(base)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23514" }),
    });
    await expect(
      database.db.insert(sharedResources).values({ ...base, unitId: quanan.id, centerId: mulanCenter.id }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23514" }) });
    await expect(
      database.db.insert(sharedResources).values({ ...base, unitId: quanan.id, quantity: 0 }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23514" }) });
  });

  it("resolve SharedResource references of either owner", async () => {
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on SharedResource { name owner { __typename } } } }`,
      {
        reps: [
          { __typename: "SharedResource", id: centerHall.id },
          { __typename: "SharedResource", id: unitHall.id },
        ],
      },
    );
    expect(result.data?._entities).toEqual([
      { name: "测试中心多功能厅", owner: { __typename: "NeighborhoodCenter" } },
      { name: "测试单位礼堂", owner: { __typename: "Unit" } },
    ]);
  });
});
