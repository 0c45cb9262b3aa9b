import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { readCalendarFeed, useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { type CalendarComponent, parseICS, type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { bookings, calendarFeeds } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";
import { bookingCalendars } from "./calendars.service";

const county = sampleCounty();
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const quanan = unitByName("全安消防技术有限公司");
const haitong = unitByName("海通劳务派遣有限公司");
const nanqiao = demoId("estate", "南桥锦福家园");
const missing = "00000000-0000-4000-8000-000000000000";

const resource = (unit: { id: string }, name: string) => {
  const row = {
    id: demoId("resource", `日历/${unit.id}/${name}`),
    unitId: unit.id,
    name,
    kind: "VENUE" as const,
    description: "",
    capacity: 20,
  };
  county.resources.push(row);
  return row;
};
const hall = resource(quanan, "日历礼堂");
const court = resource(quanan, "日历球场");
const elsewhere = resource(haitong, "日历会议室");

const liaisonOf = (unit: { id: string }): Caller => ({
  subject: `liaison-of-${unit.id}`,
  grants: [{ role: "unit_liaison", unit: unit.id }],
});
const anonymous: Caller = { subject: null, grants: [] };

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));

const CREATE = `mutation ($input: CreateBookingCalendarInput!) {
  createBookingCalendar(input: $input) { id unitId resourceId path createdAt revokedAt }
}`;
const REVOKE = `mutation ($input: RevokeBookingCalendarInput!) { revokeBookingCalendar(input: $input) { id path revokedAt } }`;

interface Created {
  createBookingCalendar: {
    id: string;
    unitId: string | null;
    resourceId: string | null;
    path: string;
    revokedAt: null;
  };
}

const read = (path: string, secret?: string) =>
  readCalendarFeed(database.db, bookingCalendars(database.db), path, secret);

const eventsOf = (body: string) =>
  Object.values(parseICS(body))
    .filter((c): c is VEvent & CalendarComponent => c?.type === "VEVENT")
    .sort((a, b) => a.start.getTime() - b.start.getTime());

async function book(
  resourceId: string,
  startsAt: string,
  endsAt: string,
  state: "PENDING" | "APPROVED" | "DECLINED",
  purpose = "",
) {
  const [row] = await database.db
    .insert(bookings)
    .values({
      resourceId,
      estateId: nanqiao,
      requesterKind: "ESTATE",
      requesterId: nanqiao,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      state,
      purpose,
    })
    .returning();
  return row!;
}

