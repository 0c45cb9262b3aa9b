import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, branchStageTransitions, partyBranches } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `branch-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const signedIn = as({ role: "resident", estate: demoId("estate", "木兰滨河") });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const ADVANCE = `mutation ($input: AdvanceBranchStageInput!) {
  advanceBranchStage(input: $input) { stage coveredOn maturedOn establishedOn stageHistory { from to reachedOn } }
}`;
const advance = (branchId: string, to: string, reachedOn: string, caller: Caller = partyAdmin) =>
  query(ADVANCE, { input: { branchId, to, reachedOn } }, caller);
const branchRow = async (id: string) =>
  (await database.db.select().from(partyBranches).where(eq(partyBranches.id, id)))[0]!;
const stageHistory = (id: string) =>
  database.db.select().from(branchStageTransitions).where(eq(branchStageTransitions.branchId, id));

describe("branch stages", () => {
  const shigushan = demoId("branch", "仙安石鼓山小区党支部"); // COVERED since 2022-01-15

  it("refuses a skipped, repeated or backward stage with INVALID_TRANSITION and changes nothing", async () => {
    const before = await branchRow(shigushan);
    for (const to of ["ESTABLISHED", "COVERED", "NEW"]) {
      expect(codes(await advance(shigushan, to, "2023-01-01")), to).toEqual(["INVALID_TRANSITION"]);
    }
    const established = demoId("branch", "木兰滨河小区党支部");
    const estBefore = await branchRow(established);
    expect(codes(await advance(established, "ESTABLISHED", "2023-01-01"))).toEqual(["INVALID_TRANSITION"]);
    expect(await branchRow(shigushan)).toEqual(before);
    expect(await branchRow(established)).toEqual(estBefore);
    expect(await stageHistory(shigushan)).toHaveLength(0);
  });

  it("refuses a date before the previous stage's or in the future with BAD_USER_INPUT", async () => {
    expect(codes(await advance(shigushan, "MATURE", "2021-12-31"))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await advance(shigushan, "MATURE", "2999-01-01"))).toEqual(["BAD_USER_INPUT"]);
    expect((await branchRow(shigushan)).stage).toBe("COVERED");
  });

  it("moves forward one stage at a time with its date and records each move in the history", async () => {
    const { version } = await branchRow(shigushan);
    const mature = await advance(shigushan, "MATURE", "2023-06-01");
    expect(mature.errors).toBeUndefined();
    const established = await advance(shigushan, "ESTABLISHED", "2024-06-01");
    expect(established.errors).toBeUndefined();
    expect(established.data?.advanceBranchStage).toEqual({
      stage: "ESTABLISHED",
      coveredOn: "2022-01-15",
      maturedOn: "2023-06-01",
      establishedOn: "2024-06-01",
      stageHistory: [
        { from: "COVERED", to: "MATURE", reachedOn: "2023-06-01" },
        { from: "MATURE", to: "ESTABLISHED", reachedOn: "2024-06-01" },
      ],
    });
    expect((await branchRow(shigushan)).version).toBe(version + 2);
  });

  it("is the party administrator's alone", async () => {
    const branch = demoId("branch", "木兰乐园小区党支部");
    const own = as({ role: "branch_secretary", branch });
    expect(codes(await advance(branch, "ESTABLISHED", "2024-01-01", own))).toEqual(["FORBIDDEN"]);
    expect((await branchRow(branch)).stage).toBe("MATURE");
  });
});

describe("secretaries, coverage, work units and grid leaders", () => {
  it("names each branch's secretary and background as the report describes", async () => {
    const result = await query<{ partyBranch: unknown }>(
      `query ($id: ID!) { partyBranch(id: $id) { name secretaryBackground secretary { name } } }`,
      { id: demoId("branch", "木兰滨河小区党支部") },
      signedIn,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.partyBranch).toEqual({
      name: "木兰滨河小区党支部",
      secretaryBackground: "RETIRED_CADRE",
      secretary: { name: "吴建平" },
    });
    const backgrounds = Object.fromEntries(
      await Promise.all(
        ["南桥锦福家园小区党支部", "东门顺安小区党支部", "木兰乐园小区党支部", "洪桥社区小区联合党支部"].map(
          async (name) => {
            const r = await query<{ partyBranch: { secretaryBackground: string } }>(
              `query ($id: ID!) { partyBranch(id: $id) { secretaryBackground } }`,
              { id: demoId("branch", name) },
            );
            return [name, r.data?.partyBranch.secretaryBackground];
          },
        ),
      ),
    );
    expect(backgrounds).toEqual({
      南桥锦福家园小区党支部: "SERVING_CADRE",
      东门顺安小区党支部: "SERVING_CADRE",
      木兰乐园小区党支部: "RETIRED_CADRE",
      洪桥社区小区联合党支部: "COMMUNITY_WORKER",
    });
  });

  it("shows the secretary, a party member, to signed-in callers only", async () => {
    const result = await query(`query ($id: ID!) { partyBranch(id: $id) { name secretary { name } } }`, {
      id: demoId("branch", "木兰滨河小区党支部"),
    });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });

  it("states both coverages of an estate as facts", async () => {
    const result = await query<{ a: unknown; b: unknown }>(
      `query ($a: ID!, $b: ID!) {
        a: estate(id: $a) { organizationCovered workCovered workCoveredOn }
        b: estate(id: $b) { organizationCovered workCovered workCoveredOn }
      }`,
      { a: demoId("estate", "木兰滨河"), b: demoId("estate", "洪桥新村") },
    );
    expect(result.data).toEqual({
      a: { organizationCovered: true, workCovered: true, workCoveredOn: "2017-07-01" },
      b: { organizationCovered: true, workCovered: false, workCoveredOn: null },
    });
  });

  it("gives an in-service member's work unit by reference, and grid posts with their four duties", async () => {
    const result = await query<{ partyMember: unknown }>(
      `query ($id: ID!) { partyMember(id: $id) { name workUnit { id } gridPosts { role area duties estate { name } } } }`,
      { id: demoId("member", "木兰滨河/李美玲") },
      signedIn,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.partyMember).toEqual({
      name: "李美玲",
      workUnit: { id: demoId("unit", "全安消防技术有限公司") },
      gridPosts: [
        {
          role: "STAIRWELL_CHIEF",
          area: "2 幢 1 单元",
          duties: ["INFORMANT", "POLICY_PROMOTER", "MEDIATOR", "CIVILITY_PROMOTER"],
          estate: { name: "木兰滨河" },
        },
      ],
    });
  });

  it("resolves a living room by reference, with its estate and the branch that runs it", async () => {
    const id = demoId("livingRoom", "木兰滨河");
    const result = await query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LivingRoom { name estate { name } branch { name } functions } } }`,
      { r: [{ __typename: "LivingRoom", id }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        name: "木兰滨河睦邻客厅",
        estate: { name: "木兰滨河" },
        branch: { name: "木兰滨河小区党支部" },
        functions: [
          "PARTY_ACTIVITIES",
          "DELIBERATION",
          "PROBLEM_WALL",
          "ECHO_WALL",
          "DISPUTE_MEDIATION",
          "RED_PROXY_DESK",
        ],
      },
    ]);
  });
});

