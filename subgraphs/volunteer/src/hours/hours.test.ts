import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, hourCorrectionDecisions, serviceHourEntries } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const nanqiaoTeam = demoId("team", "南桥锦福家园党员志愿者队");
const binhe = demoId("estate", "木兰滨河");
const limeiling = demoId("member", "木兰滨河/李美玲");
const chenxiuying = demoId("member", "南桥锦福家园/陈秀英");
const haircutEntry = (name: string) => demoId("hourEntry", `重阳节义剪进小区/${name}`);
const patrolEntry = demoId("hourEntry", "木兰滨河夜间巡逻/李美玲");
const visitsEntry = demoId("hourEntry", "南桥锦福家园独居老人探访/陈秀英");

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string, subject = `lead-of-${team}`) => as(subject, { role: "volunteer_lead", team });
const admin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });
const reader = as("reader", { role: "county_admin", personalData: false });

type Result = { data?: Record<string, Json> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
/** Every message along an error's chain of causes (drizzle wraps the database's error). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    for (let current: unknown = error; current instanceof Error; current = current.cause)
      messages.push(current.message);
    return messages.join(" / ");
  }
  return "no failure";
}
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const REQUEST = `mutation ($input: RequestServiceHourCorrectionInput!) {
  requestServiceHourCorrection(input: $input) { id minutes source reason correctionStatus corrects { id minutes } }
}`;
const DECIDE = `mutation ($input: DecideServiceHourCorrectionInput!) {
  decideServiceHourCorrection(input: $input) { id minutes correctionStatus }
}`;
const MEMBER_HOURS = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on PartyMember { serviceHours { approvedMinutes approvedHours pendingCorrections } stars { level name } }
} }`;

async function memberHours(memberId: string) {
  const result = await database.query(MEMBER_HOURS, { reps: [{ __typename: "PartyMember", id: memberId }] }, reader);
  expect(result.errors).toBeUndefined();
  return (result.data as Json)._entities[0] as {
    serviceHours: { approvedMinutes: number; approvedHours: number; pendingCorrections: number };
    stars: { level: number; name: string }[];
  };
}

async function requestCorrection(entryId: string, minutes: number, caller: Caller = leadOf(mulanTeam, "requester")) {
  const result = await database.query(REQUEST, { input: { entryId, minutes, reason: "签到漏记了后半场" } }, caller);
  expect(result.errors).toBeUndefined();
  return (result.data as Json).requestServiceHourCorrection as { id: string; correctionStatus: string };
}

const decide = (correctionId: string, decision: string, caller: Caller = leadOf(mulanTeam)) =>
  database.query(DECIDE, { input: { correctionId, decision } }, caller);

describe("service hours cannot be edited in place", () => {
  it("offers no mutation that changes or deletes an entry: corrections and decisions are the only writes", () => {
    const mutations = Object.keys(volunteer.createSchema().getMutationType()?.getFields() ?? {});
    const touchingHours = mutations.filter((name) => /hour|entry|entries/i.test(name));
    expect(touchingHours.sort()).toEqual(["decideServiceHourCorrection", "requestServiceHourCorrection"]);
  });

  it.each([
    ["update an entry's minutes", sql`update service_hour_entries set minutes = 600`],
    ["delete an entry", sql`delete from service_hour_entries`],
    ["truncate the entries", sql`truncate service_hour_entries cascade`],
    ["update a decision", sql`update hour_correction_decisions set decision = 'APPROVED'`],
    ["delete a decision", sql`delete from hour_correction_decisions`],
  ])("refuses to %s even with direct SQL as the database owner", async (_what, statement) => {
    // A decision to aim at, so that the statements on decisions touch a row.
    const correction = await requestCorrection(haircutEntry("徐晓燕"), 10);
    await decide(correction.id, "REJECTED");
    const before = await database.db.select().from(serviceHourEntries);
    expect(await failure(database.db.execute(statement))).toMatch(/append-only/);
    expect(await database.db.select().from(serviceHourEntries)).toEqual(before);
  });
});

describe("corrections", () => {
  it("changes the approved totals only once a lead approves it, and keeps the original entry as it was", async () => {
    const before = await memberHours(limeiling);
    expect(before.serviceHours).toEqual({ approvedMinutes: 270, approvedHours: 4.5, pendingCorrections: 0 });
    const correction = await requestCorrection(patrolEntry, 180);
    expect(correction.correctionStatus).toBe("PENDING");
    // Pending: it counts for nothing yet.
    expect((await memberHours(limeiling)).serviceHours).toEqual({
      approvedMinutes: 270,
      approvedHours: 4.5,
      pendingCorrections: 1,
    });
    const approved = await decide(correction.id, "APPROVED");
    expect(approved.data).toEqual({
      decideServiceHourCorrection: { id: correction.id, minutes: 180, correctionStatus: "APPROVED" },
    });
    expect((await memberHours(limeiling)).serviceHours).toEqual({
      approvedMinutes: 330,
      approvedHours: 5.5,
      pendingCorrections: 0,
    });
    const [original] = await database.db
      .select()
      .from(serviceHourEntries)
      .where(eq(serviceHourEntries.id, patrolEntry));
    expect(original?.minutes).toBe(120);
  });

  it("leaves the totals as they were when a lead rejects it", async () => {
    const before = await memberHours(chenxiuying);
    const correction = await requestCorrection(visitsEntry, 600, leadOf(nanqiaoTeam, "nanqiao-requester"));
    const rejected = await decide(correction.id, "REJECTED", leadOf(nanqiaoTeam));
    expect(rejected.data).toEqual({
      decideServiceHourCorrection: { id: correction.id, minutes: 600, correctionStatus: "REJECTED" },
    });
    expect((await memberHours(chenxiuying)).serviceHours).toEqual(before.serviceHours);
  });

  it("counts the latest approved correction when an entry is corrected twice", async () => {
    const entry = haircutEntry("李美玲");
    const first = await requestCorrection(entry, 100);
    expect((await decide(first.id, "APPROVED")).errors).toBeUndefined();
    const afterFirst = (await memberHours(limeiling)).serviceHours.approvedMinutes;
    const second = await requestCorrection(entry, 160);
    expect((await decide(second.id, "APPROVED")).errors).toBeUndefined();
    expect((await memberHours(limeiling)).serviceHours.approvedMinutes).toBe(afterFirst + 60);
  });

  it("is decided once: a second decision is refused with INVALID_TRANSITION and changes nothing", async () => {
    const correction = await requestCorrection(haircutEntry("徐晓燕"), 30);
    await decide(correction.id, "REJECTED");
    const totals = await database.db.select().from(hourCorrectionDecisions);
    const again = await decide(correction.id, "APPROVED");
    expect(codes(again)).toEqual(["INVALID_TRANSITION"]);
    expect(await database.db.select().from(hourCorrectionDecisions)).toEqual(totals);
  });

  it("is never decided by whoever asked for it, nor by another team's lead (FORBIDDEN)", async () => {
    const correction = await requestCorrection(haircutEntry("徐晓燕"), 45, leadOf(mulanTeam, "self-approver"));
    expect(codes(await decide(correction.id, "APPROVED", leadOf(mulanTeam, "self-approver")))).toEqual(["FORBIDDEN"]);
    expect(codes(await decide(correction.id, "APPROVED", leadOf(nanqiaoTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await decide(correction.id, "APPROVED", as("resident", { role: "resident", estate: binhe })))).toEqual(
      ["FORBIDDEN"],
    );
    const [decision] = await database.db
      .select()
      .from(hourCorrectionDecisions)
      .where(eq(hourCorrectionDecisions.correctionId, correction.id));
    expect(decision).toBeUndefined();
    expect((await decide(correction.id, "APPROVED", admin)).errors).toBeUndefined();
  });

  it("refuses a correction of a correction with CONFLICT, storing nothing", async () => {
    const pending = await requestCorrection(haircutEntry("徐晓燕"), 20);
    const auditBefore = await database.db.select().from(auditLog);
    const ofCorrection = await database.query(
      REQUEST,
      { input: { entryId: pending.id, minutes: 25, reason: "再改" } },
      admin,
    );
    expect(codes(ofCorrection)).toEqual(["CONFLICT"]);
    expect(await database.db.select().from(auditLog)).toHaveLength(auditBefore.length);
    await decide(pending.id, "REJECTED");
  });

  it("decides several waiting corrections of one entry each on its own", async () => {
    const entry = haircutEntry("徐晓燕");
    const before = (await memberHours(demoId("member", "木兰乐园/徐晓燕"))).serviceHours;
    const first = await requestCorrection(entry, 170);
    const second = await requestCorrection(entry, 200);
    expect((await memberHours(demoId("member", "木兰乐园/徐晓燕"))).serviceHours.pendingCorrections).toBe(
      before.pendingCorrections + 2,
    );
    await decide(second.id, "REJECTED");
    await decide(first.id, "APPROVED");
    expect((await memberHours(demoId("member", "木兰乐园/徐晓燕"))).serviceHours).toEqual({
      approvedMinutes: 170,
      approvedHours: 2.83,
      pendingCorrections: before.pendingCorrections,
    });
  });

  it("lets the volunteer ask about their own entry, but not a stranger or another team's lead (FORBIDDEN)", async () => {
    // A resident signs up, is checked in, and then asks for their own hours to be corrected.
    const activity = (
      await database.query(
        `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: {
            teamId: mulanTeam,
            estateId: binhe,
            title: "楼道清扫",
            kind: "CLEAN_UP",
            startsAt: "2024-04-01T01:00:00Z",
            endsAt: "2024-04-01T02:00:00Z",
            capacity: 5,
          },
        },
        admin,
      )
    ).data as Json;
    const me = as("resident-me", { role: "resident", estate: binhe });
    const signUp = (
      await database.query(
        `mutation ($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id } }`,
        { input: { activityId: activity.createActivity.id, name: "王阿姨" } },
        me,
      )
    ).data as Json;
    await database.query(
      `mutation ($input: ActivitySignUpRefInput!) { checkInActivitySignUp(input: $input) { id } }`,
      { input: { signUpId: signUp.signUpForActivity.id } },
      admin,
    );
    const [entry] = await database.db
      .select()
      .from(serviceHourEntries)
      .where(eq(serviceHourEntries.signUpId, signUp.signUpForActivity.id));
    const input = { input: { entryId: entry!.id, minutes: 90, reason: "提前到场布置" } };
    expect(codes(await database.query(REQUEST, input, as("stranger", { role: "resident", estate: binhe })))).toEqual([
      "FORBIDDEN",
    ]);
    expect(codes(await database.query(REQUEST, input, leadOf(nanqiaoTeam)))).toEqual(["FORBIDDEN"]);
    const mine = await database.query(REQUEST, input, me);
    expect(mine.errors).toBeUndefined();
    expect((mine.data as Json).requestServiceHourCorrection).toMatchObject({
      minutes: 90,
      source: "CORRECTION",
      correctionStatus: "PENDING",
      corrects: { id: entry!.id, minutes: 60 },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["negative minutes", { minutes: -1 }, "minutes"],
    ["more than a day", { minutes: 1441 }, "minutes"],
    ["an empty reason", { reason: " " }, "reason"],
    ["a malformed entry id", { entryId: "entry-1" }, "entryId"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_what, override, field) => {
    const result = await database.query(
      REQUEST,
      { input: { entryId: patrolEntry, minutes: 30, reason: "理由", ...override } },
      admin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe("stars and reports", () => {
  it("awards 志愿之星 by the published thresholds over approved hours only", async () => {
    const thresholds = await database.query("{ starThresholds { level name minHours } }");
    expect((thresholds.data as Json).starThresholds).toEqual([
      { level: 1, name: "一星志愿之星", minHours: 20 },
      { level: 2, name: "二星志愿之星", minHours: 50 },
      { level: 3, name: "三星志愿之星", minHours: 100 },
    ]);
    const member = demoId("member", "兰鑫花园/朱德明");
    expect((await memberHours(member)).stars).toEqual([]);
    // 朱德明 completes a flexible post of 21 hours' work, recorded as 1200 minutes + a pending correction.
    const entryId = demoId("hourEntry", "test/朱德明");
    await database.db.insert(serviceHourEntries).values({
      id: entryId,
      volunteerId: demoId("volunteer", "朱德明"),
      teamId: mulanTeam,
      estateId: demoId("estate", "兰鑫花园"),
      servedOn: "2024-05-01",
      minutes: 1100,
      source: "POST_COMPLETED",
      claimId: demoId("claim", "兰鑫花园周边餐饮巡查/朱德明"),
    });
    const correction = await requestCorrection(entryId, 1300);
    expect((await memberHours(member)).stars).toEqual([]);
    await decide(correction.id, "APPROVED");
    expect((await memberHours(member)).stars).toEqual([{ level: 1, name: "一星志愿之星" }]);
  });

  it("sums approved minutes by person, team, estate and month in SQL", async () => {
    const report = async (groupBy: string, extra = "") => {
      const result = await database.query(
        `{ serviceHoursReport(groupBy: ${groupBy}${extra}) { edges { node { key approvedMinutes entries volunteer { name } team { name } estate { id } month } } } }`,
        {},
        reader,
      );
      expect(result.errors).toBeUndefined();
      return (result.data as Json).serviceHoursReport.edges.map((e: Json) => e.node);
    };
    const total = async () => {
      const [row] = await database.db
        .execute<{ total: number }>(sql`select coalesce(sum(minutes), 0)::int as total from effective_service_hours`)
        .then((r) => (r as unknown as { rows: { total: number }[] }).rows);
      return row!.total;
    };
    const sum = (rows: { approvedMinutes: number }[]) => rows.reduce((a, r) => a + r.approvedMinutes, 0);
    const grand = await total();
    // Every grouping adds up to the whole, and the whole is not the nothing that any empty report matches.
    expect(grand).toBeGreaterThan(0);
    for (const grouping of ["PERSON", "TEAM", "ESTATE", "MONTH"]) expect(sum(await report(grouping))).toBe(grand);
    const byMonth = await report("MONTH", `, teamId: "${nanqiaoTeam}", fromMonth: "2023-11", toMonth: "2023-11"`);
    expect(byMonth).toEqual([
      {
        key: "2023-11",
        month: "2023-11",
        approvedMinutes: 90,
        entries: 1,
        volunteer: null,
        team: null,
        estate: null,
      },
    ]);
    const byPerson = await report("PERSON", `, estateId: "${demoId("estate", "南桥锦福家园")}"`);
    expect(byPerson).toMatchObject([{ volunteer: { name: "陈秀英" }, approvedMinutes: 90, team: null }]);
    const bad = await database.query(
      `{ serviceHoursReport(groupBy: MONTH, fromMonth: "2023-13") { edges { cursor } } }`,
      {},
      reader,
    );
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    const anonymous = await database.query(`{ serviceHoursReport(groupBy: MONTH) { edges { cursor } } }`);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });
});
