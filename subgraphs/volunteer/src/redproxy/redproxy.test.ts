import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, redProxyEvents, redProxyFeedback, redProxyRequests } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const dongmenTeam = demoId("team", "东门顺安党员志愿者队");
const binhe = demoId("estate", "木兰滨河");
const dongmen = demoId("estate", "东门顺安");
const waterBill = demoId("redProxyItem", "代缴水电费");
const socialCard = demoId("redProxyItem", "代办社保卡");

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string) => as(`lead-of-${team}`, { role: "volunteer_lead", team });
const admin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });
const residentOf = (estate: string, subject: string) => as(subject, { role: "resident", estate });

type Result = { data?: Record<string, Json> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const FIELDS = `id state overdue dueAt requestedAt doneAt filedOnBehalf note item { id targetHours }
  assignedVolunteer { id } assignedTeam { id } history { from to actor } feedback { side rating comment }`;
const REQUEST = `mutation ($input: RequestRedProxyInput!) { requestRedProxy(input: $input) { ${FIELDS} } }`;
const READ = `query ($id: ID!) { redProxyRequest(id: $id) { ${FIELDS} } }`;
const ref = (name: string) => `mutation ($input: RedProxyRequestRefInput!) { ${name}(input: $input) { ${FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignRedProxyRequestInput!) { assignRedProxyRequest(input: $input) { ${FIELDS} } }`;
const FEEDBACK = `mutation ($input: LeaveRedProxyFeedbackInput!) { leaveRedProxyFeedback(input: $input) { ${FIELDS} } }`;

async function ok(result: Promise<Result>): Promise<Json> {
  const answer = await result;
  expect(answer.errors).toBeUndefined();
  return Object.values(answer.data ?? {})[0];
}

let serial = 0;
/** A volunteer registered under a sign-in of their own. */
async function registeredVolunteer() {
  serial += 1;
  const subject = `red-proxy-volunteer-${serial}`;
  const created = await ok(
    database.query(
      `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
      { input: { name: `代办志愿者${serial}`, subject } },
      admin,
    ),
  );
  return { id: created.id as string, caller: as(subject) };
}

const fileAsResident = (caller: Caller, estateId = binhe, itemId = waterBill) =>
  database.query(REQUEST, { input: { itemId, estateId, note: "帮忙缴纳本月水电费" } }, caller);
const fileAtDesk = (caller: Caller = admin) =>
  ok(
    database.query(
      REQUEST,
      { input: { itemId: waterBill, estateId: binhe, note: "代为登记", onBehalfOfResident: true } },
      caller,
    ),
  );
const assign = (requestId: string, volunteerId: string, caller: Caller = leadOf(mulanTeam), teamId = mulanTeam) =>
  database.query(ASSIGN, { input: { requestId, teamId, volunteerId } }, caller);
const move = (name: string, requestId: string, caller: Caller = admin) =>
  database.query(ref(name), { input: { requestId } }, caller);
const feedback = (requestId: string, input: Record<string, unknown>, caller: Caller = admin) =>
  database.query(FEEDBACK, { input: { requestId, ...input } }, caller);

/** A request filed at the desk by the administrator, moved to `state` by the administrator. */
async function requestIn(state: string): Promise<string> {
  const { id } = await fileAtDesk();
  if (state === "REQUESTED") return id;
  if (state === "CANCELLED") return (await ok(move("cancelRedProxyRequest", id))).id;
  const helper = await registeredVolunteer();
  await ok(assign(id, helper.id, admin));
  if (state === "ASSIGNED") return id;
  await ok(move("markRedProxyDone", id));
  if (state === "AWAITING_CONFIRMATION") return id;
  await ok(move("confirmRedProxyDone", id));
  return id;
}

async function stored(id: string) {
  const db = database.db;
  const [request] = await db.select().from(redProxyRequests).where(eq(redProxyRequests.id, id));
  const events = await db.select().from(redProxyEvents).where(eq(redProxyEvents.requestId, id));
  return { state: request?.state, events: events.length };
}

describe("redProxyCatalogue", () => {
  it("shows the public the four categories, and a moved-down item with its neighbourhood center", async () => {
    const all = await ok(
      database.query(`{ redProxyCatalogue { id name category targetHours movedDown neighborhoodCenter { id } } }`),
    );
    expect(new Set(all.map((item: Json) => item.category))).toEqual(
      new Set(["PARTY_AFFAIRS", "LIFE_SERVICE", "LEGAL_AID", "VOLUNTEER_SERVICE"]),
    );
    const card = all.find((item: Json) => item.id === socialCard);
    expect(card).toMatchObject({
      movedDown: true,
      neighborhoodCenter: { id: demoId("center", "木兰社区“党建+”邻里中心") },
    });
    expect(all.find((item: Json) => item.id === waterBill)).toMatchObject({
      movedDown: false,
      neighborhoodCenter: null,
    });
    const legal = await ok(database.query(`{ redProxyCatalogue(category: LEGAL_AID) { name category } }`));
    expect(legal.map((item: Json) => item.name)).toEqual(["法律咨询预约", "法律援助申请"].sort());
    expect(legal.every((item: Json) => item.category === "LEGAL_AID")).toBe(true);
  });
});

describe("a red proxy request's life", () => {
  it("goes from the resident through the lead and the volunteer back to the resident, every move in its history", async () => {
    const resident = residentOf(binhe, "resident-chen");
    const helper = await registeredVolunteer();
    const filed = await ok(fileAsResident(resident));
    expect(filed).toMatchObject({ state: "REQUESTED", filedOnBehalf: false, overdue: false });
    expect(Date.parse(filed.dueAt) - Date.parse(filed.requestedAt)).toBe(24 * 3600_000);
    await ok(assign(filed.id, helper.id));
    await ok(move("markRedProxyDone", filed.id, helper.caller));
    const done = await ok(move("confirmRedProxyDone", filed.id, resident));
    expect(done.state).toBe("COMPLETED");
    expect(done.assignedVolunteer).toEqual({ id: helper.id });
    expect(done.assignedTeam).toEqual({ id: mulanTeam });
    expect(done.history).toEqual([
      { from: null, to: "REQUESTED", actor: "resident-chen" },
      { from: "REQUESTED", to: "ASSIGNED", actor: `lead-of-${mulanTeam}` },
      { from: "ASSIGNED", to: "AWAITING_CONFIRMATION", actor: helper.caller.subject },
      { from: "AWAITING_CONFIRMATION", to: "COMPLETED", actor: "resident-chen" },
    ]);
  });

  it("can be cancelled from REQUESTED and from ASSIGNED, and the history says so", async () => {
    for (const state of ["REQUESTED", "ASSIGNED"]) {
      const id = await requestIn(state);
      const cancelled = await ok(move("cancelRedProxyRequest", id));
      expect(cancelled.state).toBe("CANCELLED");
      expect(cancelled.history.at(-1)).toEqual({ from: state, to: "CANCELLED", actor: "volunteer-admin" });
    }
  });

  it("refuses every illegal move with INVALID_TRANSITION and changes nothing", async () => {
    const helper = await registeredVolunteer();
    const attempts: Record<string, string[]> = {
      REQUESTED: ["markRedProxyDone", "confirmRedProxyDone"],
      ASSIGNED: ["assign", "confirmRedProxyDone"],
      AWAITING_CONFIRMATION: ["assign", "markRedProxyDone", "cancelRedProxyRequest"],
      COMPLETED: ["assign", "markRedProxyDone", "confirmRedProxyDone", "cancelRedProxyRequest"],
      CANCELLED: ["assign", "markRedProxyDone", "confirmRedProxyDone", "cancelRedProxyRequest"],
    };
    for (const [state, mutations] of Object.entries(attempts)) {
      const id = await requestIn(state);
      const before = await stored(id);
      expect(before.state).toBe(state);
      for (const mutation of mutations) {
        const result = mutation === "assign" ? await assign(id, helper.id, admin) : await move(mutation, id);
        expect(codes(result), `${mutation} from ${state}`).toEqual(["INVALID_TRANSITION"]);
        expect(await stored(id)).toEqual(before);
      }
    }
  });

  it("moves a request once when two moves race: the other is refused and the history has one entry", async () => {
    const id = await requestIn("ASSIGNED");
    const results = await Promise.all([move("markRedProxyDone", id), move("cancelRedProxyRequest", id)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(["INVALID_TRANSITION"]);
    expect((await stored(id)).events).toBe(3);
  });

  it("keeps the history unchangeable by the database itself", async () => {
    const id = await requestIn("ASSIGNED");
    const db = database.db;
    await expect(
      db.update(redProxyEvents).set({ actor: "forged" }).where(eq(redProxyEvents.requestId, id)),
    ).rejects.toThrow();
    await expect(db.delete(redProxyEvents).where(eq(redProxyEvents.requestId, id))).rejects.toThrow();
    expect((await stored(id)).events).toBe(2);
  });
});

describe("who may move a request", () => {
  it("refuses a resident filing for another estate (FORBIDDEN) and an unknown item (NOT_FOUND), storing nothing", async () => {
    const db = database.db;
    const count = async () => (await db.select({ count: sql<number>`count(*)::int` }).from(redProxyRequests))[0]?.count;
    const before = await count();
    expect(codes(await fileAsResident(residentOf(binhe, "resident-wu"), dongmen))).toEqual(["FORBIDDEN"]);
    expect(
      codes(await fileAsResident(residentOf(binhe, "resident-wu"), binhe, demoId("redProxyItem", "无此事项"))),
    ).toEqual(["NOT_FOUND"]);
    const blank = await database.query(
      REQUEST,
      { input: { itemId: waterBill, estateId: binhe, note: "  " } },
      residentOf(binhe, "x"),
    );
    expect(codes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ field: "note" });
    expect(await count()).toBe(before);
  });

  it("lets only a lead of a team serving the estate assign it, through that team", async () => {
    const helper = await registeredVolunteer();
    const { id } = await fileAtDesk();
    expect(codes(await assign(id, helper.id, leadOf(dongmenTeam), dongmenTeam))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await assign(id, helper.id, leadOf(dongmenTeam), mulanTeam))).toEqual(["FORBIDDEN"]);
    expect((await stored(id)).state).toBe("REQUESTED");
    expect((await ok(assign(id, helper.id))).state).toBe("ASSIGNED");
  });

  it("refuses another volunteer marking it done, and the lead confirming a resident's own request", async () => {
    const resident = residentOf(binhe, "resident-lin");
    const helper = await registeredVolunteer();
    const other = await registeredVolunteer();
    const { id } = await ok(fileAsResident(resident));
    await ok(assign(id, helper.id));
    expect(codes(await move("markRedProxyDone", id, other.caller))).toEqual(["FORBIDDEN"]);
    await ok(move("markRedProxyDone", id, helper.caller));
    expect(codes(await move("confirmRedProxyDone", id, leadOf(mulanTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await move("confirmRedProxyDone", id, residentOf(binhe, "resident-other")))).toEqual(["FORBIDDEN"]);
    expect((await stored(id)).state).toBe("AWAITING_CONFIRMATION");
  });
});

describe("reading a request", () => {
  it("shows it to its requester, its volunteer, the estate's team lead and the administrator, and to no one else", async () => {
    const resident = residentOf(binhe, "resident-zhou");
    const helper = await registeredVolunteer();
    const { id } = await ok(fileAsResident(resident));
    await ok(assign(id, helper.id));
    for (const reader of [resident, helper.caller, leadOf(mulanTeam), admin]) {
      expect((await ok(database.query(READ, { id }, reader)))?.id).toBe(id);
    }
    for (const stranger of [
      residentOf(binhe, "resident-neighbour"),
      leadOf(dongmenTeam),
      (await registeredVolunteer()).caller,
    ]) {
      const result = await database.query(READ, { id }, stranger);
      expect(result.errors).toBeUndefined();
      expect(result.data?.redProxyRequest).toBeNull();
    }
    const anonymous = await database.query(READ, { id });
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    expect(anonymous.data?.redProxyRequest ?? null).toBeNull();
  });

  it("lists an estate's requests to each reader as far as they may read them, the most recent first", async () => {
    const mine = residentOf(dongmen, "resident-dongmen-1");
    const neighbour = residentOf(dongmen, "resident-dongmen-2");
    const first = await ok(fileAsResident(mine, dongmen));
    const second = await ok(fileAsResident(neighbour, dongmen));
    const LIST = `query ($id: ID!, $after: String) { estate: _entities(representations: [{ __typename: "Estate", id: $id }]) {
      ... on Estate { redProxyRequests(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;
    const list = async (caller: Caller, after?: string) =>
      (await ok(database.query(LIST, { id: dongmen, after }, caller)))[0].redProxyRequests;
    const ids = (page: Json) => page.edges.map((edge: Json) => edge.node.id);
    expect(ids(await list(mine))).toEqual([first.id]);
    expect((await list(mine)).pageInfo.hasNextPage).toBe(false);
    expect(ids(await list(neighbour))).toEqual([second.id]);
    expect(ids(await list(leadOf(mulanTeam)))).toEqual([]);
    const page = await list(leadOf(dongmenTeam));
    expect(ids(page)).toEqual([second.id]);
    expect(ids(await list(leadOf(dongmenTeam), page.pageInfo.endCursor))).toEqual([first.id]);
  });
});

describe("the overdue flag", () => {
  const setDue = (id: string, hoursFromNow: number) =>
    database.db
      .update(redProxyRequests)
      .set({ dueAt: sql`now() + ${hoursFromNow} * interval '1 hour'` })
      .where(eq(redProxyRequests.id, id));
  const overdue = async (id: string) => (await ok(database.query(READ, { id }, admin))).overdue;

  it("turns on for an open request once its target time has passed", async () => {
    for (const state of ["REQUESTED", "ASSIGNED"]) {
      const id = await requestIn(state);
      await setDue(id, 1);
      expect(await overdue(id)).toBe(false);
      await setDue(id, -1);
      expect(await overdue(id)).toBe(true);
    }
  });

  it("judges a request reported done by when it was done, and never a cancelled one", async () => {
    const id = await requestIn("AWAITING_CONFIRMATION");
    await setDue(id, -1); // done just now, an hour after the target
    expect(await overdue(id)).toBe(true);
    await setDue(id, 1); // done an hour before the target
    expect(await overdue(id)).toBe(false);
    const cancelled = await requestIn("CANCELLED");
    await setDue(cancelled, -1);
    expect(await overdue(cancelled)).toBe(false);
  });
});

describe("leaveRedProxyFeedback", () => {
  it("stores one rating from the requester and one note from the volunteer, refusing a second of either", async () => {
    const resident = residentOf(binhe, "resident-he");
    const helper = await registeredVolunteer();
    const { id } = await ok(fileAsResident(resident));
    await ok(assign(id, helper.id));
    await ok(move("markRedProxyDone", id, helper.caller));
    expect(codes(await feedback(id, { side: "REQUESTER", rating: 5 }, resident))).toEqual(["INVALID_TRANSITION"]);
    await ok(feedback(id, { side: "VOLUNTEER", comment: "已缴清" }, helper.caller));
    await ok(move("confirmRedProxyDone", id, resident));
    const rated = await ok(feedback(id, { side: "REQUESTER", rating: 5, comment: "很及时" }, resident));
    expect(rated.feedback).toEqual([
      { side: "REQUESTER", rating: 5, comment: "很及时" },
      { side: "VOLUNTEER", rating: null, comment: "已缴清" },
    ]);
    expect(codes(await feedback(id, { side: "REQUESTER", rating: 1 }, resident))).toEqual(["CONFLICT"]);
    expect(codes(await feedback(id, { side: "VOLUNTEER", comment: "再说一次" }, helper.caller))).toEqual(["CONFLICT"]);
    expect(codes(await feedback(id, { side: "REQUESTER", rating: 4 }, residentOf(binhe, "resident-other")))).toEqual([
      "FORBIDDEN",
    ]);
    const rows = await database.db.select().from(redProxyFeedback).where(eq(redProxyFeedback.requestId, id));
    expect(rows).toHaveLength(2);
  });

  it("stores one rating when two arrive at once", async () => {
    const id = await requestIn("COMPLETED");
    const results = await Promise.all([
      feedback(id, { side: "REQUESTER", rating: 4 }),
      feedback(id, { side: "REQUESTER", rating: 2 }),
    ]);
    expect(results.flatMap(codes)).toEqual(["CONFLICT"]);
    const rows = await database.db.select().from(redProxyFeedback).where(eq(redProxyFeedback.requestId, id));
    expect(rows).toHaveLength(1);
  });

  it("refuses a rating outside 1 to 5 and a volunteer's rating with BAD_USER_INPUT naming the field", async () => {
    const id = await requestIn("COMPLETED");
    for (const input of [
      { side: "REQUESTER", rating: 6 },
      { side: "REQUESTER" },
      { side: "VOLUNTEER", rating: 3, comment: "好" },
    ]) {
      const result = await feedback(id, input);
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: "rating" });
    }
    expect(await database.db.select().from(redProxyFeedback).where(eq(redProxyFeedback.requestId, id))).toHaveLength(0);
  });
});

describe("reassignRedProxyRequest (改派)", () => {
  const REASSIGN = `mutation ($input: AssignRedProxyRequestInput!) { reassignRedProxyRequest(input: $input) {
    ${FIELDS} dueAt history { from to reason team { id } volunteer { id } } } }`;
  const reassign = (requestId: string, volunteerId: string, caller: Caller = leadOf(mulanTeam), teamId = mulanTeam) =>
    database.query(REASSIGN, { input: { requestId, teamId, volunteerId } }, caller);

  it("lets the assigned team's lead give the request to another volunteer, keeping its due time and recording who", async () => {
    const id = await requestIn("ASSIGNED");
    const before = await ok(database.query(READ, { id }, admin));
    const other = await registeredVolunteer();
    const moved = await ok(reassign(id, other.id));
    expect(moved).toMatchObject({ state: "ASSIGNED", assignedVolunteer: { id: other.id }, dueAt: before.dueAt });
    expect(moved.history.slice(1)).toMatchObject([
      {
        from: "REQUESTED",
        to: "ASSIGNED",
        reason: null,
        team: { id: mulanTeam },
        volunteer: { id: before.assignedVolunteer.id },
      },
      { from: "ASSIGNED", to: "ASSIGNED", reason: "REASSIGNED", team: { id: mulanTeam }, volunteer: { id: other.id } },
    ]);
    // The new volunteer now acts on it.
    await ok(move("markRedProxyDone", id, other.caller));
    const audit = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((row) => row.action)).toContain("reassignRedProxyRequest");
  });

  it("refuses the volunteer it already has, another team's lead, and a team not serving the estate; nothing changes", async () => {
    const id = await requestIn("ASSIGNED");
    const current = (await ok(database.query(READ, { id }, admin))).assignedVolunteer.id;
    const other = await registeredVolunteer();
    expect(codes(await reassign(id, current))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await reassign(id, other.id, leadOf(dongmenTeam), dongmenTeam))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await reassign(id, other.id, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await reassign(id, other.id, residentOf(binhe, "resident-reassign")))).toEqual(["FORBIDDEN"]);
    const after = await ok(database.query(READ, { id }, admin));
    expect(after.assignedVolunteer.id).toBe(current);
    expect((await stored(id)).events).toBe(2);
  });

  it("refuses a request that is not ASSIGNED with INVALID_TRANSITION", async () => {
    const other = await registeredVolunteer();
    for (const state of ["REQUESTED", "AWAITING_CONFIRMATION", "COMPLETED", "CANCELLED"]) {
      const id = await requestIn(state);
      const before = await stored(id);
      expect(codes(await reassign(id, other.id, admin))).toEqual(["INVALID_TRANSITION"]);
      expect(await stored(id)).toEqual(before);
    }
  });
});

