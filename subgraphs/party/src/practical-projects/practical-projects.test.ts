import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, practicalProjects, practicalProjectTransitions } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

const dongmen = demoId("estate", "东门顺安");
const dongmenBranch = demoId("branch", "东门顺安小区党支部");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `project-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: dongmenBranch });
const otherSecretary = as({ role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") });
const resident = as({ role: "resident", estate: dongmen });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const ok = <T>(result: Result): T => {
  expect(result.errors).toBeUndefined();
  return result.data as T;
};

const CREATE = `mutation ($input: CreatePracticalProjectInput!) { createPracticalProject(input: $input) { id status progress } }`;
const PROGRESS = `mutation ($input: UpdatePracticalProjectProgressInput!) {
  updatePracticalProjectProgress(input: $input) { id status progress completedOn }
}`;
const COMPLETE = `mutation ($input: CompletePracticalProjectInput!) {
  completePracticalProject(input: $input) { id status progress completedOn history { from to progress } }
}`;

let titles = 0;
async function create(caller: Caller = ownSecretary, estateId = dongmen): Promise<string> {
  const data = ok<{ createPracticalProject: { id: string } }>(
    await query(
      CREATE,
      { input: { estateId, title: `单元门禁更换 ${++titles}`, description: "更换全部单元门禁。", year: 2025 } },
      caller,
    ),
  );
  return data.createPracticalProject.id;
}
const progress = (projectId: string, value: number, caller: Caller = ownSecretary) =>
  query(PROGRESS, { input: { projectId, progress: value } }, caller);
const complete = (projectId: string, completedOn = "2025-06-30", caller: Caller = ownSecretary) =>
  query(COMPLETE, { input: { projectId, completedOn } }, caller);
const row = async (id: string) =>
  (await database.db.select().from(practicalProjects).where(eq(practicalProjects.id, id)))[0]!;
const history = async (id: string) =>
  (
    await database.db
      .select()
      .from(practicalProjectTransitions)
      .where(eq(practicalProjectTransitions.projectId, id))
      .orderBy(practicalProjectTransitions.seq)
  ).map((t) => ({ from: t.fromStatus, to: t.toStatus, progress: t.progress }));

describe("practical projects (新年开门办一件实事)", () => {
  it("moves PLANNED → IN_PROGRESS → DONE and records every move in the history", async () => {
    const id = await create();
    expect(
      ok<{ updatePracticalProjectProgress: unknown }>(await progress(id, 30)).updatePracticalProjectProgress,
    ).toEqual({ id, status: "IN_PROGRESS", progress: 30, completedOn: null });
    ok(await progress(id, 80));
    expect(ok<{ completePracticalProject: unknown }>(await complete(id)).completePracticalProject).toEqual({
      id,
      status: "DONE",
      progress: 100,
      completedOn: "2025-06-30",
      history: [
        { from: null, to: "PLANNED", progress: 0 },
        { from: "PLANNED", to: "IN_PROGRESS", progress: 30 },
        { from: "IN_PROGRESS", to: "DONE", progress: 100 },
      ],
    });
    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(auditLog.occurredAt);
    expect(actions.map((a) => a.action)).toEqual([
      "createPracticalProject",
      "updatePracticalProjectProgress",
      "updatePracticalProjectProgress",
      "completePracticalProject",
    ]);
  });

  it("raises the version with every report and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const id = await create();
    expect((await row(id)).version).toBe(1);
    const VERSIONED = `mutation ($input: UpdatePracticalProjectProgressInput!) {
      updatePracticalProjectProgress(input: $input) { progress version }
    }`;
    const first = await query(VERSIONED, { input: { projectId: id, progress: 20, expectedVersion: 1 } }, ownSecretary);
    expect(ok(first)).toEqual({ updatePracticalProjectProgress: { progress: 20, version: 2 } });
    ok(await progress(id, 40));
    const before = await row(id);
    expect(before.version).toBe(3);
    const stale = await query(VERSIONED, { input: { projectId: id, progress: 60, expectedVersion: 2 } }, ownSecretary);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 3, expectedVersion: 2 });
    expect(await row(id)).toEqual(before);
    expect(await history(id)).toHaveLength(2);
  });

  it("refuses every illegal transition with INVALID_TRANSITION and changes nothing", async () => {
    const planned = await create();
    const before = await row(planned);
    expect(codes(await complete(planned))).toEqual(["INVALID_TRANSITION"]);
    expect(await row(planned)).toEqual(before);

    const done = await create();
    ok(await progress(done, 50));
    ok(await complete(done));
    const doneBefore = await row(done);
    expect(codes(await progress(done, 100))).toEqual(["INVALID_TRANSITION"]);
    expect(codes(await complete(done, "2025-07-01"))).toEqual(["INVALID_TRANSITION"]);
    expect(await row(done)).toEqual(doneBefore);
    expect(await history(planned)).toEqual([{ from: null, to: "PLANNED", progress: 0 }]);
    expect(await history(done)).toHaveLength(3);
  });

  it("refuses wrong input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const id = await create();
    ok(await progress(id, 40));
    const field = (result: Result) => result.errors?.[0]?.extensions?.field;
    const lowered = await progress(id, 20);
    expect([codes(lowered), field(lowered)]).toEqual([["BAD_USER_INPUT"], "progress"]);
    const over = await progress(id, 101);
    expect([codes(over), field(over)]).toEqual([["BAD_USER_INPUT"], "progress"]);
    const future = await complete(id, "2999-01-01");
    expect([codes(future), field(future)]).toEqual([["BAD_USER_INPUT"], "completedOn"]);
    const badYear = await query(
      CREATE,
      { input: { estateId: dongmen, title: "x", description: "y", year: 1999 } },
      partyAdmin,
    );
    expect([codes(badYear), field(badYear)]).toEqual([["BAD_USER_INPUT"], "year"]);
    const blank = await query(
      CREATE,
      { input: { estateId: dongmen, title: " ", description: "y", year: 2025 } },
      partyAdmin,
    );
    expect([codes(blank), field(blank)]).toEqual([["BAD_USER_INPUT"], "title"]);
    expect(await row(id)).toMatchObject({ status: "IN_PROGRESS", progress: 40, completedOn: null });
  });

  it("lets only the secretary of the branch covering the estate and party administrators write", async () => {
    const refused = await query(
      CREATE,
      { input: { estateId: dongmen, title: "越权", description: "不应保存", year: 2025 } },
      otherSecretary,
    );
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(
      codes(
        await query(
          CREATE,
          { input: { estateId: dongmen, title: "居民", description: "不应保存", year: 2025 } },
          resident,
        ),
      ),
    ).toEqual(["FORBIDDEN"]);
    const stored = await database.db
      .select()
      .from(practicalProjects)
      .where(sql`${practicalProjects.title} IN ('越权', '居民')`);
    expect(stored).toEqual([]);
    const id = await create(partyAdmin);
    expect(codes(await progress(id, 10, otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await complete(id, "2025-06-30", otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(await row(id)).toMatchObject({ status: "PLANNED", progress: 0 });
    expect(await history(id)).toHaveLength(1);
  });

  it("takes a client-chosen id once: the same id again is CONFLICT, also when both race", async () => {
    const id = "0000a000-0000-4000-9000-00000000abcd";
    const input = (title: string) => ({
      input: { id, estateId: dongmen, title, description: "更换路灯。", year: 2025 },
    });
    const results = await Promise.all([
      query(CREATE, input("路灯更换"), ownSecretary),
      query(CREATE, input("路灯更换 2"), partyAdmin),
    ]);
    expect(results.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    expect(codes(await query(CREATE, input("路灯更换 3"), partyAdmin))).toEqual(["CONFLICT"]);
    expect(await history(id)).toEqual([{ from: null, to: "PLANNED", progress: 0 }]);
  });

  it("lets only one of two simultaneous completions through; the other is INVALID_TRANSITION", async () => {
    const id = await create();
    ok(await progress(id, 90));
    const results = await Promise.all([complete(id, "2025-06-01"), complete(id, "2025-06-02", partyAdmin)]);
    expect(results.map(codes).sort()).toEqual([[], ["INVALID_TRANSITION"]]);
    expect((await history(id)).filter((t) => t.to === "DONE")).toHaveLength(1);
  });

  it("keeps the history append-only: the database refuses to change or delete a row", async () => {
    const id = await create();
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => "changed",
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(
      await refusal(
        database.db.execute(sql`UPDATE practical_project_transitions SET progress = 50 WHERE project_id = ${id}`),
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(database.db.execute(sql`DELETE FROM practical_project_transitions WHERE project_id = ${id}`)),
    ).toMatch(/append-only/);
    expect(await history(id)).toEqual([{ from: null, to: "PLANNED", progress: 0 }]);
  });

  it("lists an estate's projects and the county's by status as public cursor connections", async () => {
    type Page = {
      edges: { node: { title: string; status: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const estate = ok<{ estate: { practicalProjects: Page } }>(
      await query(
        `query ($id: ID!) { estate(id: $id) { practicalProjects(first: 100) { edges { node { title status } } } } }`,
        {
          id: demoId("estate", "木兰滨河"),
        },
      ),
    );
    expect(estate.estate.practicalProjects.edges.map((e) => e.node)).toEqual([
      { title: "加装电动车充电桩", status: "DONE" },
    ]);

    const LIST = `query ($after: String) { practicalProjects(status: DONE, first: 1, after: $after) {
      edges { node { title status estate { name } } } pageInfo { hasNextPage endCursor } } }`;
    const first = ok<{ practicalProjects: Page }>(await query(LIST, {}));
    expect(first.practicalProjects.edges).toHaveLength(1);
    expect(first.practicalProjects.pageInfo.hasNextPage).toBe(true);
    const titlesSeen = [first.practicalProjects.edges[0]!.node.title];
    let after: string | null = first.practicalProjects.pageInfo.endCursor;
    while (after) {
      const next: { practicalProjects: Page } = ok(await query(LIST, { after }));
      titlesSeen.push(...next.practicalProjects.edges.map((e) => e.node.title));
      after = next.practicalProjects.pageInfo.hasNextPage ? next.practicalProjects.pageInfo.endCursor : null;
    }
    expect(titlesSeen).toEqual(expect.arrayContaining(["加装电动车充电桩", "楼道照明改造"]));
    expect(titlesSeen).not.toContain("老旧水管更换");
    expect(codes(await query(LIST, { after: "forged" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await query(`{ practicalProjects(first: 101) { edges { cursor } } }`))).toEqual(["BAD_USER_INPUT"]);
  });
});
