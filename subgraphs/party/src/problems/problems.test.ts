import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, problems, problemTransitions } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

const nanqiao = demoId("estate", "南桥锦福家园");
const nanqiaoBranch = demoId("branch", "南桥锦福家园小区党支部");
const dongmenBranch = demoId("branch", "东门顺安小区党支部");
const jiaqing = demoId("company", "嘉庆物业");
const shunan = demoId("company", "顺安物业");
const quanan = demoId("unit", "全安消防技术有限公司");

let subjects = 0;
function as(...grants: Grant[]): Caller {
  subjects += 1;
  return { subject: `problem-test-${subjects}`, grants };
}
const partyAdmin = () => as({ role: "agency_admin", agency: "party" });
const secretary = (branch = nanqiaoBranch) => as({ role: "branch_secretary", branch });
const manager = (company = jiaqing) => as({ role: "property_manager", company });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const ok = <T = Record<string, unknown>>(result: Result): T => {
  expect(result.errors).toBeUndefined();
  return result.data as T;
};

const REPORT = `mutation ($input: ReportProblemInput!) {
  reportProblem(input: $input) { id status responsible { __typename ... on PropertyCompany { id } ... on PartyBranch { id name } ... on Unit { id } } }
}`;
const MOVES = {
  accept: ["acceptProblem", "ProblemTransitionInput"],
  reject: ["rejectProblem", "RejectProblemInput"],
  duplicate: ["markProblemDuplicate", "MarkProblemDuplicateInput"],
  assign: ["assignProblem", "AssignProblemInput"],
  start: ["startProblem", "ProblemTransitionInput"],
  resolve: ["resolveProblem", "ResolveProblemInput"],
  answer: ["answerProblem", "AnswerProblemInput"],
  rate: ["rateProblemAnswer", "RateProblemAnswerInput"],
} as const;
type MoveName = keyof typeof MOVES;

/** The reporter who is also the handler: a resident of 南桥锦福家园 holding party administration. */
const actor = as({ role: "agency_admin", agency: "party" }, { role: "resident", estate: nanqiao });

async function report(caller: Caller = actor, input: Record<string, unknown> = {}): Promise<string> {
  const data = ok<{ reportProblem: { id: string } }>(
    await query(
      REPORT,
      {
        input: {
          estateId: nanqiao,
          category: "PARKING",
          text: "地下车库入口常有车辆乱停放",
          reporterName: "王大妈",
          ...input,
        },
      },
      caller,
    ),
  );
  return data.reportProblem.id;
}

function inputFor(move: MoveName, problemId: string, extra: Record<string, unknown> = {}) {
  const base: Record<MoveName, Record<string, unknown>> = {
    accept: {},
    reject: { reason: "不属于小区事务" },
    duplicate: { duplicateOfId: extra.duplicateOfId },
    assign: {},
    start: {},
    resolve: { note: "已施划停车线并劝离车辆" },
    answer: { answer: "物业已施划停车线，车库入口恢复畅通。" },
    rate: { rating: 4 },
  };
  const { duplicateOfId: _d, ...rest } = extra;
  return { problemId, ...base[move], ...rest };
}

function move(move: MoveName, problemId: string, caller: Caller = actor, extra: Record<string, unknown> = {}) {
  const [field, type] = MOVES[move];
  return query(
    `mutation ($input: ${type}!) { ${field}(input: $input) { id status } }`,
    { input: inputFor(move, problemId, extra) },
    caller,
  );
}

/** The moves, from a fresh report, that bring a problem into each state. */
const PATHS: Record<string, [MoveName, Record<string, unknown>?][]> = {
  REPORTED: [],
  ACCEPTED: [["accept"]],
  ASSIGNED: [["accept"], ["assign"]],
  IN_PROGRESS: [["accept"], ["assign"], ["start"]],
  RESOLVED: [["accept"], ["assign"], ["start"], ["resolve"]],
  ANSWERED: [["accept"], ["assign"], ["start"], ["resolve"], ["answer"]],
  CLOSED: [["accept"], ["assign"], ["start"], ["resolve"], ["answer"], ["rate", { rating: 5 }]],
  REOPENED: [["accept"], ["assign"], ["start"], ["resolve"], ["answer"], ["rate", { rating: 1 }]],
  REJECTED: [["reject"]],
};

async function problemIn(status: string): Promise<string> {
  const id = await report();
  if (status === "DUPLICATE") {
    const original = await report();
    ok(await move("duplicate", id, actor, { duplicateOfId: original }));
    return id;
  }
  for (const [name, extra] of PATHS[status] ?? []) ok(await move(name, id, actor, extra));
  return id;
}

