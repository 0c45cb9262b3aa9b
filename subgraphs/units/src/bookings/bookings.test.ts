import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, bookingHistory, bookings } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";
import { countyMonth, occurrencesOf } from "./bookings.service";

const county = sampleCounty();
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const estateId = (name: string) => demoId("estate", name);
const teamId = (name: string) => demoId("team", name);

const quanan = unitByName("全安消防技术有限公司");
const shunan = unitByName("顺安工程有限公司");
const haitong = unitByName("海通劳务派遣有限公司");
const nanqiao = estateId("南桥锦福家园");
const dongmen = estateId("东门顺安");
const mulan = estateId("木兰滨河");
const missing = "00000000-0000-4000-8000-000000000000";

/** Resources made for these tests, one per concern, so that their calendars do not meet. */
function testResource(
  unit: { id: string },
  name: string,
  rules: { requiresApproval?: boolean; monthlyQuotaPerEstate?: number | null; openToEstateIds?: string[] } = {},
  kind: "VENUE" | "EQUIPMENT" | "EXPERTISE" | "SERVICE" = "VENUE",
) {
  const resource = {
    id: demoId("resource", `测试/${unit.id}/${name}`),
    unitId: unit.id,
    name,
    kind,
    description: "",
    capacity: 50,
    ...rules,
  };
  county.resources.push(resource);
  return resource;
}

const hall = testResource(shunan, "测试礼堂"); // needs approval
const court = testResource(quanan, "测试球场", { requiresApproval: false });
const raceRoom = testResource(quanan, "测试抢订室", { requiresApproval: false });
const seriesRoom = testResource(shunan, "测试周会室", { requiresApproval: false });
const quotaRoom = testResource(haitong, "测试限额室", { requiresApproval: false, monthlyQuotaPerEstate: 2 });
const quotaRace = testResource(haitong, "测试限额抢订", { requiresApproval: false, monthlyQuotaPerEstate: 3 });
const dongmenOnly = testResource(shunan, "测试专用室", { requiresApproval: false, openToEstateIds: [dongmen] });
const stateRoom = testResource(shunan, "测试状态室");
const truck = testResource(quanan, "测试消防车", { requiresApproval: false }, "EXPERTISE");
const ladder = testResource(shunan, "测试云梯", { requiresApproval: true }, "EXPERTISE");
// Open to 东门顺安 only: 南桥锦福家园 never sees it.
testResource(haitong, "测试水带", { requiresApproval: false, openToEstateIds: [dongmen] }, "EXPERTISE");

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
const leadOf = (team: string): Caller => ({ subject: `lead-of-${team}`, grants: [{ role: "volunteer_lead", team }] });
const unitsAdmin: Caller = { subject: "units-admin", grants: [{ role: "agency_admin", agency: "units" }] };
const partyAdmin: Caller = { subject: "party-admin", grants: [{ role: "agency_admin", agency: "party" }] };

const BOOKING_FIELDS = `id state startsAt endsAt purpose seriesId estate { id }
  requester { __typename ... on Estate { id } ... on LivingRoom { id } ... on VolunteerTeam { id } }
  resource { id } history { fromState toState note }`;
const REQUEST = `mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { ${BOOKING_FIELDS} } }`;
const transitionMutation = (action: "approve" | "decline" | "cancel") =>
  `mutation ($input: BookingTransitionInput!) { ${action}Booking(input: $input) { ${BOOKING_FIELDS} } }`;

interface BookingView {
  id: string;
  state: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  history: { fromState: string | null; toState: string; note: string }[];
  requester: { __typename: string; id: string };
}

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

/** A slot on a day of May 2031 in China time, hours [from, to). */
const slot = (day: number, from: number, to: number) => ({
  startsAt: `2031-05-${String(day).padStart(2, "0")}T${String(from).padStart(2, "0")}:00:00+08:00`,
  endsAt: `2031-05-${String(day).padStart(2, "0")}T${String(to).padStart(2, "0")}:00:00+08:00`,
});

/** Requests as `caller`, for their own estate when they are a resident (南桥锦福家园 otherwise) unless told. */
async function request(input: Record<string, unknown>, caller: Caller = resident(nanqiao)) {
  const own = caller.grants.find((grant) => grant.role === "resident");
  const estateId = own?.role === "resident" ? own.estate : nanqiao;
  return query<{ requestBooking: BookingView[] }>(REQUEST, { input: { estateId, ...input } }, caller);
}

async function book(input: Record<string, unknown>, caller: Caller = resident(nanqiao)): Promise<BookingView> {
  const result = await request(input, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.requestBooking[0]!;
}

async function move(action: "approve" | "decline" | "cancel", id: string, caller: Caller, note?: string) {
  const key = `${action}Booking`;
  const result = await query<Record<string, BookingView>>(transitionMutation(action), { input: { id, note } }, caller);
  return { ...result, booking: result.data?.[key] };
}

const storedBooking = async (id: string) =>
  (await database.db.select().from(bookings).where(eq(bookings.id, id)))[0] ?? null;
const bookingCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(bookings))[0]!.n;
const historyCount = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(bookingHistory))[0]!.n;
const auditCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
const counts = async () => ({
  bookings: await bookingCount(),
  history: await historyCount(),
  audit: await auditCount(),
});

