import { demoId, sampleCounty } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { property } from "../definition";
import { loadCounty } from "../demo";

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, sampleCounty()));

describe("property service items", () => {
  it("lists each company's service items by name to the anonymous public, in one statement for every company", async () => {
    const before = database.statements();
    const result = await database.query(
      `{ propertyCompanies(first: 100) { edges { node { name serviceItems { name description feeNote company { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // The page of companies, every company's items, and the items' companies: one statement each.
    expect(database.statements() - before).toBe(3);
    const byName = Object.fromEntries(
      (
        result.data as { propertyCompanies: { edges: { node: { name: string; serviceItems: { name: string }[] } }[] } }
      ).propertyCompanies.edges.map(({ node }) => [node.name, node.serviceItems.map((item) => item.name)]),
    );
    expect(byName).toEqual({
      嘉庆物业服务有限公司: ["入户维修", "电动车集中充电", "秩序维护"],
      恒达物业管理有限公司: ["保洁"],
      顺安物业服务有限公司: ["公共设施维修", "绿化养护"],
    });
  });

  it("tells what an item costs and which company offers it", async () => {
    const result = await database.query(
      `query ($id: ID!) { propertyCompany(id: $id) { serviceItems { name feeNote company { id } } } }`,
      {
        id: demoId("company", "嘉庆物业"),
      },
    );
    expect(result.data).toMatchObject({
      propertyCompany: {
        serviceItems: expect.arrayContaining([
          { name: "电动车集中充电", feeNote: "按电量计费，每度 1 元", company: { id: demoId("company", "嘉庆物业") } },
        ]),
      },
    });
  });
});