const row = async (id: string) => (await database.db.select().from(problems).where(eq(problems.id, id)))[0]!;
const history = (id: string) =>
  database.db
    .select({ from: problemTransitions.fromStatus, to: problemTransitions.toStatus })
    .from(problemTransitions)
    .where(eq(problemTransitions.problemId, id))
    .orderBy(problemTransitions.seq);
const audits = (id: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, id));

/** What each move makes of a problem (rating 1 reopens; any other rating closes). */
const TARGET: Record<string, { move: MoveName; extra?: Record<string, unknown> }> = {
  ACCEPTED: { move: "accept" },
  REJECTED: { move: "reject" },
  DUPLICATE: { move: "duplicate" },
  ASSIGNED: { move: "assign" },
  IN_PROGRESS: { move: "start" },
  RESOLVED: { move: "resolve" },
  ANSWERED: { move: "answer" },
  CLOSED: { move: "rate", extra: { rating: 4 } },
  REOPENED: { move: "rate", extra: { rating: 1 } },
};

/** The state machine, written out here independently of the service's table. */
const LEGAL: Record<string, string[]> = {
  REPORTED: ["ACCEPTED", "REJECTED", "DUPLICATE"],
  ACCEPTED: ["ASSIGNED"],
  ASSIGNED: ["IN_PROGRESS"],
  IN_PROGRESS: ["RESOLVED"],
  RESOLVED: ["ANSWERED"],
  ANSWERED: ["CLOSED", "REOPENED"],
  REOPENED: ["ASSIGNED"],
  CLOSED: [],
  REJECTED: [],
  DUPLICATE: [],
};

describe("the problem state machine", () => {
  const states = Object.keys(LEGAL);

  it.each(states)(
    "refuses every illegal move of a %s problem with INVALID_TRANSITION and changes nothing",
    async (state) => {
      const id = await problemIn(state);
      const other = await report();
      const illegal = Object.entries(TARGET).filter(([to]) => !LEGAL[state]?.includes(to));
      expect(illegal.length).toBeGreaterThan(0);
      const before = { row: await row(id), history: await history(id), audits: (await audits(id)).length };
      for (const [to, { move: name, extra }] of illegal) {
        const result = await move(name, id, actor, {
          ...extra,
          ...(name === "duplicate" ? { duplicateOfId: other } : {}),
        });
        expect(codes(result), `${state} → ${to}`).toEqual(["INVALID_TRANSITION"]);
      }
      expect(await row(id)).toEqual(before.row);
      expect(await history(id)).toEqual(before.history);
      expect((await audits(id)).length).toBe(before.audits);
    },
  );

  it("records every legal move in the history, through a reopening, in order", async () => {
    const id = await report();
    const path: [MoveName, Record<string, unknown>?][] = [
      ["accept"],
      ["assign"],
      ["start"],
      ["resolve"],
      ["answer"],
      ["rate", { rating: 2, comment: "晚上还是有车堵住入口" }],
      ["assign"],
      ["start"],
      ["resolve"],
      ["answer"],
      ["rate", { rating: 5 }],
    ];
    for (const [name, extra] of path) ok(await move(name, id, actor, extra));
    expect(await history(id)).toEqual([
      { from: null, to: "REPORTED" },
      { from: "REPORTED", to: "ACCEPTED" },
      { from: "ACCEPTED", to: "ASSIGNED" },
      { from: "ASSIGNED", to: "IN_PROGRESS" },
      { from: "IN_PROGRESS", to: "RESOLVED" },
      { from: "RESOLVED", to: "ANSWERED" },
      { from: "ANSWERED", to: "REOPENED" },
      { from: "REOPENED", to: "ASSIGNED" },
      { from: "ASSIGNED", to: "IN_PROGRESS" },
      { from: "IN_PROGRESS", to: "RESOLVED" },
      { from: "RESOLVED", to: "ANSWERED" },
      { from: "ANSWERED", to: "CLOSED" },
    ]);
    const read = ok<{
      problem: { status: string; history: { edges: { node: { from: string | null; to: string } }[] } };
    }>(
      await query(
        `query ($id: ID!) { problem(id: $id) { status history(first: 3) { edges { node { from to } } pageInfo { hasNextPage } } } }`,
        { id },
        actor,
      ),
    );
    expect(read.problem.status).toBe("CLOSED");
    expect(read.problem.history.edges.map((e) => e.node.to)).toEqual(["REPORTED", "ACCEPTED", "ASSIGNED"]);
    expect(await audits(id)).toHaveLength(12);
  });

  it("keeps the history append-only: the database refuses to change or delete a row", async () => {
    const id = await problemIn("ACCEPTED");
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => "changed",
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(
      await refusal(
        database.db.execute(sql`UPDATE problem_transitions SET to_status = 'CLOSED' WHERE problem_id = ${id}`),
      ),
    ).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`DELETE FROM problem_transitions WHERE problem_id = ${id}`))).toMatch(
      /append-only/,
    );
    expect(await history(id)).toHaveLength(2);
  });

  it("lets only one of two simultaneous acceptances through; the other is INVALID_TRANSITION", async () => {
    const id = await report();
    const results = await Promise.all([move("accept", id, partyAdmin()), move("accept", id, secretary())]);
    expect(results.map(codes).sort()).toEqual([[], ["INVALID_TRANSITION"]]);
    expect(await history(id)).toEqual([
      { from: null, to: "REPORTED" },
      { from: "REPORTED", to: "ACCEPTED" },
    ]);
  });
});

