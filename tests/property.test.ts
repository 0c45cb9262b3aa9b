import { demoId, sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const county = sampleCounty();

let graph: RunningGraph;
let reader: string;
let propertyAdmin: string;
beforeAll(async () => {
  graph = await startGraph(county);
  // Branch secretaries are party members: the party subgraph shows them to signed-in callers.
  reader = await graph.token([{ role: "county_admin", personalData: false }], "dashboard");
  propertyAdmin = await graph.token([{ role: "agency_admin", agency: "property" }], "property-admin");
});
afterAll(() => graph?.[Symbol.asyncDispose]());

type EstateNode = { name: string; branchSecretaryChairsOwnersCommittee: boolean | null };

describe("property through the gateway", () => {
  it("lists in one query the estates where the branch secretary chairs the owners' committee (一肩挑)", async () => {
    const result = await graph.query<{ estates: { edges: { node: EstateNode }[] } }>(
      `{ estates(first: 100) { edges { node { name branchSecretaryChairsOwnersCommittee } } } }`,
      {},
      { token: reader },
    );
    expect(result.errors, graph.output()).toBeUndefined();
    const nodes = result.data!.estates.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(county.estates.length);
    expect(nodes.every((node) => typeof node.branchSecretaryChairsOwnersCommittee === "boolean")).toBe(true);
    // 木兰滨河's committee is chaired by 吴建平, its branch's secretary in the party registry.
    expect(nodes.filter((node) => node.branchSecretaryChairsOwnersCommittee).map((node) => node.name)).toEqual([
      "木兰滨河",
    ]);
  });

  it("answers an estate's management, committee and public ledger from the property agency", async () => {
    const result = await graph.query(
      `query ($a: ID!, $b: ID!) {
        a: estate(id: $a) { name managementMode propertyCompany { name serviceItems { name } }
          ownersCommittee { red chair { id } } ownersCommitteeTerms { termStartsOn } managementContracts { company { name } } }
        b: estate(id: $b) { name managementMode selfGovernanceCouncil { name balanceFen ledger(first: 2) { edges { node { memo } } } } }
      }`,
      { a: demoId("estate", "木兰滨河"), b: demoId("estate", "仙安石鼓山") },
    );
    expect(result.errors, graph.output()).toBeUndefined();
    expect(result.data).toEqual({
      a: {
        name: "木兰滨河",
        managementMode: "COMPANY",
        propertyCompany: {
          name: "嘉庆物业服务有限公司",
          serviceItems: [{ name: "入户维修" }, { name: "电动车集中充电" }, { name: "秩序维护" }],
        },
        ownersCommittee: { red: true, chair: { id: demoId("member", "木兰滨河/吴建平") } },
        ownersCommitteeTerms: [{ termStartsOn: "2021-06-01" }, { termStartsOn: "2016-06-01" }],
        managementContracts: [
          { company: { name: "嘉庆物业服务有限公司" } },
          { company: { name: "恒达物业管理有限公司" } },
        ],
      },
      b: {
        name: "仙安石鼓山",
        managementMode: "SELF_GOVERNED",
        selfGovernanceCouncil: {
          name: "仙安石鼓山业主自治会",
          balanceFen: 682_000,
          ledger: {
            edges: [
              { node: { memo: "2023 年第二季度卫生保洁费，212 户" } },
              { node: { memo: "更正：路灯维修实付 1400 元，少记 120 元" } },
            ],
          },
        },
      },
    });
  });

  it("lets one of two concurrent replacements of an estate's company win; the other gets CONFLICT", async () => {
    const estateId = demoId("estate", "南桥锦福家园");
    const current = demoId("contract", "嘉庆物业/南桥锦福家园/2019-01-01");
    const replace = (company: string, startsOn: string) =>
      graph.query(
        `mutation ($input: ReplacePropertyCompanyInput!) { replacePropertyCompany(input: $input) { newContract { id } } }`,
        { input: { estateId, companyId: demoId("company", company), startsOn, expectedCurrentContractId: current } },
        { token: propertyAdmin },
      );
    const results = await Promise.all([replace("顺安物业", "2025-01-01"), replace("恒达物业", "2025-02-01")]);
    const codes = results.map((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.sort(), graph.output()).toEqual([[], ["CONFLICT"]]);
    const after = await graph.query<{ estate: { managementContracts: { current: boolean }[] } }>(
      `query ($id: ID!) { estate(id: $id) { managementContracts { current } } }`,
      { id: estateId },
    );
    expect(after.data?.estate.managementContracts.map((c) => c.current)).toEqual([true, false]);
  });
});
