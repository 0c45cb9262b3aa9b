import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, gridLeaderPosts } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, sampleCounty()));
const query = database.query;

const member = (key: string) => demoId("member", key);
const estate = (name: string) => demoId("estate", name);
const mulan = estate("木兰滨河");
// 蔡文辉 and 吴建平 live in 木兰滨河 and belong to its branch; 蔡文辉 holds 4 幢's building post.
const wenhui = member("木兰滨河/蔡文辉");
const jianping = member("木兰滨河/吴建平");
const wenhuiPost = demoId("gridPost", "木兰滨河/BUILDING_CHIEF/4 幢");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `grid-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") });
const otherSecretary = as({ role: "branch_secretary", branch: demoId("branch", "东门顺安小区党支部") });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;

const ASSIGN = `mutation ($input: AssignGridPostInput!) { assignGridPost(input: $input) {
  id role area since endedOn duties estate { name } member { name }
} }`;
const END = `mutation ($input: EndGridPostInput!) { endGridPost(input: $input) { id endedOn } }`;
const POSTS = `query ($id: ID!, $ended: Boolean) { partyMember(id: $id) { gridPosts(includeEnded: $ended) { area endedOn } } }`;
const FIGURE = `query ($id: ID!) { estate(id: $id) { partyFigures { gridLeaders } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  input: {
    memberId: jianping,
    estateId: mulan,
    role: "BUILDING_CHIEF",
    area: "6 幢",
    since: "2024-01-01",
    ...overrides,
  },
});
const openPosts = (area: string) =>
  database.db
    .select()
    .from(gridLeaderPosts)
    .where(and(eq(gridLeaderPosts.estateId, mulan), eq(gridLeaderPosts.area, area), isNull(gridLeaderPosts.endedOn)));
const gridLeaders = async () =>
  (await query<{ estate: { partyFigures: { gridLeaders: number } } }>(FIGURE, { id: mulan })).data?.estate.partyFigures
    .gridLeaders ?? -1;

describe("grid leader posts (党员楼栋长/楼道长/街巷长)", () => {
  it("assigns a post with the four duties, audited, and counts it among the estate's grid leaders", async () => {
    const before = await gridLeaders();
    const result = await query(ASSIGN, input(), ownSecretary);
    expect(result.errors).toBeUndefined();
    const post = result.data?.assignGridPost as Record<string, unknown>;
    expect(post).toMatchObject({
      role: "BUILDING_CHIEF",
      area: "6 幢",
      since: "2024-01-01",
      endedOn: null,
      duties: ["INFORMANT", "POLICY_PROMOTER", "MEDIATOR", "CIVILITY_PROMOTER"],
      estate: { name: "木兰滨河" },
      member: { name: "吴建平" },
    });
    expect(await gridLeaders()).toBe(before + 1);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, post.id as string));
    expect(audit.map((row) => row.action)).toEqual(["assignGridPost"]);
  });

  it("answers CONFLICT for an area with an open post of that role, storing nothing", async () => {
    const result = await query(ASSIGN, input({ memberId: jianping, area: "4 幢", since: "2024-02-01" }), partyAdmin);
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect((await openPosts("4 幢")).map((post) => post.memberId)).toEqual([wenhui]);
  });

  it("ends a post: it leaves the member's open posts and the figure, the area takes a new chief, ending twice is INVALID_TRANSITION", async () => {
    const before = await gridLeaders();
    const ended = await query(END, { input: { postId: wenhuiPost, endedOn: "2024-06-30" } }, ownSecretary);
    expect(ended.data?.endGridPost).toEqual({ id: wenhuiPost, endedOn: "2024-06-30" });
    expect(await gridLeaders()).toBe(before - 1);
    expect((await query(POSTS, { id: wenhui })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await query(POSTS, { id: wenhui }, partyAdmin)).data).toEqual({ partyMember: { gridPosts: [] } });
    expect((await query(POSTS, { id: wenhui, ended: true }, partyAdmin)).data).toEqual({
      partyMember: { gridPosts: [{ area: "4 幢", endedOn: "2024-06-30" }] },
    });
    expect(codes(await query(END, { input: { postId: wenhuiPost, endedOn: "2024-07-01" } }, partyAdmin))).toEqual([
      "INVALID_TRANSITION",
    ]);
    // Held 2024-01-01 to 2024-06-30: six whole months of 2024 count towards his aspiration index.
    const index = await query(
      `query ($id: ID!) { partyMember(id: $id) { aspirationIndex(year: 2024) { gridPostPoints } } }`,
      { id: wenhui },
      partyAdmin,
    );
    expect(index.data).toEqual({ partyMember: { aspirationIndex: { gridPostPoints: 6 } } });

    const reassigned = await query(ASSIGN, input({ area: "4 幢", since: "2024-07-01" }), ownSecretary);
    expect(reassigned.errors).toBeUndefined();
    expect((await openPosts("4 幢")).map((post) => post.memberId)).toEqual([jianping]);
    expect(await gridLeaders()).toBe(before);
  });

  it("refuses wrong input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ area: " " }, "area"],
      [{ since: "2999-01-01" }, "since"],
      [{ duties: ["INFORMANT", "MEDIATOR"] }, "duties"],
      [{ memberId: "nope" }, "memberId"],
      // 黄丽萍 lives in 东门顺安 and belongs to no branch: she cannot lead a 木兰滨河 building.
      [{ memberId: member("东门顺安/黄丽萍") }, "memberId"],
    ];
    for (const [overrides, field] of refusals) {
      const result = await query(ASSIGN, input({ area: "9 幢", ...overrides }), partyAdmin);
      expect([codes(result), fieldOf(result)]).toEqual([["BAD_USER_INPUT"], field]);
    }
    expect(await openPosts("9 幢")).toEqual([]);

    const post = demoId("gridPost", "木兰滨河/STAIRWELL_CHIEF/2 幢 1 单元");
    const early = await query(END, { input: { postId: post, endedOn: "2019-01-01" } }, partyAdmin);
    expect([codes(early), fieldOf(early)]).toEqual([["BAD_USER_INPUT"], "endedOn"]);
    const future = await query(END, { input: { postId: post, endedOn: "2999-01-01" } }, partyAdmin);
    expect([codes(future), fieldOf(future)]).toEqual([["BAD_USER_INPUT"], "endedOn"]);
    expect(await openPosts("2 幢 1 单元")).toHaveLength(1);
  });

  it("refuses other branches' secretaries, residents and the public, changing nothing", async () => {
    const post = demoId("gridPost", "木兰滨河/STAIRWELL_CHIEF/2 幢 1 单元");
    expect(codes(await query(ASSIGN, input({ area: "8 幢" }), otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(ASSIGN, input({ area: "8 幢" }), as({ role: "resident", estate: mulan })))).toEqual([
      "FORBIDDEN",
    ]);
    expect(codes(await query(ASSIGN, input({ area: "8 幢" })))).toEqual(["UNAUTHENTICATED"]);
    expect(await openPosts("8 幢")).toEqual([]);
    expect(codes(await query(END, { input: { postId: post, endedOn: "2024-01-01" } }, otherSecretary))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codes(await query(END, { input: { postId: demoId("gridPost", "none"), endedOn: "2024-01-01" } }, partyAdmin)),
    ).toEqual(["NOT_FOUND"]);
    expect(await openPosts("2 幢 1 单元")).toHaveLength(1);
  });
});