describe("reporting and routing", () => {
  it("routes a parking problem in 南桥锦福家园 to 嘉庆物业 by the estate's rule, due after its target", async () => {
    const result = ok<{ reportProblem: { id: string; status: string; responsible: unknown } }>(
      await query(
        REPORT,
        { input: { estateId: nanqiao, category: "PARKING", text: "消防通道被占", reporterName: "陈阿姨" } },
        as({ role: "resident", estate: nanqiao }),
      ),
    );
    expect(result.reportProblem).toMatchObject({
      status: "REPORTED",
      responsible: { __typename: "PropertyCompany", id: jiaqing },
    });
    const stored = await row(result.reportProblem.id);
    const hours = (stored.dueAt.getTime() - stored.reportedAt.getTime()) / 3_600_000;
    expect(Math.round(hours)).toBe(72);
  });

  it("routes a category without a rule to the estate's own branch", async () => {
    const id = await report(actor, { category: "ILLEGAL_CONSTRUCTION" });
    expect(await row(id)).toMatchObject({ responsibleKind: "PARTY_BRANCH", responsibleId: nanqiaoBranch });
  });

  it("refuses a resident of another estate with FORBIDDEN and stores nothing", async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(problems);
    const result = await query(
      REPORT,
      { input: { estateId: nanqiao, category: "PARKING", text: "乱停车", reporterName: "李四" } },
      as({ role: "resident", estate: demoId("estate", "东门顺安") }),
    );
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(problems);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("refuses invalid input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(problems);
    const resident = as({ role: "resident", estate: nanqiao });
    const empty = await query(
      REPORT,
      { input: { estateId: nanqiao, category: "PARKING", text: "  ", reporterName: "王" } },
      resident,
    );
    expect(codes(empty)).toEqual(["BAD_USER_INPUT"]);
    expect(empty.errors?.[0]?.extensions?.field).toBe("text");
    const badRating = await move("rate", await problemIn("ANSWERED"), actor, { rating: 6 });
    expect(codes(badRating)).toEqual(["BAD_USER_INPUT"]);
    expect(badRating.errors?.[0]?.extensions?.field).toBe("rating");
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(problems);
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
  });

  it("answers a retried report with the same client id with the problem already raised", async () => {
    const resident = as({ role: "resident", estate: nanqiao });
    const id = "0b5c8d2e-1f3a-4b6c-9d7e-8f9a0b1c2d3e";
    const input = {
      id,
      estateId: nanqiao,
      category: "EBIKE_CHARGING",
      text: "楼道里有人给电动车充电",
      reporterName: "赵",
    };
    const [first, second] = [await query(REPORT, { input }, resident), await query(REPORT, { input }, resident)];
    expect(ok<{ reportProblem: { id: string } }>(first).reportProblem.id).toBe(id);
    expect(ok<{ reportProblem: { id: string } }>(second).reportProblem.id).toBe(id);
    expect(await history(id)).toHaveLength(1);
    const stolen = await query(REPORT, { input }, as({ role: "resident", estate: nanqiao }));
    expect(codes(stolen)).toEqual(["CONFLICT"]);
  });
});

