import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller } from "@linli/service-kit";
import { readCalendarFeed, useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { type CalendarComponent, parseICS, type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { activities, calendarFeeds } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";
import { teamCalendars } from "./calendars.service";

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const dongmenTeam = demoId("team", "东门顺安党员志愿者队");
const mulan = demoId("estate", "木兰滨河");
const missing = "00000000-0000-4000-8000-000000000000";
const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));
const leadOf = (team: string): Caller => ({ subject: `lead-of-${team}`, grants: [{ role: "volunteer_lead", team }] });

const CREATE = `mutation ($input: CreateTeamCalendarInput!) { createTeamCalendar(input: $input) { id teamId path revokedAt } }`;
const REVOKE = `mutation ($input: RevokeTeamCalendarInput!) { revokeTeamCalendar(input: $input) { id path revokedAt } }`;

const read = (path: string) => readCalendarFeed(database.db, teamCalendars(database.db), path);

describe("team activity calendars (iCal feeds)", () => {
  it("the team's lead gets a feed of its activities at their China times; revoked, it answers 410", async () => {
    const [haircut] = await database.db
      .insert(activities)
      .values({
        teamId: mulanTeam,
        estateId: mulan,
        title: "日历测试义剪",
        kind: "FREE_HAIRCUT",
        startsAt: new Date("2031-06-01T08:30:00+08:00"),
        endsAt: new Date("2031-06-01T11:00:00+08:00"),
        capacity: 20,
      })
      .returning();
    await database.db.insert(activities).values({
      teamId: dongmenTeam,
      estateId: mulan,
      title: "别队的活动",
      kind: "CLEAN_UP",
      startsAt: new Date("2031-06-01T08:30:00+08:00"),
      endsAt: new Date("2031-06-01T11:00:00+08:00"),
      capacity: 20,
    });
    const created = await database.query<{ createTeamCalendar: { id: string; path: string } }>(
      CREATE,
      { input: { teamId: mulanTeam } },
      leadOf(mulanTeam),
    );
    expect(created.errors).toBeUndefined();
    const { id, path } = created.data!.createTeamCalendar;
    expect(path).toMatch(/^\/calendar\/volunteer\/[A-Za-z0-9_-]{43}\.ics$/);

    const response = await read(path);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("DTSTART;TZID=Asia/Shanghai:20310601T083000");
    const events = Object.values(parseICS(response.body)).filter(
      (c): c is VEvent & CalendarComponent => c?.type === "VEVENT",
    );
    const titles = events.map((e) => String(e.summary));
    expect(titles).toContain("日历测试义剪");
    expect(titles).not.toContain("别队的活动");
    const event = events.find((e) => e.uid === `${haircut!.id}@volunteer.linli`);
    expect(event?.start.toISOString()).toBe("2031-06-01T00:30:00.000Z");
    expect(event?.end?.toISOString()).toBe("2031-06-01T03:00:00.000Z");
    expect(String(event?.description)).toContain("义剪");

    const listed = await database.query<{ volunteerTeam: { calendars: { id: string; path: null }[] } }>(
      "query ($id: ID!) { volunteerTeam(id: $id) { calendars { id path } } }",
      { id: mulanTeam },
      leadOf(mulanTeam),
    );
    expect(listed.data?.volunteerTeam.calendars).toEqual([{ id, path: null }]);

    const stranger = await database.query(REVOKE, { input: { id } }, leadOf(dongmenTeam));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = await database.query(REVOKE, { input: { id } }, leadOf(mulanTeam));
    expect(revoked.errors).toBeUndefined();
    expect((await read(path)).statusCode).toBe(410);
  });

  it("only the team's lead or an administrator may create one, and nothing is stored otherwise", async () => {
    const before = (await database.db.select().from(calendarFeeds)).length;
    const cases: [Caller, Record<string, unknown>, string][] = [
      [ANONYMOUS, { teamId: mulanTeam }, "UNAUTHENTICATED"],
      [leadOf(dongmenTeam), { teamId: mulanTeam }, "FORBIDDEN"],
      [leadOf(mulanTeam), { teamId: missing }, "NOT_FOUND"],
      [leadOf(mulanTeam), { teamId: "nope" }, "BAD_USER_INPUT"],
    ];
    for (const [caller, input, code] of cases) {
      const result = await database.query(CREATE, { input }, caller);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    }
    expect(await database.db.select().from(calendarFeeds)).toHaveLength(before);
  });
});