describe("requesting a booking", () => {
  it("approves a booking of a resource that needs no approval at once, with its history and audit row", async () => {
    const audits = await auditCount();
    const booking = await book({ resourceId: court.id, ...slot(1, 9, 11), purpose: "  羽毛球友谊赛 " });
    expect(booking).toMatchObject({
      state: "APPROVED",
      startsAt: "2031-05-01T01:00:00.000Z",
      endsAt: "2031-05-01T03:00:00.000Z",
      purpose: "羽毛球友谊赛",
      seriesId: null,
      estate: { id: nanqiao },
      requester: { __typename: "Estate", id: nanqiao },
      resource: { id: court.id },
      history: [{ fromState: null, toState: "APPROVED", note: "" }],
    });
    expect(await auditCount()).toBe(audits + 1);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, booking.id));
    expect(audit).toMatchObject({ action: "requestBooking", entityType: "Booking", actor: `resident-of-${nanqiao}` });
  });

  it("leaves a booking of a resource that needs approval PENDING", async () => {
    const booking = await book({ resourceId: hall.id, ...slot(1, 9, 11) });
    expect(booking.state).toBe("PENDING");
    expect(booking.history).toEqual([{ fromState: null, toState: "PENDING", note: "" }]);
  });

  it("refuses an overlapping slot with BOOKING_CONFLICT naming the clash, and books a touching one", async () => {
    const first = await book({ resourceId: court.id, ...slot(2, 9, 11) });
    const before = await counts();
    const clash = await request({ resourceId: court.id, ...slot(2, 10, 12) }, resident(dongmen));
    expect(codeOf(clash)).toBe("BOOKING_CONFLICT");
    expect(clash.errors?.[0]?.message).toContain(first.id);
    expect(clash.errors?.[0]?.extensions?.clash).toEqual({
      bookingId: first.id,
      state: "APPROVED",
      startsAt: "2031-05-02T01:00:00.000Z",
      endsAt: "2031-05-02T03:00:00.000Z",
    });
    expect(await counts()).toEqual(before);
    // [9, 11) and [11, 13) only touch; [7, 9) too.
    expect((await book({ resourceId: court.id, ...slot(2, 11, 13) }, resident(dongmen))).state).toBe("APPROVED");
    expect((await book({ resourceId: court.id, ...slot(2, 7, 9) }, resident(dongmen))).state).toBe("APPROVED");
    // A PENDING booking holds its slot as well.
    await book({ resourceId: hall.id, ...slot(2, 9, 11) });
    expect(codeOf(await request({ resourceId: hall.id, ...slot(2, 8, 10) }, resident(dongmen)))).toBe(
      "BOOKING_CONFLICT",
    );
  });

  it("gives the slot to exactly one of 20 concurrent requests; every other one gets BOOKING_CONFLICT", async () => {
    const before = await bookingCount();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(
          { resourceId: raceRoom.id, ...slot(3, 14, 16), purpose: `第 ${i} 个` },
          resident(i % 2 ? nanqiao : dongmen),
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "BOOKING_CONFLICT")).toHaveLength(19);
    expect(await bookingCount()).toBe(before + 1);
  });

  it("lets PostgreSQL itself refuse two slot-holding bookings that overlap, but not cancelled or declined ones", async () => {
    const row = (state: "PENDING" | "APPROVED" | "DECLINED" | "CANCELLED", from: string, to: string) => ({
      resourceId: stateRoom.id,
      estateId: nanqiao,
      requesterKind: "ESTATE" as const,
      requesterId: nanqiao,
      startsAt: new Date(from),
      endsAt: new Date(to),
      state,
    });
    await database.db.insert(bookings).values(row("APPROVED", "2032-01-01T10:00:00Z", "2032-01-01T12:00:00Z"));
    await expect(
      database.db.insert(bookings).values(row("APPROVED", "2032-01-01T11:00:00Z", "2032-01-01T13:00:00Z")),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23P01" }) });
    await expect(
      database.db.insert(bookings).values(row("PENDING", "2032-01-01T11:59:00Z", "2032-01-01T13:00:00Z")),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23P01" }) });
    await database.db.insert(bookings).values(row("CANCELLED", "2032-01-01T11:00:00Z", "2032-01-01T13:00:00Z"));
    await database.db.insert(bookings).values(row("DECLINED", "2032-01-01T11:00:00Z", "2032-01-01T13:00:00Z"));
    await database.db.insert(bookings).values(row("APPROVED", "2032-01-01T12:00:00Z", "2032-01-01T13:00:00Z"));
    // A range that ends before it starts is refused too.
    await expect(
      database.db.insert(bookings).values(row("CANCELLED", "2032-01-02T12:00:00Z", "2032-01-02T11:00:00Z")),
    ).rejects.toThrow();
  });

  it.each([
    ["an end before the start", { ...slot(4, 11, 9) }, "endsAt"],
    ["an end equal to the start", { ...slot(4, 9, 9) }, "endsAt"],
    ["a timestamp without a time zone", { startsAt: "2031-05-04T09:00:00" }, "startsAt"],
    ["a date that is no timestamp", { endsAt: "tomorrow" }, "endsAt"],
    ["a booking over 31 days", { startsAt: "2031-05-01T00:00:00Z", endsAt: "2031-06-02T00:00:00Z" }, "endsAt"],
    [
      "a weekly slot a week long",
      { startsAt: "2031-05-01T00:00:00Z", endsAt: "2031-05-08T00:00:00Z", repeatWeekly: { occurrences: 2 } },
      "endsAt",
    ],
    ["53 weekly occurrences", { repeatWeekly: { occurrences: 53 } }, "repeatWeekly.occurrences"],
    ["one weekly occurrence", { repeatWeekly: { occurrences: 1 } }, "repeatWeekly.occurrences"],
    [
      "both a living room and a team",
      { livingRoomId: missing, volunteerTeamId: teamId("南桥锦福家园党员志愿者队") },
      "volunteerTeamId",
    ],
    ["a malformed resource id", { resourceId: "nope" }, "resourceId"],
    ["a purpose over 500 characters", { purpose: "用".repeat(501) }, "purpose"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and stores nothing", async (_case, change, field) => {
    const before = await counts();
    const result = await request({ resourceId: court.id, ...slot(4, 9, 11), ...change }, unitsAdmin);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(await counts()).toEqual(before);
  });

  it("lets residents book only for their own estate, volunteer leads for their team, administrators for anyone", async () => {
    const before = await counts();
    const nanqiaoTeam = teamId("南桥锦福家园党员志愿者队");
    const livingRoom = demoId("estate", "不是一个客厅"); // any well-formed id: units cannot check party's keys
    const refusals = [
      ["resident of another estate", { estateId: dongmen }, resident(nanqiao), "FORBIDDEN"],
      ["resident for a living room", { livingRoomId: livingRoom }, resident(nanqiao), "FORBIDDEN"],
      ["resident for a team", { volunteerTeamId: nanqiaoTeam }, resident(nanqiao), "FORBIDDEN"],
      ["lead of another team", { volunteerTeamId: teamId("东门顺安党员志愿者队") }, leadOf(nanqiaoTeam), "FORBIDDEN"],
      ["lead for the estate itself", {}, leadOf(nanqiaoTeam), "FORBIDDEN"],
      ["liaison of the owning unit", {}, liaisonOf(quanan), "FORBIDDEN"],
      ["county admin", {}, { subject: "county", grants: [{ role: "county_admin", personalData: true }] }, "FORBIDDEN"],
      ["anonymous", {}, { subject: null, grants: [] }, "UNAUTHENTICATED"],
    ] as const;
    for (const [who, change, caller, code] of refusals) {
      const result = await request({ resourceId: court.id, ...slot(5, 9, 10), ...change }, caller as Caller);
      expect({ who, code: codeOf(result) }).toEqual({ who, code });
    }
    expect(await counts()).toEqual(before);
    const byTeam = await book(
      { resourceId: court.id, ...slot(5, 9, 10), volunteerTeamId: nanqiaoTeam },
      leadOf(nanqiaoTeam),
    );
    expect(byTeam.requester).toEqual({ __typename: "VolunteerTeam", id: nanqiaoTeam });
    const byRoom = await book({ resourceId: court.id, ...slot(5, 10, 11), livingRoomId: livingRoom }, partyAdmin);
    expect(byRoom.requester).toEqual({ __typename: "LivingRoom", id: livingRoom });
    const byAdmin = await book({ resourceId: court.id, ...slot(5, 11, 12), estateId: mulan }, unitsAdmin);
    expect(byAdmin.requester).toEqual({ __typename: "Estate", id: mulan });
  });

  it("refuses an estate a resource not open to it, and NOT_FOUND for no resource", async () => {
    const before = await counts();
    const refused = await request({ resourceId: dongmenOnly.id, ...slot(6, 9, 10) });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(codeOf(await request({ resourceId: missing, ...slot(6, 9, 10) }))).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
    expect(
      (await book({ resourceId: dongmenOnly.id, estateId: dongmen, ...slot(6, 9, 10) }, resident(dongmen))).state,
    ).toBe("APPROVED");
  });
});

describe("recurring bookings", () => {
  it("books every weekly occurrence under one series, each holding its own slot", async () => {
    const result = await request({ resourceId: seriesRoom.id, ...slot(5, 19, 21), repeatWeekly: { occurrences: 4 } });
    expect(result.errors).toBeUndefined();
    const series = result.data!.requestBooking;
    expect(series.map((b) => b.startsAt)).toEqual([
      "2031-05-05T11:00:00.000Z",
      "2031-05-12T11:00:00.000Z",
      "2031-05-19T11:00:00.000Z",
      "2031-05-26T11:00:00.000Z",
    ]);
    expect(new Set(series.map((b) => b.seriesId)).size).toBe(1);
    expect(series[0]!.seriesId).toMatch(/^[0-9a-f-]{36}$/);
    expect(series.every((b) => b.state === "APPROVED" && b.history.length === 1)).toBe(true);
    // The third occurrence's slot is taken.
    expect(codeOf(await request({ resourceId: seriesRoom.id, ...slot(19, 20, 22) }, resident(dongmen)))).toBe(
      "BOOKING_CONFLICT",
    );
  });

  it("books none of the occurrences when one clashes, naming that clash", async () => {
    const taken = await book({ resourceId: seriesRoom.id, ...slot(15, 8, 9) }, resident(dongmen));
    const before = await counts();
    const result = await request({ resourceId: seriesRoom.id, ...slot(1, 8, 10), repeatWeekly: { occurrences: 4 } });
    expect(codeOf(result)).toBe("BOOKING_CONFLICT");
    expect(result.errors?.[0]?.extensions?.clash).toMatchObject({ bookingId: taken.id });
    expect(await counts()).toEqual(before);
  });

  it("computes weekly occurrences and county months (UTC+8)", () => {
    const slots = occurrencesOf(new Date("2031-05-31T16:30:00Z"), new Date("2031-05-31T17:30:00Z"), 2);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2031-05-31T16:30:00.000Z",
      "2031-06-07T16:30:00.000Z",
    ]);
    expect(countyMonth(new Date("2031-05-31T16:30:00Z"))).toBe("2031-06");
    expect(countyMonth(new Date("2031-05-31T15:59:59Z"))).toBe("2031-05");
  });
});

