import { demoId, sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { managementContracts } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";

const county = withSyntheticEstates(sampleCounty(), 30);
const estateByName = (name: string) => county.estates.find((e) => e.name === name)!;
const companyId = (name: string) => county.companies.find((c) => c.name === name)!.id;

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));
const query = database.query;

/** The SQLSTATE of a refused statement, wherever the driver wrapped it. */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  while (current && typeof current === "object") {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}

const estateQuery = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate {
  id
  propertyCompany { name }
  managementContracts { startsOn endsOn current company { name } estate { id } }
} } }`;

describe("contracts resolvers", () => {
  it("names the company of the current contract for an estate that changed company, and keeps the history", async () => {
    const mulan = estateByName("木兰滨河");
    const result = await query(estateQuery, { reps: [{ __typename: "Estate", id: mulan.id }] });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: mulan.id,
        propertyCompany: { name: "嘉庆物业服务有限公司" },
        managementContracts: [
          {
            startsOn: "2021-01-01",
            endsOn: null,
            current: true,
            company: { name: "嘉庆物业服务有限公司" },
            estate: { id: mulan.id },
          },
          {
            startsOn: "2014-03-01",
            endsOn: "2020-12-31",
            current: false,
            company: { name: "恒达物业管理有限公司" },
            estate: { id: mulan.id },
          },
        ],
      },
    ]);
  });

  it("walks from a company through its contracts to estates and back to their current company", async () => {
    const result = await query(
      `query ($id: ID!) { propertyCompany(id: $id) {
        contracts { estate { id propertyCompany { name } } }
        managedEstates { id }
      } }`,
      { id: companyId("嘉庆物业服务有限公司") },
    );
    expect(result.errors).toBeUndefined();
    const jiaqing = { propertyCompany: { name: "嘉庆物业服务有限公司" } };
    expect(result.data).toEqual({
      propertyCompany: {
        contracts: [
          { estate: { id: estateByName("木兰滨河").id, ...jiaqing } },
          { estate: { id: estateByName("南桥锦福家园").id, ...jiaqing } },
        ],
        managedEstates: [{ id: estateByName("木兰滨河").id }, { id: estateByName("南桥锦福家园").id }],
      },
    });
  });
});

describe("_entities", () => {
  it("resolves estate references in key order; an open estate and an unknown or malformed id have no company", async () => {
    const reps = [
      { __typename: "Estate", id: estateByName("东门顺安").id },
      { __typename: "Estate", id: estateByName("仙安石鼓山").id },
      { __typename: "Estate", id: "00000000-0000-4000-8000-000000000000" },
      { __typename: "Estate", id: "not-a-uuid" },
      { __typename: "Estate", id: estateByName("南桥锦福家园").id },
    ];
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { id propertyCompany { name } managementContracts { id } } } }`,
      { reps },
    );
    expect(result.errors).toBeUndefined();
    const open = (id: string) => ({ id, propertyCompany: null, managementContracts: [] });
    expect(result.data?._entities).toEqual([
      {
        id: estateByName("东门顺安").id,
        propertyCompany: { name: "顺安物业服务有限公司" },
        managementContracts: [{ id: demoId("contract", "顺安物业/东门顺安/2018-07-01") }],
      },
      open(estateByName("仙安石鼓山").id),
      open("00000000-0000-4000-8000-000000000000"),
      open("not-a-uuid"),
      {
        id: estateByName("南桥锦福家园").id,
        propertyCompany: { name: "嘉庆物业服务有限公司" },
        managementContracts: [{ id: demoId("contract", "嘉庆物业/南桥锦福家园/2019-01-01") }],
      },
    ]);
  });

  it("resolves 30 estate references with their company and contracts in as many statements as 3", async () => {
    const reps = county.estates.map((e) => ({ __typename: "Estate", id: e.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(estateQuery, { reps: reps.slice(0, n) });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(n);
      return database.statements() - before;
    };
    expect(reps.length).toBeGreaterThanOrEqual(30);
    const three = await count(3);
    // One statement each for the current companies, the contracts and the contracts' companies.
    expect(three).toBe(3);
    expect(await count(30)).toBe(three);
  });
});

describe("management contracts table", () => {
  // An estate of its own, so that the other tests' data is untouched.
  const estateId = demoId("estate", "合同约束测试小区");
  const contract = (name: string, startsOn: string, endsOn: string | null = null) => ({
    id: demoId("contract", name),
    companyId: companyId("顺安物业服务有限公司"),
    estateId,
    startsOn,
    endsOn,
  });

  it("refuses a second current contract for the same estate, and accepts it once the first has ended", async () => {
    await database.db.insert(managementContracts).values(contract("约束测试一", "2020-01-01"));
    const second = database.db.insert(managementContracts).values(contract("约束测试二", "2023-01-01"));
    await expect(second).rejects.toSatisfy((error) => sqlState(error) === "23505");

    await database.db
      .update(managementContracts)
      .set({ endsOn: "2022-12-31" })
      .where(eq(managementContracts.id, demoId("contract", "约束测试一")));
    await database.db.insert(managementContracts).values(contract("约束测试二", "2023-01-01"));
    const result = await query(estateQuery, { reps: [{ __typename: "Estate", id: estateId }] });
    expect(result.data?._entities).toMatchObject([
      {
        propertyCompany: { name: "顺安物业服务有限公司" },
        managementContracts: [{ current: true }, { current: false }],
      },
    ]);
  });

  it("refuses a contract that ends before it starts", async () => {
    const backwards = database.db
      .insert(managementContracts)
      .values(contract("约束测试倒序", "2024-06-01", "2024-05-31"));
    await expect(backwards).rejects.toSatisfy((error) => sqlState(error) === "23514");
  });
});