describe("booking calendars (iCal feeds)", () => {
  it("a resource's feed lists its slot-holding bookings at their China times, tentative while pending, with personal data masked", async () => {
    const approved = await book(
      hall.id,
      "2031-05-01T09:00:00+08:00",
      "2031-05-01T11:30:00+08:00",
      "APPROVED",
      "消防演练 联系13912341234",
    );
    const pending = await book(hall.id, "2031-05-02T14:00:00+08:00", "2031-05-02T16:00:00+08:00", "PENDING");
    await book(hall.id, "2031-05-03T09:00:00+08:00", "2031-05-03T10:00:00+08:00", "DECLINED");
    await book(court.id, "2031-05-04T09:00:00+08:00", "2031-05-04T10:00:00+08:00", "APPROVED");

    const created = await database.query<Created>(CREATE, { input: { resourceId: hall.id } }, liaisonOf(quanan));
    expect(created.errors).toBeUndefined();
    const feed = created.data!.createBookingCalendar;
    expect(feed).toMatchObject({ resourceId: hall.id, unitId: null, revokedAt: null });
    expect(feed.path).toMatch(/^\/calendar\/units\/[A-Za-z0-9_-]{43}\.ics$/);

    const response = await read(feed.path);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/calendar");
    expect(response.body).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai");
    expect(response.body).toContain("DTSTART;TZID=Asia/Shanghai:20310501T090000");
    const events = eventsOf(response.body);
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.end?.toISOString(), e.status])).toEqual([
      [`${approved.id}@units.linli`, "2031-05-01T01:00:00.000Z", "2031-05-01T03:30:00.000Z", "CONFIRMED"],
      [`${pending.id}@units.linli`, "2031-05-02T06:00:00.000Z", "2031-05-02T08:00:00.000Z", "TENTATIVE"],
    ]);
    expect(events[0]?.start.tz).toBe("Asia/Shanghai");
    expect(events[0]?.summary).toContain("日历礼堂");
    expect(events[0]?.description).toContain("139****1234");
    expect(response.body).not.toContain("13912341234");
  });

  it("a unit's feed lists the bookings of all its resources and no other unit's", async () => {
    await book(elsewhere.id, "2031-05-04T09:00:00+08:00", "2031-05-04T10:00:00+08:00", "APPROVED");
    const created = await database.query<Created>(CREATE, { input: { unitId: quanan.id } }, liaisonOf(quanan));
    const events = eventsOf((await read(created.data!.createBookingCalendar.path)).body);
    expect(events.map((e) => String(e.summary).split(" · ")[0])).toEqual(["日历礼堂", "日历礼堂", "日历球场"]);
  });

  it("a revoked address answers 410, an unknown one 404, and only the gateway is answered", async () => {
    const created = await database.query<Created>(CREATE, { input: { resourceId: court.id } }, liaisonOf(quanan));
    const { id, path } = created.data!.createBookingCalendar;
    expect((await read(path, "not-the-secret")).statusCode).toBe(401);
    expect((await read("/calendar/units/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).statusCode).toBe(404);
    expect((await read("/calendar/units/not-a-secret.ics")).statusCode).toBe(404);

    const otherLiaison = await database.query(REVOKE, { input: { id } }, liaisonOf(haitong));
    expect(otherLiaison.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await read(path)).statusCode).toBe(200);

    const revoked = await database.query<{ revokeBookingCalendar: { revokedAt: string; path: null } }>(
      REVOKE,
      { input: { id } },
      liaisonOf(quanan),
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeBookingCalendar.path).toBeNull();
    expect((await read(path)).statusCode).toBe(410);
    const again = await database.query(REVOKE, { input: { id } }, liaisonOf(quanan));
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");

    const LIST = "query ($id: ID!) { unit(id: $id) { bookingCalendars { id resourceId path revokedAt } } }";
    const listed = await database.query<{
      unit: { bookingCalendars: { id: string; path: null; revokedAt: string }[] };
    }>(LIST, { id: quanan.id }, liaisonOf(quanan));
    expect(listed.data?.unit.bookingCalendars[0]).toMatchObject({ id, resourceId: court.id, path: null });
    expect(listed.data?.unit.bookingCalendars[0]?.revokedAt).toEqual(expect.any(String));
    const stranger = await database.query<{ unit: { bookingCalendars: unknown[] } }>(
      LIST,
      { id: quanan.id },
      liaisonOf(haitong),
    );
    expect(stranger.data?.unit.bookingCalendars).toEqual([]);
  });

  it("only the owning unit's liaison may create one; bad input names its field and nothing is stored", async () => {
    const before = (await database.db.select().from(calendarFeeds)).length;
    const cases: [Caller, Record<string, unknown>, string, string?][] = [
      [anonymous, { resourceId: hall.id }, "UNAUTHENTICATED"],
      [liaisonOf(haitong), { resourceId: hall.id }, "FORBIDDEN"],
      [liaisonOf(haitong), { unitId: quanan.id }, "FORBIDDEN"],
      [liaisonOf(quanan), { resourceId: missing }, "NOT_FOUND"],
      [liaisonOf(quanan), { unitId: quanan.id, resourceId: hall.id }, "BAD_USER_INPUT", "resourceId"],
      [liaisonOf(quanan), {}, "BAD_USER_INPUT", "unitId"],
      [liaisonOf(quanan), { unitId: "nope" }, "BAD_USER_INPUT", "unitId"],
    ];
    for (const [caller, input, code, field] of cases) {
      const result = await database.query(CREATE, { input }, caller);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await database.db.select().from(calendarFeeds)).toHaveLength(before);
  });
});