describe("monthly quotas", () => {
  it("lets an estate hold at most its quota of bookings of a resource in a month; cancelling frees one", async () => {
    const first = await book({ resourceId: quotaRoom.id, ...slot(1, 9, 10) });
    await book({ resourceId: quotaRoom.id, ...slot(2, 9, 10) });
    const before = await counts();
    const over = await request({ resourceId: quotaRoom.id, ...slot(3, 9, 10) });
    expect(codeOf(over)).toBe("QUOTA_EXCEEDED");
    expect(over.errors?.[0]?.extensions).toMatchObject({ month: "2031-05", quota: 2, held: 2 });
    expect(await counts()).toEqual(before);
    // Another estate has a quota of its own, and so has the next month (in China time).
    await book({ resourceId: quotaRoom.id, ...slot(3, 9, 10) }, resident(dongmen));
    await book({
      resourceId: quotaRoom.id,
      startsAt: "2031-06-01T00:30:00+08:00",
      endsAt: "2031-06-01T01:30:00+08:00",
    });
    // A recurring request counts each occurrence in its month.
    const weekly = await request({ resourceId: quotaRoom.id, ...slot(29, 9, 10), repeatWeekly: { occurrences: 3 } });
    expect(codeOf(weekly)).toBe("QUOTA_EXCEEDED");
    expect(weekly.errors?.[0]?.extensions).toMatchObject({ month: "2031-05" });
    expect((await move("cancel", first.id, resident(nanqiao))).errors).toBeUndefined();
    expect((await book({ resourceId: quotaRoom.id, ...slot(4, 9, 10) })).state).toBe("APPROVED");
  });

  it("holds under 12 concurrent requests for different slots: exactly the quota succeeds", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => request({ resourceId: quotaRace.id, ...slot(i + 1, 9, 10) })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => codeOf(r) === "QUOTA_EXCEEDED")).toHaveLength(9);
    const [held] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bookings)
      .where(eq(bookings.resourceId, quotaRace.id));
    expect(held?.n).toBe(3);
  });
});

