import { sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const county = withSyntheticEstates(sampleCounty(), 100);
const estateId = (name: string) => county.estates.find((e) => e.name === name)!.id;

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph(county);
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const ESTATE_PAGE = /* GraphQL */ `
  query EstatePage($first: Int!) {
    estates(first: $first) {
      edges {
        node {
          id
          name
          partyBranch { name formation }
          propertyCompany { name }
          embeddedUnits { name }
          volunteerTeams { name }
        }
      }
    }
  }
`;

describe("the unified graph", () => {
  it("answers one query from an estate with data from all four agencies", async () => {
    const result = await graph.query<{ estate: { embeddedUnits: { name: string }[] } }>(
      `query ($id: ID!) { estate(id: $id) {
        name
        community { name }
        partyBranch { name formation stage }
        propertyCompany { name }
        managementContracts { company { name } startsOn endsOn }
        embeddedUnits { name kind }
        volunteerTeams { name }
      } }`,
      { id: estateId("南桥锦福家园") },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.estate).toMatchObject({
      name: "南桥锦福家园",
      community: { name: "南桥社区" },
      partyBranch: { name: "南桥锦福家园小区党支部", formation: "STANDALONE", stage: "ESTABLISHED" },
      propertyCompany: { name: "嘉庆物业服务有限公司" },
      managementContracts: [{ company: { name: "嘉庆物业服务有限公司" }, startsOn: "2019-01-01", endsOn: null }],
      volunteerTeams: [{ name: "南桥锦福家园党员志愿者队" }],
    });
    const units = result.data?.estate.embeddedUnits.map((u) => u.name) ?? [];
    expect(units.sort()).toEqual(["全安消防技术有限公司", "海通劳务派遣有限公司"].sort());
  });

  it("follows entity references back from another agency's entity", async () => {
    type Company = { name: string; managedEstates: { name: string; partyBranch: { name: string } | null }[] };
    const result = await graph.query<{ propertyCompanies: { edges: { node: Company }[] } }>(
      `{ propertyCompanies(first: 10) { edges { node { name managedEstates { name partyBranch { name } volunteerTeams { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const companies = result.data?.propertyCompanies.edges.map((edge) => edge.node) ?? [];
    const jiaqing = companies.find((c) => c.name === "嘉庆物业服务有限公司");
    expect(jiaqing?.managedEstates.map((e) => e.name).sort()).toEqual(["南桥锦福家园", "木兰滨河"].sort());
    expect(jiaqing?.managedEstates.find((e) => e.name === "木兰滨河")?.partyBranch?.name).toBe("木兰滨河小区党支部");
  });

  it("lists 100 estates with all four agencies' fields in the same number of SQL statements as 10", async () => {
    const measure = async (first: number) => {
      const before = await statementsBySubgraph();
      const result = await graph.query<{ estates: { edges: unknown[] } }>(ESTATE_PAGE, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.estates.edges).toHaveLength(first);
      const after = await statementsBySubgraph();
      return Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]));
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toEqual(ten);
    // One page query plus one batched lookup per nested field, in each agency.
    for (const [name, count] of Object.entries(hundred)) {
      expect(count, `${name} issued ${count} statements`).toBeGreaterThan(0);
      expect(count, `${name} issued ${count} statements`).toBeLessThanOrEqual(3);
    }
  });

  it("refuses a page of more than 100 estates with BAD_USER_INPUT", async () => {
    const result = await graph.query(ESTATE_PAGE, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

async function statementsBySubgraph(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(graph.subgraphs).map(async ([name, subgraph]) => [name, await subgraph.statements()] as const),
  );
  return Object.fromEntries(entries);
}