describe("branch secretaries (书记)", () => {
  const shigushan = demoId("branch", "仙安石鼓山小区党支部");
  const SET = `mutation ($input: SetBranchSecretaryInput!) {
    setBranchSecretary(input: $input) { id secretaryBackground secretary { name } }
  }`;
  const set = (memberId: string, caller: Caller = partyAdmin, branchId = shigushan) =>
    query(SET, { input: { branchId, memberId, background: "RETIRED_CADRE" } }, caller);

  it("names one of the branch's own members as its secretary, with the background, audited", async () => {
    const result = await set(demoId("member", "仙安石鼓山/王永福"));
    expect(result.errors).toBeUndefined();
    expect(result.data?.setBranchSecretary).toEqual({
      id: shigushan,
      secretaryBackground: "RETIRED_CADRE",
      secretary: { name: "王永福" },
    });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, shigushan));
    expect(audit.filter((row) => row.action === "setBranchSecretary")).toHaveLength(1);
  });

  it("refuses a member of another branch, an unknown branch and callers other than party administrators", async () => {
    const before = await branchRow(shigushan);
    const outsider = await set(demoId("member", "东门顺安/方振东"));
    expect([codes(outsider), outsider.errors?.[0]?.extensions?.field]).toEqual([["BAD_USER_INPUT"], "memberId"]);
    expect(
      codes(await set(demoId("member", "仙安石鼓山/陈阿娇"), as({ role: "branch_secretary", branch: shigushan }))),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await set(demoId("member", "仙安石鼓山/陈阿娇"), signedIn))).toEqual(["FORBIDDEN"]);
    expect(
      codes(await set(demoId("member", "仙安石鼓山/陈阿娇"), partyAdmin, "0000e000-0000-4000-8000-000000000001")),
    ).toEqual(["NOT_FOUND"]);
    expect(await branchRow(shigushan)).toEqual(before);
  });

  it("raises the branch's version and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: SetBranchSecretaryInput!) { setBranchSecretary(input: $input) { secretary { name } version } }`;
    const versioned = (memberId: string, expectedVersion: number) =>
      query(VERSIONED, { input: { branchId: shigushan, memberId, background: "OTHER", expectedVersion } }, partyAdmin);
    const start = await branchRow(shigushan);
    const named = await versioned(demoId("member", "仙安石鼓山/陈阿娇"), start.version);
    expect(named.errors).toBeUndefined();
    expect(named.data?.setBranchSecretary).toEqual({ secretary: { name: "陈阿娇" }, version: start.version + 1 });
    const before = await branchRow(shigushan);
    const audits = (await database.db.select().from(auditLog)).length;
    const stale = await versioned(demoId("member", "仙安石鼓山/王永福"), start.version);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      currentVersion: start.version + 1,
      expectedVersion: start.version,
    });
    expect(await branchRow(shigushan)).toEqual(before);
    expect(await database.db.select().from(auditLog)).toHaveLength(audits);
  });
});