describe("who moves a problem", () => {
  it("lets the assigned company's property manager start, resolve and answer, but not accept or assign", async () => {
    const id = await problemIn("ACCEPTED");
    expect(codes(await move("assign", id, manager()))).toEqual(["FORBIDDEN"]);
    ok(await move("assign", id, secretary()));
    const own = manager();
    ok(await move("start", id, own));
    ok(await move("resolve", id, own));
    ok(await move("answer", id, own));
    expect((await row(id)).status).toBe("ANSWERED");
  });

  it("refuses the manager of another company and the secretary of another branch with FORBIDDEN, changing nothing", async () => {
    const id = await problemIn("ASSIGNED");
    const before = await row(id);
    expect(codes(await move("start", id, manager(shunan)))).toEqual(["FORBIDDEN"]);
    expect(codes(await move("start", id, secretary(dongmenBranch)))).toEqual(["FORBIDDEN"]);
    expect(codes(await move("start", id, as({ role: "unit_liaison", unit: quanan })))).toEqual(["FORBIDDEN"]);
    expect(await row(id)).toEqual(before);
  });

  it("reassigns to the unit named by the handler", async () => {
    const id = await problemIn("ACCEPTED");
    ok(await move("assign", id, secretary(), { responsible: { kind: "UNIT", id: quanan } }));
    expect(await row(id)).toMatchObject({ status: "ASSIGNED", responsibleKind: "UNIT", responsibleId: quanan });
    ok(await move("start", id, as({ role: "unit_liaison", unit: quanan })));
  });

  it("lets only the resident who raised the problem rate it; a low rating reopens it and sets a new due time", async () => {
    const reporter = as({ role: "resident", estate: nanqiao });
    const id = await report(reporter);
    for (const [name, extra] of PATHS.ANSWERED ?? []) ok(await move(name, id, actor, extra));
    expect(codes(await move("rate", id, as({ role: "resident", estate: nanqiao }), { rating: 1 }))).toEqual([
      "FORBIDDEN",
    ]);
    const before = await row(id);
    ok(await move("rate", id, reporter, { rating: 2, comment: "没有解决" }));
    const after = await row(id);
    expect(after).toMatchObject({ status: "REOPENED", rating: 2, ratingComment: "没有解决" });
    expect(after.dueAt.getTime()).toBeGreaterThan(before.dueAt.getTime());
  });

  it("records a problem for a resident on their behalf, so that resident rates it", async () => {
    const id = await report(secretary(), { onBehalfOf: "walk-in-resident-1", reporterName: "林伯" });
    for (const [name, extra] of PATHS.ANSWERED ?? []) ok(await move(name, id, actor, extra));
    ok(await move("rate", id, { subject: "walk-in-resident-1", grants: [{ role: "resident", estate: nanqiao }] }));
    expect((await row(id)).status).toBe("CLOSED");
  });

  it("refuses onBehalfOf from a resident who is not the handler", async () => {
    const result = await query(
      REPORT,
      { input: { estateId: nanqiao, category: "OTHER", text: "代邻居反映", reporterName: "某", onBehalfOf: "x" } },
      as({ role: "resident", estate: nanqiao }),
    );
    expect(codes(result)).toEqual(["FORBIDDEN"]);
  });
});

