import { demoId, sampleCounty } from "@linli/demo-county";
import type { Grant } from "@linli/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";

const nanqiao = demoId("estate", "南桥锦福家园");
const mulan = demoId("estate", "木兰滨河");
const jiaqing = demoId("company", "嘉庆物业");

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph(sampleCounty());
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const token = (grants: Grant[], subject: string) => graph.token(grants, subject);
const codes = (result: GraphQLResponse) => (result.errors ?? []).map((error) => error.extensions?.code);
async function ok<T>(result: Promise<GraphQLResponse<T>>): Promise<T> {
  const answered = await result;
  expect(answered.errors).toBeUndefined();
  return answered.data as T;
}

describe("the problem wall through the gateway", () => {
  let problemId: string;

  it("routes a resident's parking problem to 嘉庆物业, which finds it in its own assignedProblems", async () => {
    const resident = await token([{ role: "resident", estate: nanqiao }], "resident-chen");
    const reported = await ok<{ reportProblem: { id: string; responsible: { name: string } } }>(
      graph.query(
        `mutation ($input: ReportProblemInput!) {
          reportProblem(input: $input) { id responsible { ... on PropertyCompany { name } } }
        }`,
        {
          input: {
            estateId: nanqiao,
            category: "PARKING",
            text: "地下车库入口常被车辆堵住，请联系 13905941234",
            reporterName: "陈美华",
          },
        },
        { token: resident },
      ),
    );
    problemId = reported.reportProblem.id;
    // The company's name comes from the property subgraph: party only holds its key.
    expect(reported.reportProblem.responsible).toEqual({ name: "嘉庆物业服务有限公司" });

    const secretary = await token(
      [{ role: "branch_secretary", branch: demoId("branch", "南桥锦福家园小区党支部") }],
      "secretary-nanqiao",
    );
    for (const field of ["acceptProblem", "assignProblem"]) {
      const type = field === "assignProblem" ? "AssignProblemInput" : "ProblemTransitionInput";
      await ok(
        graph.query(
          `mutation ($input: ${type}!) { ${field}(input: $input) { status } }`,
          { input: { problemId } },
          {
            token: secretary,
          },
        ),
      );
    }

    const manager = await token([{ role: "property_manager", company: jiaqing }], "manager-jiaqing");
    const queue = await ok<{
      estate: {
        propertyCompany: { name: string; assignedProblems: { edges: { node: { id: string; status: string } }[] } };
      };
    }>(
      graph.query(
        `query ($id: ID!) { estate(id: $id) { propertyCompany { name assignedProblems(first: 100) { edges { node { id status } } } } } }`,
        { id: nanqiao },
        { token: manager },
      ),
    );
    expect(queue.estate.propertyCompany.name).toBe("嘉庆物业服务有限公司");
    expect(queue.estate.propertyCompany.assignedProblems.edges.map((e) => e.node)).toContainEqual({
      id: problemId,
      status: "ASSIGNED",
    });

    // Another company's manager may not read 嘉庆's queue.
    const other = await token([{ role: "property_manager", company: demoId("company", "顺安物业") }], "manager-shunan");
    const refused = await graph.query(
      `query ($id: ID!) { estate(id: $id) { propertyCompany { name assignedProblems { edges { node { id } } } } } }`,
      { id: nanqiao },
      { token: other },
    );
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.data).toEqual({
      estate: { propertyCompany: { name: "嘉庆物业服务有限公司", assignedProblems: null } },
    });
  });

  it("shows the company's answer on the public echo wall under its name, without personal data", async () => {
    const manager = await token([{ role: "property_manager", company: jiaqing }], "manager-jiaqing");
    const steps: [string, string, Record<string, unknown>][] = [
      ["startProblem", "ProblemTransitionInput", {}],
      ["resolveProblem", "ResolveProblemInput", { note: "已施划禁停线并张贴告示" }],
      ["answerProblem", "AnswerProblemInput", { answer: "已施划禁停线，入口恢复畅通。值班电话 15959420317。" }],
    ];
    for (const [field, type, extra] of steps) {
      await ok(
        graph.query(
          `mutation ($input: ${type}!) { ${field}(input: $input) { status } }`,
          {
            input: { problemId, ...extra },
          },
          { token: manager },
        ),
      );
    }
    const wall = await ok<{ estate: { echoWall: { edges: { node: Record<string, unknown> }[] } } }>(
      graph.query(
        `query ($id: ID!) { estate(id: $id) { echoWall(first: 20) { edges { node {
          id category question status answer answeredBy { __typename ... on PropertyCompany { name } ... on PartyBranch { name } }
        } } } } }`,
        { id: nanqiao },
      ),
    );
    const entry = wall.estate.echoWall.edges.find((e) => e.node.id === problemId)?.node;
    expect(entry).toEqual({
      id: problemId,
      category: "PARKING",
      question: "地下车库入口常被车辆堵住，请联系 139****1234",
      status: "ANSWERED",
      answer: "已施划禁停线，入口恢复畅通。值班电话 159****0317。",
      answeredBy: { __typename: "PropertyCompany", name: "嘉庆物业服务有限公司" },
    });
    const text = JSON.stringify(wall);
    expect(text).not.toContain("陈美华");
    expect(text).not.toContain("13905941234");
    expect(text).not.toContain("15959420317");
  });
});

