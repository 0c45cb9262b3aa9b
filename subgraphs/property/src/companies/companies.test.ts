import { sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { property } from "../definition";
import { isEmpty, loadCounty } from "../demo";
import { CompaniesRepository } from "./companies.repository";

const county = withSyntheticEstates(sampleCounty(), 30);
const companyByName = (name: string) => county.companies.find((c) => c.name === name)!;

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));
const query = database.query;

describe("demo data", () => {
  it("loads the county twice without adding a row", async () => {
    const before = await query("{ propertyCompanies(first: 100) { edges { node { id contracts { id } } } } }");
    await loadCounty(database.db, county);
    const after = await query("{ propertyCompanies(first: 100) { edges { node { id contracts { id } } } } }");
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    const contracts = (
      after.data as { propertyCompanies: { edges: { node: { contracts: unknown[] } }[] } }
    ).propertyCompanies.edges.flatMap((edge) => edge.node.contracts);
    expect(contracts).toHaveLength(county.contracts.length);
    expect(await isEmpty(database.db)).toBe(false);
  });
});

describe("companies repository", () => {
  it("pages through every company exactly once, in name order", async () => {
    const repository = new CompaniesRepository(database.db);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await repository.page({ first: 1, after });
      expect(page.edges.length).toBeLessThanOrEqual(1);
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(county.companies.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("finds the company of each estate's current contract in one statement, none for an open estate", async () => {
    const repository = new CompaniesRepository(database.db);
    const estateId = (name: string) => county.estates.find((e) => e.name === name)!.id;
    const before = database.statements();
    const rows = await repository.currentByEstateIds([estateId("木兰滨河"), estateId("仙安石鼓山")]);
    expect(database.statements() - before).toBe(1);
    expect(rows.map((row) => [row.estateId, row.name])).toEqual([[estateId("木兰滨河"), "嘉庆物业服务有限公司"]]);
  });
});

describe("companies resolvers", () => {
  it("lists a company's contracts newest first, each pointing at an estate by key", async () => {
    const hengda = companyByName("恒达物业管理有限公司");
    const result = await query(
      `query ($id: ID!) { propertyCompany(id: $id) {
        name address
        contracts { startsOn endsOn current company { name } estate { id } }
        managedEstates { id }
      } }`,
      { id: hengda.id },
    );
    expect(result.errors).toBeUndefined();
    const estateId = (name: string) => county.estates.find((e) => e.name === name)!.id;
    expect(result.data).toEqual({
      propertyCompany: {
        name: "恒达物业管理有限公司",
        address: hengda.address,
        contracts: [
          {
            startsOn: "2015-09-01",
            endsOn: null,
            current: true,
            company: { name: "恒达物业管理有限公司" },
            estate: { id: estateId("洪桥花苑") },
          },
          {
            startsOn: "2014-03-01",
            endsOn: "2020-12-31",
            current: false,
            company: { name: "恒达物业管理有限公司" },
            estate: { id: estateId("木兰滨河") },
          },
        ],
        // 木兰滨河 changed company: only the estate it still manages counts.
        managedEstates: [{ id: estateId("洪桥花苑") }],
      },
    });
  });

  it("refuses a page size over 100 and a forged cursor with BAD_USER_INPUT", async () => {
    const tooMany = await query("{ propertyCompanies(first: 101) { edges { cursor } } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await query(`{ propertyCompanies(after: "not-a-cursor") { edges { cursor } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers null for a company id that names nothing, malformed or not", async () => {
    const result = await query(
      `{ a: propertyCompany(id: "nope") { id } b: propertyCompany(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe("_entities", () => {
  it("resolves company references in key order, null for an unknown or malformed id", async () => {
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PropertyCompany { name } } }`,
      {
        reps: [
          { __typename: "PropertyCompany", id: companyByName("顺安物业服务有限公司").id },
          { __typename: "PropertyCompany", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "PropertyCompany", id: "1; drop table property_companies" },
          { __typename: "PropertyCompany", id: companyByName("嘉庆物业服务有限公司").id },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "顺安物业服务有限公司" },
      null,
      null,
      { name: "嘉庆物业服务有限公司" },
    ]);
  });
});