describe("closeUnconfirmedRedProxyRequest (逾期未确认办结)", () => {
  const CLOSE = `mutation ($input: RedProxyRequestRefInput!) { closeUnconfirmedRedProxyRequest(input: $input) {
    ${FIELDS} confirmBy history { from to reason actor } } }`;
  const PUBLISH = `mutation ($input: PublishRedProxyConfirmationWindowInput!) {
    publishRedProxyConfirmationWindow(input: $input) { hours publishedAt } }`;
  const WINDOW = "{ redProxyConfirmationWindow { hours publishedAt } }";
  const DEADLINE = `query ($id: ID!) { redProxyRequest(id: $id) { doneAt confirmBy } }`;
  const close = (requestId: string, caller: Caller = leadOf(mulanTeam)) =>
    database.query(CLOSE, { input: { requestId } }, caller);
  const deadlineIn = (id: string, hours: number) =>
    database.db
      .update(redProxyRequests)
      .set({ confirmBy: sql`now() + ${hours} * interval '1 hour'` })
      .where(eq(redProxyRequests.id, id));
  const hoursToConfirm = async (id: string) => {
    const request = await ok(database.query(DEADLINE, { id }, admin));
    return (Date.parse(request.confirmBy) - Date.parse(request.doneAt)) / 3600_000;
  };

  // Runs first: the window stays the default until a test below publishes one.
  it("gives a request reported done the default window of 72 hours until a window is published", async () => {
    expect(await ok(database.query(WINDOW))).toEqual({ hours: 72, publishedAt: null });
    expect(await hoursToConfirm(await requestIn("AWAITING_CONFIRMATION"))).toBe(72);
    const open = await requestIn("ASSIGNED");
    expect((await ok(database.query(DEADLINE, { id: open }, admin))).confirmBy).toBeNull();
  });

  it("refuses to close a request before its deadline, and closes it as COMPLETED after, saying why", async () => {
    const id = await requestIn("AWAITING_CONFIRMATION");
    await deadlineIn(id, 1);
    expect(codes(await close(id))).toEqual(["INVALID_TRANSITION"]);
    expect(await stored(id)).toEqual({ state: "AWAITING_CONFIRMATION", events: 3 });
    await deadlineIn(id, -1);
    const closed = await ok(close(id));
    expect(closed.state).toBe("COMPLETED");
    expect(closed.history.at(-1)).toEqual({
      from: "AWAITING_CONFIRMATION",
      to: "COMPLETED",
      reason: "CONFIRMATION_WINDOW_PASSED",
      actor: `lead-of-${mulanTeam}`,
    });
    // The requester may still rate it (here filed at the desk, so its team's lead records it).
    await ok(feedback(id, { side: "REQUESTER", rating: 4 }, leadOf(mulanTeam)));
  });

  it("refuses another team's lead and residents, and any request not awaiting confirmation", async () => {
    const id = await requestIn("AWAITING_CONFIRMATION");
    await deadlineIn(id, -10);
    expect(codes(await close(id, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await close(id, residentOf(binhe, "resident-close")))).toEqual(["FORBIDDEN"]);
    expect(await stored(id)).toEqual({ state: "AWAITING_CONFIRMATION", events: 3 });
    for (const state of ["REQUESTED", "ASSIGNED", "COMPLETED", "CANCELLED"]) {
      const other = await requestIn(state);
      const before = await stored(other);
      expect(codes(await close(other, admin))).toEqual(["INVALID_TRANSITION"]);
      expect(await stored(other)).toEqual(before);
    }
  });

  it("lets an administrator publish a window for requests reported done from then on, keeping earlier deadlines", async () => {
    const earlier = await requestIn("AWAITING_CONFIRMATION");
    const before = await ok(database.query(DEADLINE, { id: earlier }, admin));
    expect(codes(await database.query(PUBLISH, { input: { hours: 24 } }, leadOf(mulanTeam)))).toEqual(["FORBIDDEN"]);
    for (const hours of [-1, 721]) {
      expect(codes(await database.query(PUBLISH, { input: { hours } }, admin))).toEqual(["BAD_USER_INPUT"]);
    }
    expect((await ok(database.query(WINDOW))).hours).toBe(72);
    const published = await ok(database.query(PUBLISH, { input: { hours: 24 } }, admin));
    expect(published.hours).toBe(24);
    expect(await ok(database.query(WINDOW))).toEqual(published);
    expect(await hoursToConfirm(await requestIn("AWAITING_CONFIRMATION"))).toBe(24);
    expect(await ok(database.query(DEADLINE, { id: earlier }, admin))).toEqual(before);
    // A window of 0: the lead may close a request as soon as it is reported done.
    await ok(database.query(PUBLISH, { input: { hours: 0 } }, admin));
    const now = await requestIn("AWAITING_CONFIRMATION");
    expect((await ok(close(now))).state).toBe("COMPLETED");
    await ok(database.query(PUBLISH, { input: { hours: 72 } }, admin));
  });

  it("keeps every published window unchangeable by the database itself", async () => {
    await ok(database.query(PUBLISH, { input: { hours: 72 } }, admin));
    await expect(database.db.execute(sql`update red_proxy_confirmation_windows set hours = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from red_proxy_confirmation_windows`)).rejects.toThrow();
  });
});