describe("reading problems", () => {
  const PROBLEM = `query ($id: ID!) { problem(id: $id) { id anonymous reporterName raisedByMe overdue } }`;

  it("shows an anonymous reporter's name to the handler and the reporter, and to nobody else", async () => {
    const reporter = as({ role: "resident", estate: nanqiao });
    const id = await report(reporter, { anonymous: true, reporterName: "匿名的王先生" });
    const nameFor = async (caller: Caller) =>
      ok<{ problem: { reporterName: string | null } | null }>(await query(PROBLEM, { id }, caller)).problem;
    expect(await nameFor(secretary())).toMatchObject({ reporterName: "匿名的王先生" });
    expect(await nameFor(partyAdmin())).toMatchObject({ reporterName: "匿名的王先生" });
    expect(await nameFor(reporter)).toMatchObject({ reporterName: "匿名的王先生", raisedByMe: true });
    expect(await nameFor(manager())).toMatchObject({ reporterName: null });
    expect(await nameFor(as({ role: "county_admin", personalData: true }))).toMatchObject({ reporterName: null });
    expect(await nameFor(as({ role: "community_worker", community: demoId("community", "南桥社区") }))).toMatchObject({
      reporterName: null,
    });
  });

  it("hides a problem from callers who do not follow it, and refuses the anonymous public", async () => {
    const id = await report();
    expect(ok<{ problem: unknown }>(await query(PROBLEM, { id }, manager(shunan))).problem).toBeNull();
    expect(
      ok<{ problem: unknown }>(await query(PROBLEM, { id }, as({ role: "resident", estate: nanqiao }))).problem,
    ).toBeNull();
    expect(codes(await query(PROBLEM, { id }))).toEqual(["UNAUTHENTICATED"]);
    const entities = await query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Problem { id text } } }`,
      { r: [{ __typename: "Problem", id }] },
      manager(shunan),
    );
    expect(entities.data).toEqual({ _entities: [null] });
  });

  it("flags a problem overdue when it is unanswered after its due time, and not once answered", async () => {
    const waiting = await problemIn("IN_PROGRESS");
    const answered = await problemIn("ANSWERED");
    await database.db.execute(
      sql`UPDATE problems SET due_at = now() - interval '1 hour' WHERE id IN (${waiting}::uuid, ${answered}::uuid)`,
    );
    const overdue = async (id: string) =>
      ok<{ problem: { overdue: boolean } }>(await query(PROBLEM, { id }, actor)).problem.overdue;
    expect(await overdue(waiting)).toBe(true);
    expect(await overdue(answered)).toBe(false);
    expect(await overdue(await report())).toBe(false);
  });
});

describe("queues and walls", () => {
  const QUEUE = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on PropertyCompany { assignedProblems(first: 100) { edges { node { id status reporterName } } } }
  } }`;

  it("lists a problem assigned to a company in that company's queue, for its own manager only", async () => {
    const id = await problemIn("ASSIGNED");
    const mine = ok<{ _entities: { assignedProblems: { edges: { node: { id: string } }[] } }[] }>(
      await query(QUEUE, { r: [{ __typename: "PropertyCompany", id: jiaqing }] }, manager()),
    );
    expect(mine._entities[0]?.assignedProblems.edges.map((e) => e.node.id)).toContain(id);
    const other = await query(QUEUE, { r: [{ __typename: "PropertyCompany", id: jiaqing }] }, manager(shunan));
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    const theirs = ok<{ _entities: { assignedProblems: { edges: { node: { id: string } }[] } }[] }>(
      await query(QUEUE, { r: [{ __typename: "PropertyCompany", id: shunan }] }, manager(shunan)),
    );
    expect(theirs._entities[0]?.assignedProblems.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it("pages through a branch's queue oldest first, each problem once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await report(actor, { category: "ILLEGAL_CONSTRUCTION" }));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        partyBranch: {
          assignedProblems: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = ok(
        await query(
          `query ($id: ID!, $after: String) { partyBranch(id: $id) { assignedProblems(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
          { id: nanqiaoBranch, after },
          secretary(),
        ),
      );
      seen.push(...page.partyBranch.assignedProblems.edges.map((e) => e.node.id));
      after = page.partyBranch.assignedProblems.pageInfo.hasNextPage
        ? page.partyBranch.assignedProblems.pageInfo.endCursor
        : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
  });

  it("shows the answer on the public echo wall under the company, with no name and phone numbers masked", async () => {
    const id = await report(as({ role: "resident", estate: nanqiao }), {
      text: "车库入口被堵，请联系我 13905941234",
      reporterName: "陈美华",
      anonymous: false,
    });
    for (const [name, extra] of PATHS.RESOLVED ?? []) ok(await move(name, id, actor, extra));
    ok(await move("answer", id, manager(), { answer: "已处理，值班电话 15959420317" }));
    const wall = ok<{ echoWall: { edges: { node: Record<string, unknown> }[] } }>(
      await query(
        `query ($estate: ID) { echoWall(estateId: $estate, first: 100) { edges { node {
          id category question status answer answeredAt answeredBy { __typename ... on PropertyCompany { id } }
        } } } }`,
        { estate: nanqiao },
      ),
    );
    const entry = wall.echoWall.edges.find((e) => e.node.id === id)?.node;
    expect(entry).toMatchObject({
      question: "车库入口被堵，请联系我 139****1234",
      answer: "已处理，值班电话 159****0317",
      status: "ANSWERED",
      answeredBy: { __typename: "PropertyCompany", id: jiaqing },
    });
    expect(JSON.stringify(wall)).not.toContain("陈美华");
    expect(JSON.stringify(wall)).not.toContain("13905941234");
    // Not yet answered problems are on the problem wall, not the echo wall.
    const open = await report();
    expect(wall.echoWall.edges.some((e) => e.node.id === open)).toBe(false);
    const problemWall = ok<{ estate: { problemWall: { edges: { node: { id: string; answer: string | null } }[] } } }>(
      await query(`query ($id: ID!) { estate(id: $id) { problemWall(first: 100) { edges { node { id answer } } } } }`, {
        id: nanqiao,
      }),
    );
    expect(problemWall.estate.problemWall.edges.find((e) => e.node.id === open)?.node).toEqual({
      id: open,
      answer: null,
    });
  });
});