describe("the branch secretary across agencies", () => {
  it("names 木兰滨河's secretary, who also chairs its owners' committee (一肩挑), to a signed-in caller", async () => {
    const caller = await token([{ role: "county_admin", personalData: false }], "county-dashboard");
    const data = await ok<{ estate: unknown }>(
      graph.query(
        `query ($id: ID!) { estate(id: $id) {
          partyBranch { secretaryBackground secretary { name } }
          branchSecretaryChairsOwnersCommittee
        } }`,
        { id: mulan },
        { token: caller },
      ),
    );
    expect(data.estate).toEqual({
      partyBranch: { secretaryBackground: "RETIRED_CADRE", secretary: { name: "吴建平" } },
      branchSecretaryChairsOwnersCommittee: true,
    });
  });
});

describe("disputes through the gateway", () => {
  let disputeId: string;

  beforeAll(async () => {
    const admin = await token([{ role: "agency_admin", agency: "party" }], "party-admin");
    const registered = await ok<{ registerDispute: { id: string } }>(
      graph.query(
        `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { id } }`,
        {
          input: {
            estateId: mulan,
            title: "楼上漏水纠纷",
            summary: "卫生间漏水，维修费用分担有争议。",
            parties: [
              { name: "周先生", role: "楼上住户" },
              { name: "郑女士", role: "楼下住户" },
            ],
            mediatorId: demoId("mediator", "万和调解队"),
          },
        },
        { token: admin },
      ),
    );
    disputeId = registered.registerDispute.id;
  });

  const outsiders: [string, Grant[]][] = [
    ["the anonymous public", []],
    ["a resident", [{ role: "resident", estate: mulan }]],
    ["a county administrator without a party role", [{ role: "county_admin", personalData: true }]],
    ["a property manager", [{ role: "property_manager", company: jiaqing }]],
    ["a unit liaison", [{ role: "unit_liaison", unit: demoId("unit", "全安消防技术有限公司") }]],
    ["a volunteer lead", [{ role: "volunteer_lead", team: demoId("team", "木兰社区学雷锋志愿服务队") }]],
  ];

  it.each(outsiders)("cannot be reached by %s: root, nested, or _entities at the subgraph", async (who, grants) => {
    const bearer = grants.length > 0 ? await token(grants, who) : undefined;
    const refusal = bearer ? "FORBIDDEN" : "UNAUTHENTICATED";
    const root = await graph.query(
      `query ($id: ID!) { dispute(id: $id) { id title } }`,
      { id: disputeId },
      { token: bearer },
    );
    expect(codes(root)).toEqual([refusal]);
    const nested = await graph.query(
      `query ($id: ID!) { estate(id: $id) { name disputes { edges { node { id title } } } } }`,
      { id: mulan },
      { token: bearer },
    );
    expect(codes(nested)).toEqual([refusal]);
    const entities = await graph.subgraphs.party!.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id title } } }`,
      { r: [{ __typename: "Dispute", id: disputeId }] },
      { token: bearer },
    );
    expect(codes(entities)).toEqual([refusal]);
    expect(JSON.stringify([root.data, nested.data, entities.data])).not.toContain("漏水");
  });

  it("is read by the estate's branch secretary through the gateway", async () => {
    const secretary = await token(
      [{ role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") }],
      "secretary-mulan",
    );
    const data = await ok<{
      estate: { disputes: { edges: { node: { title: string; mediator: { name: string } } }[] } };
    }>(
      graph.query(
        `query ($id: ID!) { estate(id: $id) { disputes { edges { node { title mediator { name } } } } } }`,
        { id: mulan },
        { token: secretary },
      ),
    );
    expect(data.estate.disputes.edges.map((e) => e.node)).toEqual([
      { title: "楼上漏水纠纷", mediator: { name: "万和调解队" } },
    ]);
  });
});

describe("两评两议两公开 of embedded units through the gateway", () => {
  const quanan = demoId("unit", "全安消防技术有限公司");
  const UNIT = `query ($id: ID!) { unit(id: $id) { name evaluations(first: 10) {
    edges { node { kind result verified estate { name } unit { name } } }
  } } }`;
  type UnitEvaluations = {
    unit: {
      name: string;
      evaluations: { edges: { node: { kind: string; result: string | null; estate: { name: string } } }[] };
    };
  };

  it("shows the public a unit of the units agency with its verified disclosures, contributed by party", async () => {
    const data = await ok<UnitEvaluations>(graph.query(UNIT, { id: quanan }));
    expect(data.unit.name).toBe("全安消防技术有限公司");
    expect(data.unit.evaluations.edges.map((edge) => edge.node)).toEqual([
      {
        kind: "PERFORMANCE_DISCLOSURE",
        result: null,
        verified: true,
        estate: { name: "南桥锦福家园" },
        unit: { name: "全安消防技术有限公司" },
      },
    ]);
  });

  it("shows the unit's own liaison its evaluations too", async () => {
    const liaison = await token([{ role: "unit_liaison", unit: quanan }], "liaison-quanan");
    const data = await ok<UnitEvaluations>(graph.query(UNIT, { id: quanan }, { token: liaison }));
    expect(data.unit.evaluations.edges.map((edge) => [edge.node.kind, edge.node.result])).toEqual([
      ["ORGANIZATION_EVALUATION", "EXCELLENT"],
      ["PERFORMANCE_DISCLOSURE", null],
    ]);
  });
});
