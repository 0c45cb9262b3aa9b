import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activitySignUpEvents, activitySignUps, auditLog, serviceHourEntries } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const dongmenTeam = demoId("team", "东门顺安党员志愿者队");
const binhe = demoId("estate", "木兰滨河");
const leyuan = demoId("estate", "木兰乐园");
const dongmen = demoId("estate", "东门顺安");

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string) => as(`lead-of-${team}`, { role: "volunteer_lead", team });
const admin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });
const residentOf = (estate: string, subject: string) => as(subject, { role: "resident", estate });

type Result = { data?: Record<string, Json> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const CREATE = `mutation ($input: CreateActivityInput!) {
  createActivity(input: $input) { id title kind capacity startsAt endsAt estate { id } team { id } place { id } signedUpCount waitlistCount }
}`;
const SIGN_UP = `mutation ($input: SignUpForActivityInput!) {
  signUpForActivity(input: $input) { id state volunteer { name } activity { id } }
}`;
const CANCEL = `mutation ($input: ActivitySignUpRefInput!) { cancelActivitySignUp(input: $input) { id state } }`;
const CHECK_IN = `mutation ($input: ActivitySignUpRefInput!) { checkInActivitySignUp(input: $input) { id state } }`;
const SIGN_UPS = `query ($id: ID!) { activity(id: $id) {
  signedUpCount waitlistCount
  signUps(first: 100) { edges { node { id state volunteer { name } } } }
} }`;

let serial = 0;
async function newActivity(capacity: number, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const result = await database.query(
    CREATE,
    {
      input: {
        teamId: mulanTeam,
        estateId: binhe,
        title: `义诊 第${serial}场`,
        kind: "FREE_CLINIC",
        startsAt: "2024-03-05T01:00:00Z",
        endsAt: "2024-03-05T03:00:00+00:00",
        capacity,
        ...overrides,
      },
    },
    admin,
  );
  expect(result.errors).toBeUndefined();
  return (result.data as { createActivity: { id: string } }).createActivity.id;
}

const signUp = (activityId: string, subject: string, estate = binhe) =>
  database.query(SIGN_UP, { input: { activityId, name: `居民${subject}` } }, residentOf(estate, subject));

async function signUpsOf(activityId: string) {
  const result = await database.query(SIGN_UPS, { id: activityId }, admin);
  expect(result.errors).toBeUndefined();
  const activity = (result.data as { activity: Json }).activity;
  return {
    signedUp: activity.signedUpCount as number,
    waitlisted: activity.waitlistCount as number,
    list: activity.signUps.edges.map((e: Json) => [e.node.volunteer.name, e.node.state]) as [string, string][],
    ids: activity.signUps.edges.map((e: Json) => e.node.id) as string[],
  };
}

const allAudit = () => database.db.select().from(auditLog);

describe("createActivity", () => {
  it("lets a team's lead announce an activity in an estate the team serves, with its place, audited", async () => {
    const place = demoId("resource", "顺安工程有限公司/会议室");
    const result = await database.query(
      CREATE,
      {
        input: {
          teamId: mulanTeam,
          estateId: leyuan,
          title: "  重阳义剪  ",
          kind: "FREE_HAIRCUT",
          startsAt: "2024-10-11T09:00:00+08:00",
          endsAt: "2024-10-11T11:30:00+08:00",
          placeId: place,
          capacity: 15,
        },
      },
      leadOf(mulanTeam),
    );
    expect(result.errors).toBeUndefined();
    const created = (result.data as Json).createActivity;
    expect(created).toMatchObject({
      title: "重阳义剪",
      kind: "FREE_HAIRCUT",
      capacity: 15,
      startsAt: "2024-10-11T01:00:00.000Z",
      endsAt: "2024-10-11T03:30:00.000Z",
      estate: { id: leyuan },
      team: { id: mulanTeam },
      place: { id: place },
      signedUpCount: 0,
      waitlistCount: 0,
    });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject([{ action: "createActivity", actor: `lead-of-${mulanTeam}`, before: null }]);
  });

  it("refuses another team's lead with FORBIDDEN and the anonymous public with UNAUTHENTICATED, storing nothing", async () => {
    const before = await allAudit();
    const input = {
      teamId: mulanTeam,
      estateId: binhe,
      title: "越权活动",
      kind: "OTHER",
      startsAt: "2024-03-05T01:00:00Z",
      endsAt: "2024-03-05T02:00:00Z",
      capacity: 5,
    };
    expect(codes(await database.query(CREATE, { input }, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await database.query(CREATE, { input }, residentOf(binhe, "r")))).toEqual(["FORBIDDEN"]);
    expect(codes(await database.query(CREATE, { input }, ANONYMOUS))).toEqual(["UNAUTHENTICATED"]);
    expect(await allAudit()).toHaveLength(before.length);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an estate the team does not serve", { estateId: dongmen }, "estateId"],
    ["an end before the start", { endsAt: "2024-03-05T00:00:00Z" }, "endsAt"],
    ["an activity longer than a day", { endsAt: "2024-03-07T00:00:00Z" }, "endsAt"],
    ["a timestamp without a time zone", { startsAt: "2024-03-05T01:00:00" }, "startsAt"],
    ["a capacity of 0", { capacity: 0 }, "capacity"],
    ["an empty title", { title: "  " }, "title"],
    ["a malformed place id", { placeId: "hall" }, "placeId"],
  ])("refuses %s with BAD_USER_INPUT naming the field, storing nothing", async (_what, override, field) => {
    const before = await allAudit();
    const result = await database.query(
      CREATE,
      {
        input: {
          teamId: mulanTeam,
          estateId: binhe,
          title: "义诊",
          kind: "FREE_CLINIC",
          startsAt: "2024-03-05T01:00:00Z",
          endsAt: "2024-03-05T03:00:00Z",
          capacity: 5,
          ...override,
        },
      },
      leadOf(mulanTeam),
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await allAudit()).toHaveLength(before.length);
  });
});

describe("sign-ups, the waitlist and cancellations", () => {
  it("signs people up within capacity and puts the rest on the waitlist in arrival order", async () => {
    const activity = await newActivity(2);
    const states = [];
    for (const who of ["a", "b", "c", "d"]) {
      const result = await signUp(activity, who);
      expect(result.errors).toBeUndefined();
      states.push((result.data as Json).signUpForActivity.state);
    }
    expect(states).toEqual(["SIGNED_UP", "SIGNED_UP", "WAITLISTED", "WAITLISTED"]);
    expect(await signUpsOf(activity)).toMatchObject({
      signedUp: 2,
      waitlisted: 2,
      list: [
        ["居民a", "SIGNED_UP"],
        ["居民b", "SIGNED_UP"],
        ["居民c", "WAITLISTED"],
        ["居民d", "WAITLISTED"],
      ],
    });
  });

  it("promotes the first person waiting when a signed-up person cancels, and nobody when a waiting one does", async () => {
    const activity = await newActivity(1);
    const first = (await signUp(activity, "p1")).data as Json;
    await signUp(activity, "p2");
    const third = (await signUp(activity, "p3")).data as Json;
    // A waiting person cancelling frees no place: p2 still waits.
    const waitingCancel = await database.query(
      CANCEL,
      { input: { signUpId: third.signUpForActivity.id } },
      residentOf(binhe, "p3"),
    );
    expect(waitingCancel.data).toEqual({
      cancelActivitySignUp: { id: third.signUpForActivity.id, state: "CANCELLED" },
    });
    expect((await signUpsOf(activity)).list).toEqual([
      ["居民p1", "SIGNED_UP"],
      ["居民p2", "WAITLISTED"],
    ]);
    // p1 cancels: p2 gets the place in the same transaction.
    const cancel = await database.query(
      CANCEL,
      { input: { signUpId: first.signUpForActivity.id } },
      residentOf(binhe, "p1"),
    );
    expect(cancel.errors).toBeUndefined();
    expect(await signUpsOf(activity)).toMatchObject({ signedUp: 1, waitlisted: 0, list: [["居民p2", "SIGNED_UP"]] });
    const history = await database.db
      .select()
      .from(activitySignUpEvents)
      .innerJoin(activitySignUps, eq(activitySignUps.id, activitySignUpEvents.signUpId))
      .where(eq(activitySignUps.activityId, activity));
    expect(
      history.map((row) => [row.activity_sign_up_events.fromState, row.activity_sign_up_events.toState]).sort(),
    ).toEqual(
      [
        [null, "SIGNED_UP"],
        [null, "WAITLISTED"],
        [null, "WAITLISTED"],
        ["SIGNED_UP", "CANCELLED"],
        ["WAITLISTED", "CANCELLED"],
        ["WAITLISTED", "SIGNED_UP"],
      ].sort(),
    );
  });

  it("gives exactly 10 places and 20 waitlist spots, in arrival order, to 30 parallel sign-ups for 10 places", async () => {
    const activity = await newActivity(10);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signUp(activity, `parallel-${String(i).padStart(2, "0")}`)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const states = results.map((r) => (r.data as Json).signUpForActivity.state);
    expect(states.filter((s) => s === "SIGNED_UP")).toHaveLength(10);
    expect(states.filter((s) => s === "WAITLISTED")).toHaveLength(20);
    // The order of arrival (the sequence taken under the activity's lock) decides: every place
    // went to someone who arrived before everyone waiting.
    const rows = await database.db
      .select({ state: activitySignUps.state, seq: activitySignUps.seq })
      .from(activitySignUps)
      .where(eq(activitySignUps.activityId, activity));
    const lastPlace = Math.max(...rows.filter((r) => r.state === "SIGNED_UP").map((r) => r.seq));
    const firstWaiting = Math.min(...rows.filter((r) => r.state === "WAITLISTED").map((r) => r.seq));
    expect(lastPlace).toBeLessThan(firstWaiting);
    expect(await signUpsOf(activity)).toMatchObject({ signedUp: 10, waitlisted: 20 });
  });

  it("keeps the capacity when parallel cancellations and sign-ups race: every freed place goes to the next in line", async () => {
    const activity = await newActivity(5);
    const first = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(activity, `race-${i}`)));
    const signedUp = first
      .map((r) => (r.data as Json).signUpForActivity)
      .filter((s) => s.state === "SIGNED_UP")
      .slice(0, 3);
    await Promise.all([
      ...signedUp.map((s: Json) =>
        database
          .query(CANCEL, { input: { signUpId: s.id } }, leadOf(mulanTeam))
          .then((r) => expect(r.errors).toBeUndefined()),
      ),
      ...Array.from({ length: 5 }, (_, i) => signUp(activity, `race-late-${i}`)),
    ]);
    const after = await signUpsOf(activity);
    expect(after.signedUp).toBe(5);
    expect(after.waitlisted).toBe(15 - 3 - 5);
  });

  it("refuses a second live sign-up of the same person with CONFLICT, and lets them sign up again after cancelling", async () => {
    const activity = await newActivity(3);
    const first = (await signUp(activity, "twice")).data as Json;
    const again = await signUp(activity, "twice");
    expect(codes(again)).toEqual(["CONFLICT"]);
    expect((await signUpsOf(activity)).list).toEqual([["居民twice", "SIGNED_UP"]]);
    await database.query(CANCEL, { input: { signUpId: first.signUpForActivity.id } }, residentOf(binhe, "twice"));
    expect((await signUp(activity, "twice")).errors).toBeUndefined();
  });

  it("refuses a resident of another estate (FORBIDDEN), a lead (FORBIDDEN) and the public (UNAUTHENTICATED)", async () => {
    const activity = await newActivity(3);
    const before = await allAudit();
    expect(codes(await signUp(activity, "outsider", dongmen))).toEqual(["FORBIDDEN"]);
    expect(
      codes(await database.query(SIGN_UP, { input: { activityId: activity, name: "x" } }, leadOf(mulanTeam))),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await database.query(SIGN_UP, { input: { activityId: activity, name: "x" } }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    expect(await signUpsOf(activity)).toMatchObject({ signedUp: 0, list: [] });
    expect(await allAudit()).toHaveLength(before.length);
  });

  it("refuses a stranger's cancellation of someone else's sign-up with FORBIDDEN", async () => {
    const activity = await newActivity(3);
    const mine = (await signUp(activity, "owner")).data as Json;
    const result = await database.query(
      CANCEL,
      { input: { signUpId: mine.signUpForActivity.id } },
      residentOf(binhe, "neighbour"),
    );
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect((await signUpsOf(activity)).list).toEqual([["居民owner", "SIGNED_UP"]]);
  });
});

describe("walk-in sign-ups (现场代报名)", () => {
  it("lets the team's lead sign up someone present in person, and refuses another team's lead and residents", async () => {
    const activity = await newActivity(1);
    const input = (name: string) => ({ input: { activityId: activity, name, walkIn: true } });
    expect(codes(await database.query(SIGN_UP, input("越权"), leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await database.query(SIGN_UP, input("越权"), residentOf(binhe, "r1")))).toEqual(["FORBIDDEN"]);
    const first = await database.query(SIGN_UP, input("张阿婆"), leadOf(mulanTeam));
    const second = await database.query(SIGN_UP, input("李阿公"), leadOf(mulanTeam));
    expect([first, second].map((r) => (r.data as Json).signUpForActivity)).toMatchObject([
      { state: "SIGNED_UP", volunteer: { name: "张阿婆" } },
      { state: "WAITLISTED", volunteer: { name: "李阿公" } },
    ]);
  });
});

describe("check-in", () => {
  it("checks a signed-up person in and records the activity's length as their service hours", async () => {
    const activity = await newActivity(2);
    const mine = (await signUp(activity, "checkin")).data as Json;
    const result = await database.query(
      CHECK_IN,
      { input: { signUpId: mine.signUpForActivity.id } },
      leadOf(mulanTeam),
    );
    expect(result.data).toEqual({ checkInActivitySignUp: { id: mine.signUpForActivity.id, state: "CHECKED_IN" } });
    const entries = await database.db
      .select()
      .from(serviceHourEntries)
      .where(eq(serviceHourEntries.signUpId, mine.signUpForActivity.id));
    expect(entries).toMatchObject([
      { minutes: 120, source: "ACTIVITY_CHECK_IN", servedOn: "2024-03-05", teamId: mulanTeam, estateId: binhe },
    ]);
  });

  it("refuses a second check-in and a cancellation after check-in with INVALID_TRANSITION, changing nothing", async () => {
    const activity = await newActivity(2);
    const mine = (await signUp(activity, "done")).data as Json;
    const ref = { input: { signUpId: mine.signUpForActivity.id } };
    await database.query(CHECK_IN, ref, leadOf(mulanTeam));
    const before = await allAudit();
    expect(codes(await database.query(CHECK_IN, ref, leadOf(mulanTeam)))).toEqual(["INVALID_TRANSITION"]);
    expect(codes(await database.query(CANCEL, ref, residentOf(binhe, "done")))).toEqual(["INVALID_TRANSITION"]);
    expect(await allAudit()).toHaveLength(before.length);
    const entries = await database.db
      .select()
      .from(serviceHourEntries)
      .where(eq(serviceHourEntries.signUpId, mine.signUpForActivity.id));
    expect(entries).toHaveLength(1);
  });

  it("refuses to check in a waiting person (INVALID_TRANSITION) and lets no resident check themselves in (FORBIDDEN)", async () => {
    const activity = await newActivity(1);
    const placed = (await signUp(activity, "placed")).data as Json;
    const waiting = (await signUp(activity, "waiting")).data as Json;
    expect(
      codes(await database.query(CHECK_IN, { input: { signUpId: waiting.signUpForActivity.id } }, leadOf(mulanTeam))),
    ).toEqual(["INVALID_TRANSITION"]);
    const self = as("placed", { role: "resident", estate: binhe }, { role: "volunteer_lead", team: dongmenTeam });
    expect(codes(await database.query(CHECK_IN, { input: { signUpId: placed.signUpForActivity.id } }, self))).toEqual([
      "FORBIDDEN",
    ]);
  });
});

describe("sign-up history", () => {
  it("cannot be changed or deleted, even with direct SQL", async () => {
    await expect(database.db.execute(sql`update activity_sign_up_events set to_state = 'CANCELLED'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from activity_sign_up_events`)).rejects.toThrow();
    const [row] = await database.db.select({ count: sql<number>`count(*)::int` }).from(activitySignUpEvents);
    expect(row?.count).toBeGreaterThan(0);
  });
});

describe("Estate.activities and _entities", () => {
  it("pages through an estate's activities, the earliest first", async () => {
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { activities(first: 1) { edges { node { title } } pageInfo { hasNextPage endCursor } } } } }`,
      { reps: [{ __typename: "Estate", id: dongmen }] },
    );
    expect(result.errors).toBeUndefined();
    const page = (result.data as Json)._entities[0].activities;
    expect(page.edges).toEqual([{ node: { title: "东门顺安社区义诊" } }]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const forged = await database.query(
      `{ _entities(representations: [{__typename: "Estate", id: "${dongmen}"}]) { ... on Estate { activities(after: "WyJ4IiwieSJd") { edges { cursor } } } } }`,
    );
    expect(codes(forged)).toEqual(["BAD_USER_INPUT"]);
  });

  it("resolves activity references in key order, null for a miss", async () => {
    const haircut = demoId("activity", "重阳节义剪进小区");
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Activity { title signedUpCount place { id } } } }`,
      {
        reps: [
          { __typename: "Activity", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Activity", id: haircut },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as Json)._entities).toEqual([
      null,
      { title: "重阳节义剪进小区", signedUpCount: 3, place: null },
    ]);
  });
});

describe("SharedResource.activities", () => {
  it("lists the activities held at a shared resource, the earliest first, and none at another, in one statement", async () => {
    const room = demoId("resource", "顺安工程有限公司/会议室");
    const later = await database.query(
      CREATE,
      {
        input: {
          teamId: dongmenTeam,
          estateId: dongmen,
          title: "东门顺安防诈骗讲座",
          kind: "OTHER",
          startsAt: "2023-12-02T01:00:00Z",
          endsAt: "2023-12-02T02:00:00Z",
          placeId: room,
          capacity: 40,
        },
      },
      leadOf(dongmenTeam),
    );
    expect(later.errors).toBeUndefined();
    const before = database.statements();
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on SharedResource { id activities(first: 10) { edges { node { title startsAt place { id } } } } } } }`,
      {
        reps: [
          { __typename: "SharedResource", id: room },
          { __typename: "SharedResource", id: demoId("resource", "没有活动的资源") },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(database.statements() - before).toBe(1);
    const [atRoom, elsewhere] = (result.data as Json)._entities;
    expect(elsewhere).toEqual({ id: demoId("resource", "没有活动的资源"), activities: { edges: [] } });
    const held = atRoom.activities.edges.map((edge: Json) => edge.node);
    // Other tests of this file may hold activities there too: every one listed is held there, in time order.
    expect(held.every((activity: Json) => activity.place.id === room)).toBe(true);
    expect(held.map((activity: Json) => activity.startsAt)).toEqual(held.map((a: Json) => a.startsAt).sort());
    const titles = held.map((activity: Json) => activity.title);
    expect(titles).toEqual(expect.arrayContaining(["东门顺安社区义诊", "东门顺安防诈骗讲座"]));
    expect(titles.indexOf("东门顺安社区义诊")).toBeLessThan(titles.indexOf("东门顺安防诈骗讲座"));
  });
});

describe("VolunteerTeam.activities", () => {
  it("pages through each team's own activities, the earliest first, two teams in one statement", async () => {
    const PAGE = `query ($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
      ... on VolunteerTeam { id activities(first: $first, after: $after) { edges { node { startsAt team { id } } } pageInfo { hasNextPage endCursor } } }
    } }`;
    const reps = [
      { __typename: "VolunteerTeam", id: mulanTeam },
      { __typename: "VolunteerTeam", id: dongmenTeam },
    ];
    const before = database.statements();
    const all = await database.query(PAGE, { reps, first: 100 });
    expect(all.errors).toBeUndefined();
    // The teams' resolution is one statement, their activities one more.
    expect(database.statements() - before).toBe(2);
    const [mulan, dongmenPage] = (all.data as Json)._entities;
    for (const [team, page] of [
      [mulanTeam, mulan],
      [dongmenTeam, dongmenPage],
    ] as const) {
      const held = page.activities.edges.map((edge: Json) => edge.node);
      expect(held.length).toBeGreaterThan(0);
      expect(held.every((activity: Json) => activity.team.id === team)).toBe(true);
      expect(held.map((activity: Json) => activity.startsAt)).toEqual(held.map((a: Json) => a.startsAt).sort());
    }
    const [firstOnly] = ((await database.query(PAGE, { reps: reps.slice(0, 1), first: 1 })).data as Json)._entities;
    expect(firstOnly.activities.edges).toEqual(mulan.activities.edges.slice(0, 1));
    const rest = await database.query(PAGE, {
      reps: reps.slice(0, 1),
      first: 100,
      after: firstOnly.activities.pageInfo.endCursor,
    });
    expect(rest.errors).toBeUndefined();
    expect((rest.data as Json)._entities[0].activities.edges).toEqual(mulan.activities.edges.slice(1));
  });
});