describe("the booking state machine", () => {
  /** A fresh booking of `stateRoom` in `state`, moved there through the graph. */
  let nextDay = 1;
  async function bookingIn(state: "PENDING" | "APPROVED" | "DECLINED" | "CANCELLED"): Promise<string> {
    const day = nextDay++;
    const booking = await book({
      resourceId: stateRoom.id,
      startsAt: `2031-07-${String(day).padStart(2, "0")}T09:00:00+08:00`,
      endsAt: `2031-07-${String(day).padStart(2, "0")}T10:00:00+08:00`,
    });
    if (state === "APPROVED") await move("approve", booking.id, liaisonOf(shunan));
    if (state === "DECLINED") await move("decline", booking.id, liaisonOf(shunan));
    if (state === "CANCELLED") await move("cancel", booking.id, resident(nanqiao));
    expect((await storedBooking(booking.id))?.state).toBe(state);
    return booking.id;
  }
  const actors = { approve: liaisonOf(shunan), decline: liaisonOf(shunan), cancel: resident(nanqiao) };
  const cases = (["PENDING", "APPROVED", "DECLINED", "CANCELLED"] as const).flatMap((state) =>
    (["approve", "decline", "cancel"] as const).map((action) => [state, action] as const),
  );

  /** What the issue asks for, written out here rather than read from the service's table. */
  const TARGET = { approve: "APPROVED", decline: "DECLINED", cancel: "CANCELLED" } as const;
  const LEGAL: Record<"PENDING" | "APPROVED" | "DECLINED" | "CANCELLED", string[]> = {
    PENDING: ["approve", "decline", "cancel"],
    APPROVED: ["cancel"],
    DECLINED: [],
    CANCELLED: [],
  };

  it.each(cases)(
    "from %s, %s is legal only if PENDING → APPROVED | DECLINED | CANCELLED or APPROVED → CANCELLED",
    async (state, action) => {
      const id = await bookingIn(state);
      const before = { row: await storedBooking(id), ...(await counts()) };
      const result = await move(action, id, actors[action], "一个说明");
      const target = TARGET[action];
      if (LEGAL[state].includes(action)) {
        expect(result.errors).toBeUndefined();
        expect(result.booking?.state).toBe(target);
        expect(result.booking?.history.at(-1)).toEqual({ fromState: state, toState: target, note: "一个说明" });
        expect(await historyCount()).toBe(before.history + 1);
        expect(await auditCount()).toBe(before.audit + 1);
      } else {
        expect(codeOf(result)).toBe("INVALID_TRANSITION");
        expect(result.errors?.[0]?.extensions).toMatchObject({ from: state, to: target });
        expect({ row: await storedBooking(id), ...(await counts()) }).toEqual(before);
      }
    },
  );

  it("records every legal step in the history, oldest first", async () => {
    const id = await bookingIn("PENDING");
    await move("approve", id, liaisonOf(shunan), "同意");
    await move("cancel", id, resident(nanqiao), "活动改期");
    const result = await query<{ booking: BookingView }>(
      `query ($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} } }`,
      {
        id,
      },
    );
    expect(result.data?.booking.history).toEqual([
      { fromState: null, toState: "PENDING", note: "" },
      { fromState: "PENDING", toState: "APPROVED", note: "同意" },
      { fromState: "APPROVED", toState: "CANCELLED", note: "活动改期" },
    ]);
  });

  it("keeps the history unchangeable in the database itself", async () => {
    const id = await bookingIn("APPROVED");
    await expect(
      database.db.update(bookingHistory).set({ note: "改写" }).where(eq(bookingHistory.bookingId, id)),
    ).rejects.toThrow();
    await expect(database.db.delete(bookingHistory).where(eq(bookingHistory.bookingId, id))).rejects.toThrow();
    const rows = await database.db
      .select()
      .from(bookingHistory)
      .where(eq(bookingHistory.bookingId, id))
      .orderBy(bookingHistory.occurredAt);
    expect(rows.map((r) => r.toState)).toEqual(["PENDING", "APPROVED"]);
  });

  it("lets only the owning unit's liaison or a units admin answer; another unit's liaison is refused and nothing changes", async () => {
    const id = await bookingIn("PENDING");
    const before = { row: await storedBooking(id), ...(await counts()) };
    for (const caller of [liaisonOf(quanan), resident(nanqiao), partyAdmin]) {
      expect(codeOf(await move("approve", id, caller))).toBe("FORBIDDEN");
      expect(codeOf(await move("decline", id, caller))).toBe("FORBIDDEN");
    }
    expect(codeOf(await move("approve", id, { subject: null, grants: [] }))).toBe("UNAUTHENTICATED");
    expect({ row: await storedBooking(id), ...(await counts()) }).toEqual(before);
    expect((await move("decline", id, unitsAdmin, "场地检修")).booking?.state).toBe("DECLINED");
    expect(codeOf(await move("approve", missing, unitsAdmin))).toBe("NOT_FOUND");
  });

  it("lets only the requester (or a units admin) cancel", async () => {
    const id = await bookingIn("APPROVED");
    const before = { row: await storedBooking(id), ...(await counts()) };
    for (const caller of [resident(dongmen), liaisonOf(shunan), partyAdmin]) {
      expect(codeOf(await move("cancel", id, caller))).toBe("FORBIDDEN");
    }
    expect({ row: await storedBooking(id), ...(await counts()) }).toEqual(before);
    expect((await move("cancel", id, unitsAdmin)).booking?.state).toBe("CANCELLED");
  });
});

