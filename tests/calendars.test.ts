import { sampleCounty } from "@linli/demo-county";
import { type CalendarComponent, parseICS, type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const county = sampleCounty();
const shunan = county.units.find((u) => u.name === "顺安工程有限公司")!;
const meetingRoom = county.resources.find((r) => r.unitId === shunan.id && r.name === "会议室")!;
const dongmen = county.estates.find((e) => e.name === "东门顺安")!;
const mulan = county.teams.find((t) => t.name === "木兰社区学雷锋志愿服务队")!;
const binhe = county.estates.find((e) => e.name === "木兰滨河")!;

let graph: RunningGraph;
let liaison: string;
let lead: string;
beforeAll(async () => {
  graph = await startGraph(county);
  liaison = await graph.token([{ role: "unit_liaison", unit: shunan.id }], "liaison-shunan");
  lead = await graph.token([{ role: "volunteer_lead", team: mulan.id }], "lead-mulan");
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const feed = (path: string) => fetch(`${graph.gatewayBase}${path}`);
const eventsOf = (body: string) =>
  Object.values(parseICS(body)).filter((c): c is VEvent & CalendarComponent => c?.type === "VEVENT");

describe("iCal feeds through the gateway", () => {
  it("a unit's booking calendar is served by the gateway with China times, and refused once revoked", async () => {
    const admin = await graph.token([{ role: "agency_admin", agency: "units" }], "units-admin");
    const booked = await graph.query<{ requestBooking: { id: string }[] }>(
      "mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id } }",
      {
        input: {
          resourceId: meetingRoom.id,
          estateId: dongmen.id,
          startsAt: "2031-03-02T09:00:00+08:00",
          endsAt: "2031-03-02T10:30:00+08:00",
          purpose: "业委会会议",
        },
      },
      { token: admin },
    );
    expect(booked.errors).toBeUndefined();
    const created = await graph.query<{ createBookingCalendar: { id: string; path: string } }>(
      "mutation ($input: CreateBookingCalendarInput!) { createBookingCalendar(input: $input) { id path } }",
      { input: { unitId: shunan.id } },
      { token: liaison },
    );
    expect(created.errors).toBeUndefined();
    const { id, path } = created.data!.createBookingCalendar;

    const response = await feed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const events = eventsOf(await response.text());
    const event = events.find((e) => e.uid === `${booked.data!.requestBooking[0]!.id}@units.linli`);
    expect(event?.start.toISOString()).toBe("2031-03-02T01:00:00.000Z");
    expect(event?.start.tz).toBe("Asia/Shanghai");
    expect(String(event?.summary)).toBe("会议室 · 东门顺安");
    expect(event?.status).toBe("TENTATIVE");

    const revoked = await graph.query(
      "mutation ($input: RevokeBookingCalendarInput!) { revokeBookingCalendar(input: $input) { id } }",
      { input: { id } },
      { token: liaison },
    );
    expect(revoked.errors).toBeUndefined();
    expect((await feed(path)).status).toBe(410);
    expect((await feed(path.replace("/units/", "/nowhere/"))).status).toBe(404);
    expect((await feed("/calendar/units/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).status).toBe(404);
  });

  it("a volunteer team's activity calendar is served by the gateway from the volunteer agency", async () => {
    const activity = await graph.query<{ createActivity: { id: string } }>(
      "mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }",
      {
        input: {
          teamId: mulan.id,
          estateId: binhe.id,
          title: "周末义剪",
          kind: "FREE_HAIRCUT",
          startsAt: "2031-03-08T08:30:00+08:00",
          endsAt: "2031-03-08T11:00:00+08:00",
          capacity: 10,
        },
      },
      { token: lead },
    );
    expect(activity.errors).toBeUndefined();
    const created = await graph.query<{ createTeamCalendar: { path: string } }>(
      "mutation ($input: CreateTeamCalendarInput!) { createTeamCalendar(input: $input) { path } }",
      { input: { teamId: mulan.id } },
      { token: lead },
    );
    expect(created.errors).toBeUndefined();
    const response = await feed(created.data!.createTeamCalendar.path);
    expect(response.status).toBe(200);
    const event = eventsOf(await response.text()).find(
      (e) => e.uid === `${activity.data!.createActivity.id}@volunteer.linli`,
    );
    expect(String(event?.summary)).toBe("周末义剪");
    expect(event?.end?.toISOString()).toBe("2031-03-08T03:00:00.000Z");
  });
});
