import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, evaluationRecords, partyMemberStars } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

const member = (key: string) => demoId("member", key);
const estate = (name: string) => demoId("estate", name);
const branch = (name: string) => demoId("branch", name);
// 陈秀英 (in service, 南桥锦福家园) has no demo records: the index tests build hers from nothing.
const xiuying = member("南桥锦福家园/陈秀英");
const nanqiao = estate("南桥锦福家园");
// 李美玲 (in service, 木兰滨河) has three verified demo records for 2024 and a stairwell post since 2019.
const meiling = member("木兰滨河/李美玲");
// 徐晓燕 (in service, 木兰乐园) is the star candidate with a failing evaluation.
const xiaoyan = member("木兰乐园/徐晓燕");
const quanan = demoId("unit", "全安消防技术有限公司");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `recognition-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const nanqiaoSecretary = as({ role: "branch_secretary", branch: branch("南桥锦福家园小区党支部") });
const mulanSecretary = as({ role: "branch_secretary", branch: branch("木兰滨河小区党支部") });
const lerenSecretary = as({ role: "branch_secretary", branch: branch("木兰乐园小区党支部") });
const nanqiaoResident = as({ role: "resident", estate: nanqiao });
// Residents see the members of their own estate only: a neighbour of the member, not entitled to more.
const mulanResident = as({ role: "resident", estate: estate("木兰滨河") });
const dongmenResident = as({ role: "resident", estate: estate("东门顺安") });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;

const RECORD = `mutation ($input: RecordEvaluationInput!) { recordEvaluation(input: $input) {
  id kind period result text recordedOn verified verifiedAt member { name } unit { id } estate { name }
} }`;
const VERIFY = `mutation ($id: ID!) { verifyEvaluation(input: { recordId: $id }) { id verified verifiedAt } }`;
const AWARD = `mutation ($memberId: ID!, $year: Int!) { awardPartyMemberStar(input: { memberId: $memberId, year: $year }) {
  year score awardedOn member { name }
} }`;
const INDEX = `query ($id: ID!, $year: Int) { partyMember(id: $id) { aspirationIndex(year: $year) {
  year score evaluationPoints deliberationPoints disclosurePoints gridPostPoints verifiedRecords hasFailingEvaluation
} } }`;
const EVALUATIONS = `query ($id: ID!) { partyMember(id: $id) { evaluations(first: 100) {
  edges { node { kind verified text } } pageInfo { hasNextPage }
} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  input: {
    memberId: xiuying,
    estateId: nanqiao,
    kind: "ORGANIZATION_EVALUATION",
    period: "2024",
    result: "EXCELLENT",
    text: "带头认领楼道照明改造，按期完成。",
    recordedOn: "2024-12-20",
    ...overrides,
  },
});

async function recorded(overrides: Record<string, unknown>, caller: Caller = partyAdmin): Promise<string> {
  const result = await query<{ recordEvaluation: { id: string } }>(RECORD, input(overrides), caller);
  expect(result.errors).toBeUndefined();
  return result.data!.recordEvaluation.id;
}