describe("availableResources", () => {
  const AVAILABLE = `query ($kind: ResourceKind!, $from: String!, $to: String!, $estateId: ID!, $first: Int, $after: String) {
    availableResources(kind: $kind, from: $from, to: $to, estateId: $estateId, first: $first, after: $after) {
      edges { node { id name } } pageInfo { hasNextPage endCursor }
    }
  }`;
  const free = async (from: string, to: string, estate = nanqiao) => {
    const result = await query<{ availableResources: { edges: { node: { id: string; name: string } }[] } }>(AVAILABLE, {
      kind: "EXPERTISE",
      from,
      to,
      estateId: estate,
      first: 100,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.availableResources.edges.map((e) => e.node.name);
  };
  const at = (day: number, hour: number) =>
    `2031-08-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+08:00`;

  it("returns only the resources no slot-holding booking overlaps, around every edge", async () => {
    const base = await free(at(1, 9), at(1, 11));
    expect(base).toEqual(expect.arrayContaining(["测试消防车", "测试云梯"]));
    expect(base).not.toContain("测试水带"); // open to 东门顺安 only
    expect(await free(at(1, 9), at(1, 11), dongmen)).toEqual(
      expect.arrayContaining(["测试消防车", "测试云梯", "测试水带"]),
    );

    await book({ resourceId: truck.id, startsAt: at(1, 9), endsAt: at(1, 11) });
    expect(await free(at(1, 9), at(1, 11))).not.toContain("测试消防车");
    expect(await free(at(1, 10), at(1, 12))).not.toContain("测试消防车"); // overlapping
    expect(await free(at(1, 8), at(1, 9))).toContain("测试消防车"); // touching before
    expect(await free(at(1, 11), at(1, 12))).toContain("测试消防车"); // touching after
    expect(await free(at(1, 7), at(1, 13))).not.toContain("测试消防车"); // enclosing

    // A PENDING request holds its slot; declined, it never held it after that; cancelled, it frees it.
    const pending = await book({ resourceId: ladder.id, startsAt: at(2, 9), endsAt: at(2, 11) });
    expect(await free(at(2, 10), at(2, 11))).not.toContain("测试云梯");
    await move("decline", pending.id, liaisonOf(shunan));
    expect(await free(at(2, 10), at(2, 11))).toContain("测试云梯");
    const approved = await book({ resourceId: ladder.id, startsAt: at(3, 9), endsAt: at(3, 11) });
    await move("approve", approved.id, liaisonOf(shunan));
    expect(await free(at(3, 9), at(3, 10))).not.toContain("测试云梯");
    await move("cancel", approved.id, resident(nanqiao));
    expect(await free(at(3, 9), at(3, 10))).toContain("测试云梯");

    // Every occurrence of a recurring booking is busy; the days between are free.
    await book({ resourceId: truck.id, startsAt: at(4, 14), endsAt: at(4, 16), repeatWeekly: { occurrences: 3 } });
    expect(await free(at(11, 15), at(11, 17))).not.toContain("测试消防车");
    expect(await free(at(18, 14), at(18, 15))).not.toContain("测试消防车");
    expect(await free(at(12, 15), at(12, 17))).toContain("测试消防车");
    expect(await free(at(25, 14), at(25, 16))).toContain("测试消防车");
  });

  it("pages through the free resources by name and refuses a bad range with BAD_USER_INPUT", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: {
        data?: {
          availableResources: {
            edges: { node: { name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await query(AVAILABLE, {
        kind: "EXPERTISE",
        from: at(20, 9),
        to: at(20, 10),
        estateId: dongmen,
        first: 2,
        after,
      });
      seen.push(...(result.data?.availableResources.edges.map((e) => e.node.name) ?? []));
      after = result.data?.availableResources.pageInfo.hasNextPage
        ? result.data.availableResources.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(await free(at(20, 9), at(20, 10), dongmen));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
    const backwards = await query(AVAILABLE, { kind: "EXPERTISE", from: at(20, 10), to: at(20, 9), estateId: dongmen });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "to" });
    const noZone = await query(AVAILABLE, {
      kind: "EXPERTISE",
      from: "2031-08-20T09:00",
      to: at(20, 9),
      estateId: dongmen,
    });
    expect(noZone.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "from" });
  });
});

describe("calendars", () => {
  it("shows a unit, a resource, an estate and a team their bookings by start, within a window", async () => {
    const team = teamId("东门顺安党员志愿者队");
    const resource = testResource(shunan, "测试日历室", { requiresApproval: false });
    await loadCounty(database.db, county);
    const made: string[] = [];
    for (const day of [3, 1, 2]) {
      made.push(
        (
          await book(
            {
              resourceId: resource.id,
              estateId: dongmen,
              volunteerTeamId: team,
              startsAt: `2031-09-0${day}T09:00:00+08:00`,
              endsAt: `2031-09-0${day}T10:00:00+08:00`,
            },
            leadOf(team),
          )
        ).id,
      );
    }
    const window = { from: "2031-09-01T00:00:00+08:00", to: "2031-09-03T00:00:00+08:00" };
    type Page = { edges: { node: { startsAt: string } }[] };
    const result = await query<{ _entities: Record<string, Page>[] }>(
      `query ($reps: [_Any!]!, $window: BookingCalendarFilter, $from: String, $to: String) { _entities(representations: $reps) {
        ... on Unit { unitBookings: bookings(filter: $window, first: 100) { edges { node { startsAt } } } }
        ... on SharedResource { resourceBookings: bookings(filter: $window) { edges { node { startsAt } } } }
        ... on Estate { estateBookings: bookings(filter: { from: $from, to: $to, states: [APPROVED] }) { edges { node { startsAt } } } }
        ... on VolunteerTeam { teamBookings: bookings(filter: $window) { edges { node { startsAt } } } }
      } }`,
      {
        reps: [
          { __typename: "Unit", id: shunan.id },
          { __typename: "SharedResource", id: resource.id },
          { __typename: "Estate", id: dongmen },
          { __typename: "VolunteerTeam", id: team },
        ],
        window,
        ...window,
      },
    );
    expect(result.errors).toBeUndefined();
    const starts = (i: number, field: string) => result.data!._entities[i]![field]!.edges.map((e) => e.node.startsAt);
    // Only the bookings within the window ([1st, 3rd) of September), by start, whatever order they were made in.
    const expected = ["2031-09-01T01:00:00.000Z", "2031-09-02T01:00:00.000Z"];
    expect(starts(0, "unitBookings")).toEqual(expected);
    expect(starts(1, "resourceBookings")).toEqual(expected);
    expect(starts(2, "estateBookings")).toEqual(expected);
    expect(starts(3, "teamBookings")).toEqual(expected);
    expect(made).toHaveLength(3);
  });

  it("refuses a calendar filter with a malformed instant or a window that ends before it starts", async () => {
    const calendar = `query ($id: ID!, $filter: BookingCalendarFilter) { unit(id: $id) { bookings(filter: $filter) { edges { node { id } } } } }`;
    const backwards = await query(calendar, {
      id: shunan.id,
      filter: { from: "2031-09-03T00:00:00+08:00", to: "2031-09-01T00:00:00+08:00" },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "filter",
      field: "to",
    });
    const noZone = await query(calendar, { id: shunan.id, filter: { from: "2031-09-01T00:00" } });
    expect(noZone.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "filter",
      field: "from",
    });
  });

  it("pages a unit's calendar with cursors, each booking once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: {
        data?: {
          unit: {
            bookings: {
              edges: { node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          };
        } | null;
      } = await query(
        `query ($id: ID!, $after: String) { unit(id: $id) { bookings(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { id: shunan.id, after },
      );
      seen.push(...(result.data?.unit.bookings.edges.map((e) => e.node.id) ?? []));
      after = result.data?.unit.bookings.pageInfo.hasNextPage ? result.data.unit.bookings.pageInfo.endCursor : null;
    } while (after);
    const [stored] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bookings)
      .where(sql`${bookings.resourceId} IN (SELECT id FROM shared_resources WHERE unit_id = ${shunan.id})`);
    expect(seen).toHaveLength(stored!.n);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
  });

  it("resolves Booking references in key order, null for a miss", async () => {
    const booking = await book({ resourceId: court.id, ...slot(28, 9, 10) });
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Booking { id state resource { name } } } }`,
      {
        reps: [
          { __typename: "Booking", id: missing },
          { __typename: "Booking", id: booking.id },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      null,
      { id: booking.id, state: "APPROVED", resource: { name: "测试球场" } },
    ]);
  });
});

describe("a living room's calendar", () => {
  it("shows a living room, through its reference, the bookings made on its behalf and no others", async () => {
    const room = demoId("livingRoom", "测试客厅");
    const other = demoId("livingRoom", "另一个测试客厅");
    // Hours of a day in 2033 that no other test books.
    const hours = (from: number, to: number) => ({
      startsAt: `2033-02-01T${String(from).padStart(2, "0")}:00:00+08:00`,
      endsAt: `2033-02-01T${String(to).padStart(2, "0")}:00:00+08:00`,
    });
    const forRoom = await book({ resourceId: court.id, ...hours(9, 10), livingRoomId: room }, partyAdmin);
    await book({ resourceId: court.id, ...hours(10, 11) }); // the estate's own
    await book({ resourceId: court.id, ...hours(11, 12), livingRoomId: other }, partyAdmin);
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on LivingRoom { id bookings(first: 100) { edges { node { id requester { __typename } } } } }
      } }`,
      { reps: [{ __typename: "LivingRoom", id: room }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: room, bookings: { edges: [{ node: { id: forRoom.id, requester: { __typename: "LivingRoom" } } }] } },
    ]);
  });
});

describe("booking rules of a resource", () => {
  const UPDATE = `mutation ($input: UpdateSharedResourceInput!) {
    updateSharedResource(input: $input) { id requiresApproval monthlyQuotaPerEstate openToEstates { id } }
  }`;

  it("lets the owning liaison change approval, quota and allow-list; an explicit null removes the quota", async () => {
    const resource = testResource(quanan, "测试规则室");
    await loadCounty(database.db, county);
    const changed = await query(
      UPDATE,
      {
        input: { id: resource.id, requiresApproval: false, monthlyQuotaPerEstate: 5, openToEstateIds: [mulan, mulan] },
      },
      liaisonOf(quanan),
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updateSharedResource).toEqual({
      id: resource.id,
      requiresApproval: false,
      monthlyQuotaPerEstate: 5,
      openToEstates: [{ id: mulan }],
    });
    const kept = await query(UPDATE, { input: { id: resource.id, capacity: 9 } }, liaisonOf(quanan));
    expect(kept.data?.updateSharedResource).toMatchObject({ monthlyQuotaPerEstate: 5, openToEstates: [{ id: mulan }] });
    const cleared = await query(
      UPDATE,
      { input: { id: resource.id, monthlyQuotaPerEstate: null, openToEstateIds: [] } },
      liaisonOf(quanan),
    );
    expect(cleared.data?.updateSharedResource).toMatchObject({ monthlyQuotaPerEstate: null, openToEstates: [] });
    const refused = await query(UPDATE, { input: { id: resource.id, openToEstateIds: [nanqiao] } }, liaisonOf(shunan));
    expect(codeOf(refused)).toBe("FORBIDDEN");
    const after = await query(`query ($id: ID!) { sharedResource(id: $id) { openToEstates { id } } }`, {
      id: resource.id,
    });
    expect(after.data).toEqual({ sharedResource: { openToEstates: [] } });
    const badQuota = await query(UPDATE, { input: { id: resource.id, monthlyQuotaPerEstate: 0 } }, liaisonOf(quanan));
    expect(badQuota.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "monthlyQuotaPerEstate" });
  });
});

describe("neighbourhood centers", () => {
  it("lists the centers with their service items and member units, and a unit's centers", async () => {
    const result = await query<{
      neighborhoodCenters: {
        edges: {
          node: {
            name: string;
            memberUnits: { name: string }[];
            serviceItems: { name: string; category: string; offeredInLivingRooms: boolean }[];
          };
        }[];
      };
      unit: { neighborhoodCenters: { name: string }[] };
    }>(
      `query ($unit: ID!) {
        neighborhoodCenters(first: 10) { edges { node { name memberUnits { name } serviceItems { name category offeredInLivingRooms } } } }
        unit(id: $unit) { neighborhoodCenters { name } }
      }`,
      { unit: quanan.id },
    );
    expect(result.errors).toBeUndefined();
    const centers = result.data!.neighborhoodCenters.edges.map((e) => e.node);
    expect(centers.map((c) => c.name).sort()).toEqual(county.centers.map((c) => c.name).sort());
    const mulanCenter = centers.find((c) => c.name.startsWith("木兰"))!;
    expect(mulanCenter.memberUnits.map((u) => u.name).sort()).toEqual(
      ["仙游县城市管理局", "全安消防技术有限公司"].sort(),
    );
    expect(mulanCenter.serviceItems).toContainEqual({
      name: "12345便民服务平台",
      category: "HOTLINE_12345",
      offeredInLivingRooms: true,
    });
    expect(new Set(centers.flatMap((c) => c.serviceItems.map((i) => i.category)))).toEqual(
      new Set(["HIGH_FREQUENCY", "SELF_SERVICE_MACHINE", "HOTLINE_12345", "MEDICAL_ALLIANCE", "OTHER"]),
    );
    expect(result.data!.unit.neighborhoodCenters.map((c) => c.name).sort()).toEqual(
      ["木兰社区“党建+”邻里中心", "南桥社区“党建+”邻里中心"].sort(),
    );
  });

  it("resolves NeighborhoodCenter references and loads the demo centers twice without adding one", async () => {
    const center = county.centers[0]!;
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on NeighborhoodCenter { name } } }`,
      {
        reps: [
          { __typename: "NeighborhoodCenter", id: center.id },
          { __typename: "NeighborhoodCenter", id: missing },
        ],
      },
    );
    expect(result.data?._entities).toEqual([{ name: center.name }, null]);
    const before = await query<{ neighborhoodCenters: { edges: unknown[] } }>(
      `{ neighborhoodCenters { edges { node { id serviceItems { id } } } } }`,
    );
    await loadCounty(database.db, county);
    const after = await query(`{ neighborhoodCenters { edges { node { id serviceItems { id } } } } }`);
    expect(after.data).toEqual(before.data);
    expect(before.data?.neighborhoodCenters.edges).toHaveLength(4);
  });
});
