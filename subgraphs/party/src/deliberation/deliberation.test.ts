import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  deliberationMeetings,
  estates,
  houseRules,
  houseRuleTransitions,
  houseRuleVotes,
} from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
// A small estate of 木兰社区 of its own, so that thresholds are reached with a handful of votes.
const small = "0000d000-0000-4000-8000-000000000001";
const database = useSubgraphTestDatabase(party, async (db) => {
  await loadCounty(db, county);
  await db.insert(estates).values({
    id: small,
    communityId: demoId("community", "木兰社区"),
    name: "议事测试小区",
    type: "OPEN_UNMANAGED",
    households: 4,
    address: "仙游县鲤城街道测试路 1 号",
  });
});
const query = database.query;

const mulan = demoId("estate", "木兰滨河");
const mulanBranch = demoId("branch", "木兰滨河小区党支部");
const dongmen = demoId("estate", "东门顺安");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `deliberation-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: mulanBranch });
const otherSecretary = as({ role: "branch_secretary", branch: demoId("branch", "东门顺安小区党支部") });
const communityWorker = as({ role: "community_worker", community: demoId("community", "木兰社区") });
const resident = (estate = small) => as({ role: "resident", estate });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;
const ok = <T>(result: Result): T => {
  expect(result.errors).toBeUndefined();
  return result.data as T;
};

const RECORD = `mutation ($input: RecordDeliberationMeetingInput!) { recordDeliberationMeeting(input: $input) {
  id heldOn topic minutes decisions livingRoom { name }
  participants { kind name partyBranch { name } propertyCompany { id } member { name } }
} }`;
const PROPOSE = `mutation ($input: ProposeHouseRuleInput!) { proposeHouseRule(input: $input) { id status } }`;
const OPEN = `mutation ($ruleId: ID!) { openHouseRuleVote(input: { ruleId: $ruleId }) { id status eligibleHouseholds } }`;
const CLOSE = `mutation ($ruleId: ID!) { closeHouseRuleVote(input: { ruleId: $ruleId }) {
  id status eligibleHouseholds votesFor votesAgainst votesCast quorum { numerator denominator }
  approval { numerator denominator } history { from to }
} }`;
const VOTE = `mutation ($ruleId: ID!, $choice: HouseRuleChoice!) { castHouseRuleVote(input: { ruleId: $ruleId, choice: $choice }) {
  choice houseRule { id status }
} }`;

const company = demoId("company", "嘉庆物业");
const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  estateId: mulan,
  livingRoomId: demoId("livingRoom", "木兰滨河"),
  heldOn: "2024-03-15",
  topic: "电动车集中充电棚选址",
  participants: [
    { kind: "PARTY_BRANCH", id: mulanBranch },
    { kind: "PROPERTY_COMPANY", id: company },
    { kind: "OWNERS_COMMITTEE", name: "木兰滨河业委会" },
    { kind: "IN_SERVICE_MEMBER", id: demoId("member", "木兰滨河/李美玲") },
    { kind: "SOCIAL_ORGANIZATION", name: "仙游县志愿者协会" },
  ],
  minutes: "各方就充电棚选址充分讨论，多数意见倾向于 6 幢北侧空地。",
  decisions: ["充电棚建在 6 幢北侧空地", "由物业负责日常管理"],
  ...overrides,
});
const meetingCount = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(deliberationMeetings))[0]!.n;

let rules = 0;
async function propose(
  quorum = { numerator: 1, denominator: 2 },
  approval = { numerator: 2, denominator: 3 },
  estateId = small,
): Promise<string> {
  const data = ok<{ proposeHouseRule: { id: string } }>(
    await query(
      PROPOSE,
      { input: { estateId, title: `文明养犬公约 ${++rules}`, text: "遛狗拴绳，及时清理。", quorum, approval } },
      partyAdmin,
    ),
  );
  return data.proposeHouseRule.id;
}
const rule = async (id: string) => (await database.db.select().from(houseRules).where(eq(houseRules.id, id)))[0]!;
const history = async (id: string) =>
  (
    await database.db
      .select()
      .from(houseRuleTransitions)
      .where(eq(houseRuleTransitions.ruleId, id))
      .orderBy(houseRuleTransitions.seq)
  ).map((t) => [t.fromStatus, t.toStatus]);
const votes = async (id: string) =>
  (
    await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(houseRuleVotes)
      .where(eq(houseRuleVotes.ruleId, id))
  )[0]!.n;
const vote = (ruleId: string, choice: "FOR" | "AGAINST", caller: Caller = resident()) =>
  query(VOTE, { ruleId, choice }, caller);

describe("deliberation meetings (议事会)", () => {
  it("records a meeting with participants from every side and lists it on the estate, newest first", async () => {
    const recorded = ok<{ recordDeliberationMeeting: { id: string } }>(
      await query(RECORD, { input: meetingInput() }, ownSecretary),
    ).recordDeliberationMeeting;
    expect(recorded).toMatchObject({
      heldOn: "2024-03-15",
      livingRoom: { name: "木兰滨河睦邻客厅" },
      decisions: ["充电棚建在 6 幢北侧空地", "由物业负责日常管理"],
      participants: [
        {
          kind: "PARTY_BRANCH",
          name: null,
          partyBranch: { name: "木兰滨河小区党支部" },
          propertyCompany: null,
          member: null,
        },
        { kind: "PROPERTY_COMPANY", name: null, partyBranch: null, propertyCompany: { id: company }, member: null },
        { kind: "OWNERS_COMMITTEE", name: "木兰滨河业委会", partyBranch: null, propertyCompany: null, member: null },
        { kind: "IN_SERVICE_MEMBER", name: null, partyBranch: null, propertyCompany: null, member: { name: "李美玲" } },
        {
          kind: "SOCIAL_ORGANIZATION",
          name: "仙游县志愿者协会",
          partyBranch: null,
          propertyCompany: null,
          member: null,
        },
      ],
    });
    const later = ok<{ recordDeliberationMeeting: { id: string } }>(
      await query(RECORD, { input: meetingInput({ heldOn: "2024-04-01", topic: "楼道堆物清理" }) }, communityWorker),
    ).recordDeliberationMeeting;

    const PAGE = `query ($id: ID!, $after: String) { estate(id: $id) { deliberationMeetings(first: 1, after: $after) {
      edges { node { id topic } } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      estate: {
        deliberationMeetings: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = ok<Page>(await query(PAGE, { id: mulan }));
    expect(first.estate.deliberationMeetings.edges.map((e) => e.node.id)).toEqual([later.id]);
    expect(first.estate.deliberationMeetings.pageInfo.hasNextPage).toBe(true);
    const second = ok<Page>(
      await query(PAGE, { id: mulan, after: first.estate.deliberationMeetings.pageInfo.endCursor }),
    );
    expect(second.estate.deliberationMeetings.edges.map((e) => e.node.id)).toEqual([recorded.id]);

    // The anonymous public reads the meeting, but not the member behind a participant.
    const entities = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on DeliberationMeeting { topic participants { kind member { name } } } } }`,
      { reps: [{ __typename: "DeliberationMeeting", id: recorded.id }] },
    );
    expect((entities.data as { _entities: { topic: string }[] })._entities[0]?.topic).toBe("电动车集中充电棚选址");
    expect(codes(entities)).toContain("UNAUTHENTICATED");

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, recorded.id));
    expect(audit.map((row) => row.action)).toEqual(["recordDeliberationMeeting"]);
  });

  it("lists a living room's meetings newest first, and not the estate's meetings held elsewhere", async () => {
    const room = demoId("livingRoom", "木兰滨河");
    const held = async (overrides: Record<string, unknown>) =>
      ok<{ recordDeliberationMeeting: { id: string } }>(
        await query(RECORD, { input: meetingInput(overrides) }, ownSecretary),
      ).recordDeliberationMeeting.id;
    const inRoom = await held({ heldOn: "2024-05-01", topic: "客厅开放时间" });
    const elsewhere = await held({ livingRoomId: null, heldOn: "2024-05-02", topic: "小区门口停车" });
    const expected = (
      await database.db
        .select({ id: deliberationMeetings.id })
        .from(deliberationMeetings)
        .where(eq(deliberationMeetings.livingRoomId, room))
        .orderBy(sql`${deliberationMeetings.seq} desc`)
    ).map((row) => row.id);
    expect(expected[0]).toBe(inRoom);
    const PAGE = `query ($reps: [_Any!]!, $after: String) { _entities(representations: $reps) {
      ... on LivingRoom { deliberationMeetings(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
    } }`;
    type Page = {
      _entities: {
        deliberationMeetings: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }[];
    };
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const meetings: Page["_entities"][number]["deliberationMeetings"] = ok<Page>(
        await query(PAGE, { reps: [{ __typename: "LivingRoom", id: room }], after }),
      )._entities[0]!.deliberationMeetings;
      seen.push(...meetings.edges.map((edge) => edge.node.id));
      after = meetings.pageInfo.hasNextPage ? meetings.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    expect(seen).not.toContain(elsewhere);
  });

  it("refuses wrong input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const before = await meetingCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ participants: [{ kind: "PARTY_BRANCH", id: mulanBranch }] }, "participants"],
      [
        {
          participants: [
            { kind: "PARTY_BRANCH", name: "支部" },
            { kind: "SOCIAL_ORGANIZATION", name: "协会" },
          ],
        },
        "participants.0.id",
      ],
      [
        {
          participants: [
            { kind: "SOCIAL_ORGANIZATION", name: "协会" },
            { kind: "SOCIAL_ORGANIZATION", name: "协会" },
          ],
        },
        "participants.1",
      ],
      [
        {
          participants: [
            { kind: "PARTY_BRANCH", id: company },
            { kind: "SOCIAL_ORGANIZATION", name: "协会" },
          ],
        },
        "participants.0.id",
      ],
      // 吴建平 is a registered (在册) member, not an in-service one.
      [
        {
          participants: [
            { kind: "IN_SERVICE_MEMBER", id: demoId("member", "木兰滨河/吴建平") },
            { kind: "SOCIAL_ORGANIZATION", name: "协会" },
          ],
        },
        "participants.0.id",
      ],
      [{ livingRoomId: demoId("livingRoom", "东门顺安") }, "livingRoomId"],
      [{ heldOn: "2999-01-01" }, "heldOn"],
      [{ topic: " " }, "topic"],
    ];
    for (const [overrides, field] of cases) {
      const result = await query(RECORD, { input: meetingInput(overrides) }, partyAdmin);
      expect([codes(result), fieldOf(result)]).toEqual([["BAD_USER_INPUT"], field]);
    }
    expect(await meetingCount()).toBe(before);
  });

  it("lets only those who work for the estate record its meetings", async () => {
    const before = await meetingCount();
    expect(codes(await query(RECORD, { input: meetingInput() }, otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(RECORD, { input: meetingInput() }, resident(mulan)))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(RECORD, { input: meetingInput() }))).toEqual(["UNAUTHENTICATED"]);
    expect(
      codes(await query(RECORD, { input: meetingInput({ estateId: dongmen, livingRoomId: null }) }, communityWorker)),
    ).toEqual(["FORBIDDEN"]);
    expect(await meetingCount()).toBe(before);
  });
});

describe("house rules (家规家训)", () => {
  it("adopts a rule when both thresholds are met, with the tally and every move in its history", async () => {
    const id = await propose();
    expect(
      ok<{ openHouseRuleVote: unknown }>(await query(OPEN, { ruleId: id }, communityWorker)).openHouseRuleVote,
    ).toEqual({
      id,
      status: "VOTING",
      eligibleHouseholds: 4,
    });
    ok(await vote(id, "FOR"));
    ok(await vote(id, "FOR"));
    ok(await vote(id, "AGAINST"));
    expect(
      ok<{ closeHouseRuleVote: unknown }>(await query(CLOSE, { ruleId: id }, partyAdmin)).closeHouseRuleVote,
    ).toEqual({
      id,
      status: "ADOPTED",
      eligibleHouseholds: 4,
      votesFor: 2,
      votesAgainst: 1,
      votesCast: 3,
      quorum: { numerator: 1, denominator: 2 },
      approval: { numerator: 2, denominator: 3 },
      history: [
        { from: null, to: "PROPOSED" },
        { from: "PROPOSED", to: "VOTING" },
        { from: "VOTING", to: "ADOPTED" },
      ],
    });
    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(auditLog.occurredAt);
    expect(actions.map((a) => a.action)).toEqual([
      "proposeHouseRule",
      "openHouseRuleVote",
      "castHouseRuleVote",
      "castHouseRuleVote",
      "castHouseRuleVote",
      "closeHouseRuleVote",
    ]);
  });

  it("rejects a rule when too few households vote, or too few of the votes are for it", async () => {
    // Quorum 3/4 of 4 households needs 3 votes: 2 for out of 2 cast is not enough.
    const quorumMissed = await propose({ numerator: 3, denominator: 4 }, { numerator: 1, denominator: 2 });
    ok(await query(OPEN, { ruleId: quorumMissed }, partyAdmin));
    ok(await vote(quorumMissed, "FOR"));
    ok(await vote(quorumMissed, "FOR"));
    expect(
      ok<{ closeHouseRuleVote: unknown }>(await query(CLOSE, { ruleId: quorumMissed }, partyAdmin)).closeHouseRuleVote,
    ).toMatchObject({
      status: "REJECTED",
      votesFor: 2,
      votesCast: 2,
    });
    // Approval 2/3: 1 for out of 2 cast is not enough, even with the quorum met.
    const approvalMissed = await propose({ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 3 });
    ok(await query(OPEN, { ruleId: approvalMissed }, partyAdmin));
    ok(await vote(approvalMissed, "FOR"));
    ok(await vote(approvalMissed, "AGAINST"));
    const closed = ok<{ closeHouseRuleVote: { status: string; history: unknown[] } }>(
      await query(CLOSE, { ruleId: approvalMissed }, partyAdmin),
    ).closeHouseRuleVote;
    expect(closed.status).toBe("REJECTED");
    expect(closed.history).toEqual([
      { from: null, to: "PROPOSED" },
      { from: "PROPOSED", to: "VOTING" },
      { from: "VOTING", to: "REJECTED" },
    ]);
    // Nobody voting at all never adopts a rule, whatever its thresholds.
    const silent = await propose({ numerator: 0, denominator: 1 }, { numerator: 1, denominator: 100 });
    ok(await query(OPEN, { ruleId: silent }, partyAdmin));
    expect(
      ok<{ closeHouseRuleVote: { status: string } }>(await query(CLOSE, { ruleId: silent }, partyAdmin))
        .closeHouseRuleVote.status,
    ).toBe("REJECTED");
  });

  it("refuses every illegal transition with INVALID_TRANSITION and changes nothing", async () => {
    const proposed = await propose();
    const proposedBefore = await rule(proposed);
    expect(codes(await query(CLOSE, { ruleId: proposed }, partyAdmin))).toEqual(["INVALID_TRANSITION"]);
    expect(codes(await vote(proposed, "FOR"))).toEqual(["INVALID_TRANSITION"]);
    expect(await rule(proposed)).toEqual(proposedBefore);
    expect(await votes(proposed)).toBe(0);

    const voting = await propose();
    ok(await query(OPEN, { ruleId: voting }, partyAdmin));
    const votingBefore = await rule(voting);
    expect(codes(await query(OPEN, { ruleId: voting }, partyAdmin))).toEqual(["INVALID_TRANSITION"]);
    expect(await rule(voting)).toEqual(votingBefore);

    for (const outcome of ["ADOPTED", "REJECTED"] as const) {
      const decided = await propose({ numerator: 1, denominator: 4 }, { numerator: 1, denominator: 1 });
      ok(await query(OPEN, { ruleId: decided }, partyAdmin));
      ok(await vote(decided, outcome === "ADOPTED" ? "FOR" : "AGAINST"));
      ok(await query(CLOSE, { ruleId: decided }, partyAdmin));
      const decidedBefore = await rule(decided);
      expect(decidedBefore.status).toBe(outcome);
      expect(codes(await query(OPEN, { ruleId: decided }, partyAdmin))).toEqual(["INVALID_TRANSITION"]);
      expect(codes(await query(CLOSE, { ruleId: decided }, partyAdmin))).toEqual(["INVALID_TRANSITION"]);
      expect(codes(await vote(decided, "FOR"))).toEqual(["INVALID_TRANSITION"]);
      expect(await rule(decided)).toEqual(decidedBefore);
      expect(await votes(decided)).toBe(1);
      expect(await history(decided)).toEqual([
        [null, "PROPOSED"],
        ["PROPOSED", "VOTING"],
        ["VOTING", outcome],
      ]);
    }
    expect(await history(proposed)).toEqual([[null, "PROPOSED"]]);
    expect(await history(voting)).toEqual([
      [null, "PROPOSED"],
      ["PROPOSED", "VOTING"],
    ]);
  });

  it("takes one vote per resident of the estate and refuses residents of other estates", async () => {
    const id = await propose();
    ok(await query(OPEN, { ruleId: id }, partyAdmin));
    const voter = resident();
    expect(ok<{ castHouseRuleVote: unknown }>(await vote(id, "FOR", voter)).castHouseRuleVote).toEqual({
      choice: "FOR",
      houseRule: { id, status: "VOTING" },
    });
    const turnout = await query(`query ($id: ID!) { houseRule(id: $id) { votesCast votesFor votesAgainst } }`, { id });
    expect(ok<{ houseRule: unknown }>(turnout).houseRule).toEqual({ votesCast: 1, votesFor: null, votesAgainst: null });
    expect(codes(await vote(id, "AGAINST", voter))).toEqual(["CONFLICT"]);
    const racer = resident();
    const raced = await Promise.all([vote(id, "FOR", racer), vote(id, "FOR", racer)]);
    expect(raced.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    expect(codes(await vote(id, "FOR", resident(mulan)))).toEqual(["FORBIDDEN"]);
    expect(codes(await vote(id, "FOR", partyAdmin))).toEqual(["FORBIDDEN"]);
    expect(codes(await vote(id, "FOR", as()))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(VOTE, { ruleId: id, choice: "FOR" }))).toEqual(["UNAUTHENTICATED"]);
    expect(await votes(id)).toBe(2);
  });

  it("checks a proposal's thresholds and meeting, and who proposes, storing nothing on a refusal", async () => {
    const count = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(houseRules))[0]!.n;
    const before = await count();
    const input = (overrides: Record<string, unknown>) => ({
      input: {
        estateId: small,
        title: "垃圾分类公约",
        text: "定时定点投放。",
        quorum: { numerator: 2, denominator: 3 },
        approval: { numerator: 1, denominator: 2 },
        ...overrides,
      },
    });
    const refused: [Record<string, unknown>, string][] = [
      [{ quorum: { numerator: 4, denominator: 3 } }, "quorum.numerator"],
      [{ approval: { numerator: 0, denominator: 2 } }, "approval.numerator"],
      [{ approval: { numerator: 1, denominator: 0 } }, "approval.denominator"],
      [{ title: "" }, "title"],
    ];
    for (const [overrides, field] of refused) {
      const result = await query(PROPOSE, input(overrides), partyAdmin);
      expect([codes(result), fieldOf(result)]).toEqual([["BAD_USER_INPUT"], field]);
    }
    const meeting = ok<{ recordDeliberationMeeting: { id: string } }>(
      await query(RECORD, { input: meetingInput() }, partyAdmin),
    ).recordDeliberationMeeting.id;
    const elsewhere = await query(PROPOSE, input({ meetingId: meeting }), partyAdmin);
    expect([codes(elsewhere), fieldOf(elsewhere)]).toEqual([["BAD_USER_INPUT"], "meetingId"]);
    expect(codes(await query(PROPOSE, input({}), otherSecretary))).toEqual(["FORBIDDEN"]);
    expect(codes(await query(PROPOSE, input({}), resident()))).toEqual(["FORBIDDEN"]);
    expect(
      codes(await query(PROPOSE, input({ estateId: "0000d000-0000-4000-8000-0000000000ff" }), partyAdmin)),
    ).toEqual(["NOT_FOUND"]);
    expect(await count()).toBe(before);

    const fromMeeting = ok<{ proposeHouseRule: { id: string } }>(
      await query(PROPOSE, input({ estateId: mulan, meetingId: meeting }), ownSecretary),
    ).proposeHouseRule.id;
    const read = await query(
      `query ($id: ID!) { deliberationMeeting(id: $id) { houseRules { id meeting { id } estate { name } } } }`,
      { id: meeting },
    );
    expect(ok<{ deliberationMeeting: unknown }>(read).deliberationMeeting).toEqual({
      houseRules: [{ id: fromMeeting, meeting: { id: meeting }, estate: { name: "木兰滨河" } }],
    });
    expect(codes(await query(OPEN, { ruleId: fromMeeting }, otherSecretary))).toEqual(["FORBIDDEN"]);
    expect((await rule(fromMeeting)).status).toBe("PROPOSED");
  });

  it("keeps the history and the votes append-only: the database refuses to change or delete a row", async () => {
    const id = await propose();
    ok(await query(OPEN, { ruleId: id }, partyAdmin));
    ok(await vote(id, "FOR"));
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => "changed",
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(
      await refusal(database.db.execute(sql`UPDATE house_rule_votes SET choice = 'AGAINST' WHERE rule_id = ${id}`)),
    ).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`DELETE FROM house_rule_votes WHERE rule_id = ${id}`))).toMatch(
      /append-only/,
    );
    expect(await refusal(database.db.execute(sql`DELETE FROM house_rule_transitions WHERE rule_id = ${id}`))).toMatch(
      /append-only/,
    );
    expect(await votes(id)).toBe(1);
    expect(await history(id)).toHaveLength(2);
  });

  it("lists an estate's house rules newest first as a public cursor connection", async () => {
    const older = await propose();
    const newer = await propose();
    const page = ok<{ estate: { houseRules: { edges: { node: { id: string; status: string } }[] } } }>(
      await query(`query ($id: ID!) { estate(id: $id) { houseRules(first: 100) { edges { node { id status } } } } }`, {
        id: small,
      }),
    );
    const ids = page.estate.houseRules.edges.map((e) => e.node.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids.indexOf(older)).toBeGreaterThanOrEqual(0);
    expect(codes(await query(`{ estate(id: "${small}") { houseRules(first: 101) { edges { cursor } } } }`))).toEqual([
      "BAD_USER_INPUT",
    ]);
    const entity = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on HouseRule { id status } } }`,
      { reps: [{ __typename: "HouseRule", id: newer }] },
    );
    expect(ok<{ _entities: unknown[] }>(entity)._entities).toEqual([{ id: newer, status: "PROPOSED" }]);
  });
});