const indexOf = async (id: string, year: number) => {
  const result = await query<{ partyMember: { aspirationIndex: Record<string, unknown> } }>(
    INDEX,
    { id, year },
    partyAdmin,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.partyMember.aspirationIndex;
};
const recordsOf = (memberId: string) =>
  database.db.select().from(evaluationRecords).where(eq(evaluationRecords.memberId, memberId));

describe("两评两议两公开 records", () => {
  it("records an evaluation unverified, and the estate's secretary verifies it once: a second time is INVALID_TRANSITION", async () => {
    const result = await query(RECORD, input({ period: "2023" }), nanqiaoSecretary);
    expect(result.errors).toBeUndefined();
    const record = result.data?.recordEvaluation as Record<string, unknown>;
    expect(record).toMatchObject({
      kind: "ORGANIZATION_EVALUATION",
      period: "2023",
      result: "EXCELLENT",
      recordedOn: "2024-12-20",
      verified: false,
      verifiedAt: null,
      member: { name: "陈秀英" },
      unit: null,
      estate: { name: "南桥锦福家园" },
    });
    const verified = await query(VERIFY, { id: record.id }, nanqiaoSecretary);
    expect(verified.data?.verifyEvaluation).toMatchObject({ verified: true });
    expect(codes(await query(VERIFY, { id: record.id }, partyAdmin))).toEqual(["INVALID_TRANSITION"]);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, record.id as string));
    expect(audit.map((row) => row.action)).toEqual(["recordEvaluation", "verifyEvaluation"]);
  });

  it("takes a client-chosen id once: the same id again is CONFLICT, storing nothing more", async () => {
    const id = "0000e000-0000-4000-8000-000000000001";
    expect((await query(RECORD, input({ id, period: "2019" }), partyAdmin)).errors).toBeUndefined();
    const again = await query(RECORD, input({ id, period: "2020" }), partyAdmin);
    expect(codes(again)).toEqual(["CONFLICT"]);
    const rows = await database.db.select().from(evaluationRecords).where(eq(evaluationRecords.id, id));
    expect(rows.map((row) => row.period)).toEqual(["2019"]);
  });

  it("records a disclosure on an embedded unit, without a result", async () => {
    const result = await query(
      RECORD,
      input({
        memberId: null,
        unitId: quanan,
        kind: "COMMITMENT_DISCLOSURE",
        result: null,
        text: "承诺：每季度消防检查。",
      }),
      nanqiaoSecretary,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordEvaluation).toMatchObject({ member: null, unit: { id: quanan }, result: null });
  });

  it("refuses wrong input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const before = (await recordsOf(xiuying)).length;
    const refusals: [Record<string, unknown>, string][] = [
      [{ result: null }, "result"],
      [{ kind: "PERFORMANCE_DISCLOSURE" }, "result"],
      [{ unitId: quanan }, "memberId"],
      [{ memberId: null }, "memberId"],
      [{ period: "2024-H3" }, "period"],
      [{ period: "2999" }, "period"],
      [{ recordedOn: "2999-01-01" }, "recordedOn"],
      [{ text: " " }, "text"],
      [{ estateId: "not-an-id" }, "estateId"],
      // 吴建平 is a registered member: the records are for in-service members.
      [{ memberId: member("木兰滨河/吴建平"), estateId: estate("木兰滨河") }, "memberId"],
      // 陈秀英 lives in 南桥锦福家园, not 东门顺安.
      [{ estateId: estate("东门顺安") }, "estateId"],
    ];
    for (const [overrides, field] of refusals) {
      const result = await query(RECORD, input(overrides), partyAdmin);
      expect([codes(result), fieldOf(result)]).toEqual([["BAD_USER_INPUT"], field]);
    }
    expect(await recordsOf(xiuying)).toHaveLength(before);
  });

  it("refuses other branches' secretaries, residents and the public, storing and verifying nothing", async () => {
    const before = (await recordsOf(xiuying)).length;
    expect(codes(await query(RECORD, input(), mulanSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(RECORD, input(), nanqiaoResident))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(RECORD, input()))).toEqual(["UNAUTHENTICATED"]);
    expect(await recordsOf(xiuying)).toHaveLength(before);

    const id = await recorded({ period: "2022" });
    expect(codes(await query(VERIFY, { id }, mulanSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(VERIFY, { id: demoId("evaluation", "none") }, partyAdmin))).toEqual(["NOT_FOUND"]);
    const [row] = await database.db.select().from(evaluationRecords).where(eq(evaluationRecords.id, id));
    expect(row?.verifiedAt).toBeNull();
  });

  it("shows a member's evaluations to the member's secretary, and only verified disclosures to other callers", async () => {
    const own = await query<{ partyMember: { evaluations: { edges: { node: { kind: string } }[] } } }>(
      EVALUATIONS,
      { id: meiling },
      mulanSecretary,
    );
    expect(own.data?.partyMember.evaluations.edges.map((edge) => edge.node.kind)).toEqual([
      "ORGANIZATION_EVALUATION",
      "RESIDENT_EVALUATION",
      "COMMITMENT_DISCLOSURE",
    ]);
    const other = await query(EVALUATIONS, { id: meiling }, nanqiaoSecretary);
    expect(other.data).toEqual({
      partyMember: {
        evaluations: {
          edges: [
            {
              node: {
                kind: "COMMITMENT_DISCLOSURE",
                verified: true,
                text: "承诺：每季度为本楼道居民开展一次消防检查。",
              },
            },
          ],
          pageInfo: { hasNextPage: false },
        },
      },
    });
    // 黄丽萍's only disclosure is unverified: nobody but entitled readers sees it.
    const unverified = await query(EVALUATIONS, { id: member("东门顺安/黄丽萍") }, dongmenResident);
    expect(unverified.data).toEqual({ partyMember: { evaluations: { edges: [], pageInfo: { hasNextPage: false } } } });
  });

  it("contributes Unit.evaluations: verified disclosures to the public, everything to the unit's liaison", async () => {
    const UNIT = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Unit { evaluations(first: 10) { edges { node { kind result estate { name } } } } }
    } }`;
    const reps = {
      reps: [
        { __typename: "Unit", id: demoId("unit", "顺安工程有限公司") },
        { __typename: "Unit", id: quanan },
      ],
    };
    const anonymous = await query<{ _entities: { evaluations: { edges: { node: { kind: string } }[] } }[] }>(
      UNIT,
      reps,
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?._entities.map((unit) => unit.evaluations.edges.map((edge) => edge.node.kind))).toEqual([
      [],
      ["PERFORMANCE_DISCLOSURE"],
    ]);
    const liaison = await query<{ _entities: { evaluations: { edges: { node: { kind: string } }[] } }[] }>(
      UNIT,
      reps,
      as({ role: "unit_liaison", unit: quanan }),
    );
    expect(liaison.data?._entities[1]?.evaluations.edges.map((edge) => edge.node.kind)).toEqual(
      expect.arrayContaining(["ORGANIZATION_EVALUATION", "PERFORMANCE_DISCLOSURE"]),
    );
  });
});

describe("初心指数 (aspiration index)", () => {
  it("counts verified records only, by the published points, and months held in grid posts", async () => {
    // 李美玲's demo 2024: 优秀 10 + 良好 6 + a disclosure 2, and her stairwell post all year: 12.
    expect(await indexOf(meiling, 2024)).toEqual({
      year: 2024,
      score: 30,
      evaluationPoints: 16,
      deliberationPoints: 0,
      disclosurePoints: 2,
      gridPostPoints: 12,
      verifiedRecords: 3,
      hasFailingEvaluation: false,
    });

    const empty = await indexOf(xiuying, 2021);
    expect(empty).toMatchObject({ score: 0, verifiedRecords: 0 });
    const good = await recorded({ period: "2021-H1", result: "GOOD" });
    const deliberation = await recorded({ period: "2021-H2", kind: "REPORT_DELIBERATION", result: null });
    await recorded({ period: "2021", kind: "PERFORMANCE_DISCLOSURE", result: null });
    // Unverified, nothing counts yet.
    expect(await indexOf(xiuying, 2021)).toEqual(empty);
    await query(VERIFY, { id: good }, partyAdmin);
    await query(VERIFY, { id: deliberation }, partyAdmin);
    expect(await indexOf(xiuying, 2021)).toMatchObject({
      score: 10,
      evaluationPoints: 6,
      deliberationPoints: 4,
      disclosurePoints: 0,
      verifiedRecords: 2,
    });
    // Another year's records are not this year's.
    expect(await indexOf(xiuying, 2020)).toMatchObject({ score: 0 });
  });

  it("is shown only to the readers of the member's evaluations: FORBIDDEN on the field for others", async () => {
    const own = await query(INDEX, { id: meiling, year: 2024 }, mulanSecretary);
    expect(own.errors).toBeUndefined();
    for (const caller of [nanqiaoSecretary, mulanResident]) {
      const other = await query(INDEX, { id: meiling, year: 2024 }, caller);
      expect(codes(other)).toEqual(["FORBIDDEN"]);
      expect(other.data).toEqual({ partyMember: { aspirationIndex: null } });
    }
  });

  it("refuses a year outside 2000–2100 with BAD_USER_INPUT", async () => {
    const result = await query(INDEX, { id: meiling, year: 1999 }, partyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("computes the index of a page of members in as many statements as that of one", async () => {
    const count = async (first: number) => {
      const before = database.statements();
      const result = await query(
        `query ($id: ID!, $first: Int) { estate(id: $id) { partyMembers(first: $first) {
          edges { node { name aspirationIndex(year: 2024) { score } partyMemberStars { year } } }
        } } }`,
        { id: estate("木兰滨河"), first },
        partyAdmin,
      );
      expect(result.errors).toBeUndefined();
      return database.statements() - before;
    };
    expect(await count(3)).toBe(await count(1));
  });
});

describe("党员之星 (party member star)", () => {
  it("publishes its rule", async () => {
    const result = await query(`{ partyMemberStarRule { minScore noFailingEvaluation description } }`);
    expect(result.data?.partyMemberStarRule).toMatchObject({ minScore: 30, noFailingEvaluation: true });
  });

  it("awards a qualifying member once for a year: a second star is CONFLICT", async () => {
    const awarded = await query(AWARD, { memberId: meiling, year: 2024 }, mulanSecretary);
    expect(awarded.errors).toBeUndefined();
    expect(awarded.data?.awardPartyMemberStar).toMatchObject({ year: 2024, score: 30, member: { name: "李美玲" } });
    expect(codes(await query(AWARD, { memberId: meiling, year: 2024 }, partyAdmin))).toEqual(["CONFLICT"]);
    const stars = await query(
      `query ($id: ID!) { partyMember(id: $id) { partyMemberStars { year score } } }`,
      {
        id: meiling,
      },
      partyAdmin,
    );
    expect(stars.data).toEqual({ partyMember: { partyMemberStars: [{ year: 2024, score: 30 }] } });
  });

  it("refuses a member below the threshold or with a failing evaluation with NOT_QUALIFIED, storing nothing", async () => {
    const low = await query(AWARD, { memberId: meiling, year: 2023 }, mulanSecretary);
    expect(codes(low)).toEqual(["NOT_QUALIFIED"]);

    // 徐晓燕: three verified 优秀 (30 points) but one verified 不合格.
    const ids = [];
    for (const kind of ["ORGANIZATION_EVALUATION", "RESIDENT_EVALUATION", "ORGANIZATION_EVALUATION"]) {
      ids.push(
        await recorded({ memberId: xiaoyan, estateId: estate("木兰乐园"), kind, period: "2024-H1" }, lerenSecretary),
      );
    }
    ids.push(
      await recorded(
        {
          memberId: xiaoyan,
          estateId: estate("木兰乐园"),
          kind: "RESIDENT_EVALUATION",
          period: "2024-H2",
          result: "FAIL",
        },
        lerenSecretary,
      ),
    );
    for (const id of ids) expect((await query(VERIFY, { id }, lerenSecretary)).errors).toBeUndefined();
    expect(await indexOf(xiaoyan, 2024)).toMatchObject({ score: 30, hasFailingEvaluation: true });
    const failing = await query(AWARD, { memberId: xiaoyan, year: 2024 }, lerenSecretary);
    expect(codes(failing)).toEqual(["NOT_QUALIFIED"]);
    const stars = await database.db.select().from(partyMemberStars).where(eq(partyMemberStars.memberId, xiaoyan));
    expect(stars).toEqual([]);
  });

  it("refuses other branches' secretaries and wrong years", async () => {
    expect(codes(await query(AWARD, { memberId: meiling, year: 2022 }, nanqiaoSecretary))).toEqual(["FORBIDDEN"]);
    const future = await query(AWARD, { memberId: meiling, year: 2999 }, partyAdmin);
    expect([codes(future), fieldOf(future)]).toEqual([["BAD_USER_INPUT"], "year"]);
    expect(codes(await query(AWARD, { memberId: demoId("member", "nobody"), year: 2024 }, partyAdmin))).toEqual([
      "NOT_FOUND",
    ]);
  });
});
