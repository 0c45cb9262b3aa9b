import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { disputes, disputeTransitions, mediationSessions } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

const mulan = demoId("estate", "木兰滨河");
const mulanBranch = demoId("branch", "木兰滨河小区党支部");
const mulanCommunity = demoId("community", "木兰社区");
const wanhe = demoId("mediator", "万和调解队");

let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `dispute-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: mulanBranch });
const ownWorker = as({ role: "community_worker", community: mulanCommunity });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);
const ok = <T>(result: Result): T => {
  expect(result.errors).toBeUndefined();
  return result.data as T;
};

const REGISTER = `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { id status } }`;
const SESSION = `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id status } }`;
const CONCLUDE = `mutation ($input: ConcludeDisputeInput!) { concludeDispute(input: $input) { id status outcome } }`;

async function register(caller: Caller = partyAdmin): Promise<string> {
  const data = ok<{ registerDispute: { id: string } }>(
    await query(
      REGISTER,
      {
        input: {
          estateId: mulan,
          title: "楼上漏水纠纷",
          summary: "6 幢 1201 室卫生间漏水至 1101 室，双方对维修费用分担有争议。",
          parties: [
            { name: "周先生", role: "楼上住户" },
            { name: "郑女士", role: "楼下住户" },
          ],
          mediatorId: wanhe,
        },
      },
      caller,
    ),
  );
  return data.registerDispute.id;
}

const session = (id: string, caller: Caller = partyAdmin) =>
  query(SESSION, { input: { disputeId: id, heldOn: "2024-03-02", notes: "双方到睦邻客厅当面协商" } }, caller);
const conclude = (id: string, conclusion: string, caller: Caller = partyAdmin) =>
  query(CONCLUDE, { input: { disputeId: id, conclusion, outcome: "双方各承担一半维修费用" } }, caller);

const row = async (id: string) => (await database.db.select().from(disputes).where(eq(disputes.id, id)))[0]!;
const history = (id: string) =>
  database.db
    .select({ from: disputeTransitions.fromStatus, to: disputeTransitions.toStatus })
    .from(disputeTransitions)
    .where(eq(disputeTransitions.disputeId, id))
    .orderBy(disputeTransitions.seq);

let disputeId: string;
beforeAll(async () => {
  disputeId = await register();
});

describe("disputes are never public", () => {
  const outsiders: [string, Caller][] = [
    ["the anonymous public", ANONYMOUS],
    ["a resident of the estate", as({ role: "resident", estate: mulan })],
    ["a county administrator without a party role", as({ role: "county_admin", personalData: true })],
    ["the property authority's administrator", as({ role: "agency_admin", agency: "property" })],
    ["the estate's property manager", as({ role: "property_manager", company: demoId("company", "嘉庆物业") })],
    ["a liaison of a unit in the estate", as({ role: "unit_liaison", unit: demoId("unit", "全安消防技术有限公司") })],
    [
      "the lead of the estate's volunteer team",
      as({ role: "volunteer_lead", team: demoId("team", "木兰社区学雷锋志愿服务队") }),
    ],
  ];

  it.each(outsiders)("are unreachable for %s: root, nested and _entities", async (_who, caller) => {
    const refusal = caller.subject === null ? "UNAUTHENTICATED" : "FORBIDDEN";
    const root = await query(`query ($id: ID!) { dispute(id: $id) { id title } }`, { id: disputeId }, caller);
    expect(codes(root)).toEqual([refusal]);
    expect(root.data?.dispute ?? null).toBeNull();
    const nested = await query(
      `query ($id: ID!) { estate(id: $id) { name disputes(first: 100) { edges { node { id title } } } } }`,
      { id: mulan },
      caller,
    );
    expect(codes(nested)).toEqual([refusal]);
    const entities = await query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id title parties { name } } } }`,
      { r: [{ __typename: "Dispute", id: disputeId }] },
      caller,
    );
    expect(codes(entities)).toEqual([refusal]);
    expect(JSON.stringify([root.data, nested.data, entities.data])).not.toContain("漏水");
  });

  it("are unreachable for a secretary and a community worker of another estate, who see nothing", async () => {
    const others = [
      as({ role: "branch_secretary", branch: demoId("branch", "东门顺安小区党支部") }),
      as({ role: "community_worker", community: demoId("community", "东门社区") }),
    ];
    for (const caller of others) {
      const root = ok<{ dispute: unknown }>(
        await query(`query ($id: ID!) { dispute(id: $id) { id } }`, { id: disputeId }, caller),
      );
      expect(root.dispute).toBeNull();
      const nested = ok<{ estate: { disputes: { edges: unknown[] } } }>(
        await query(
          `query ($id: ID!) { estate(id: $id) { disputes { edges { node { id } } } } }`,
          { id: mulan },
          caller,
        ),
      );
      expect(nested.estate.disputes.edges).toEqual([]);
      const entities = ok<{ _entities: unknown[] }>(
        await query(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id } } }`,
          {
            r: [{ __typename: "Dispute", id: disputeId }],
          },
          caller,
        ),
      );
      expect(entities._entities).toEqual([null]);
    }
  });

  it("appear on no public field: the walls and the estate's public fields say nothing of them", async () => {
    const result = await query(
      `query ($id: ID!) { estate(id: $id) { name livingRoom { name functions } problemWall { edges { node { question } } } echoWall { edges { node { question } } } } echoWall { edges { node { question } } } }`,
      { id: mulan },
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toContain("漏水");
  });

  it("are read by the party administrator, the estate's secretary and its community's worker", async () => {
    for (const caller of [partyAdmin, ownSecretary, ownWorker]) {
      const data = ok<{
        dispute: { title: string; mediator: { name: string; kind: string }; parties: { name: string }[] };
      }>(
        await query(
          `query ($id: ID!) { dispute(id: $id) { title mediator { name kind } parties { name role } } }`,
          { id: disputeId },
          caller,
        ),
      );
      expect(data.dispute).toMatchObject({
        title: "楼上漏水纠纷",
        mediator: { name: "万和调解队", kind: "MEDIATION_TEAM" },
        parties: [{ name: "周先生" }, { name: "郑女士" }],
      });
    }
  });
});

/** The dispute state machine, written out here independently of the service's table. */
const LEGAL: Record<string, string[]> = {
  REGISTERED: ["IN_MEDIATION", "WITHDRAWN"],
  IN_MEDIATION: ["SETTLED", "UNSETTLED", "WITHDRAWN"],
  SETTLED: [],
  UNSETTLED: [],
  WITHDRAWN: [],
};

describe("the dispute state machine", () => {
  const paths: Record<string, (id: string) => Promise<unknown>> = {
    REGISTERED: async () => {},
    IN_MEDIATION: async (id) => ok(await session(id)),
    SETTLED: async (id) => {
      ok(await session(id));
      ok(await conclude(id, "SETTLED"));
    },
    UNSETTLED: async (id) => {
      ok(await session(id));
      ok(await conclude(id, "UNSETTLED"));
    },
    WITHDRAWN: async (id) => ok(await conclude(id, "WITHDRAWN")),
  };

  it.each(Object.keys(LEGAL))("refuses every illegal conclusion of a %s dispute and changes nothing", async (state) => {
    const id = await register();
    await paths[state]?.(id);
    const before = { row: await row(id), history: await history(id) };
    const allowed = LEGAL[state] ?? [];
    for (const conclusion of ["SETTLED", "UNSETTLED", "WITHDRAWN"].filter((c) => !allowed.includes(c))) {
      expect(codes(await conclude(id, conclusion)), `${state} → ${conclusion}`).toEqual(["INVALID_TRANSITION"]);
    }
    if (!allowed.includes("IN_MEDIATION") && state !== "IN_MEDIATION") {
      expect(codes(await session(id))).toEqual(["INVALID_TRANSITION"]);
    }
    expect(await row(id)).toEqual(before.row);
    expect(await history(id)).toEqual(before.history);
  });

  it("records every legal move in the history; further sessions in mediation are no moves", async () => {
    const id = await register(ownSecretary);
    ok(await session(id, ownWorker));
    ok(await session(id, ownSecretary));
    ok(await conclude(id, "SETTLED", ownSecretary));
    expect(await history(id)).toEqual([
      { from: null, to: "REGISTERED" },
      { from: "REGISTERED", to: "IN_MEDIATION" },
      { from: "IN_MEDIATION", to: "SETTLED" },
    ]);
    const sessions = await database.db.select().from(mediationSessions).where(eq(mediationSessions.disputeId, id));
    expect(sessions).toHaveLength(2);
    expect(await row(id)).toMatchObject({ status: "SETTLED", outcome: "双方各承担一半维修费用" });
  });

  it("refuses a secretary of another branch with FORBIDDEN before revealing the dispute's state", async () => {
    const id = await register();
    const other = as({ role: "branch_secretary", branch: demoId("branch", "东门顺安小区党支部") });
    expect(codes(await conclude(id, "SETTLED", other))).toEqual(["FORBIDDEN"]);
    expect((await row(id)).status).toBe("REGISTERED");
  });

  it("refuses invalid input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const [before] = await database.db.select({ n: sql<number>`count(*)::int` }).from(disputes);
    const one = await query(
      REGISTER,
      {
        input: {
          estateId: mulan,
          title: "t",
          summary: "s",
          parties: [{ name: "一方", role: "住户" }],
          mediatorId: wanhe,
        },
      },
      partyAdmin,
    );
    expect(codes(one)).toEqual(["BAD_USER_INPUT"]);
    expect(one.errors?.[0]?.extensions?.field).toBe("parties");
    const [after] = await database.db.select({ n: sql<number>`count(*)::int` }).from(disputes);
    expect(after?.n).toBe(before?.n);
  });

  it("keeps the history append-only", async () => {
    const message = await database.db
      .execute(sql`DELETE FROM dispute_transitions WHERE dispute_id = ${disputeId}`)
      .then(
        () => "deleted",
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(message).toMatch(/append-only/);
  });
});
