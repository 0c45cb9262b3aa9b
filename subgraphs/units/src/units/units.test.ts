import { sampleCounty } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { unitEstates, units as unitsTable } from "../db/schema";
import { units } from "../definition";
import { isEmpty, loadCounty } from "../demo";
import { UnitsRepository } from "./units.repository";

const county = sampleCounty();
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

describe("demo data", () => {
  it("loads the county twice without adding a unit or a membership", async () => {
    const count = async () => {
      const [unitCount] = await database.db.select({ n: sql<number>`count(*)::int` }).from(unitsTable);
      const [membershipCount] = await database.db.select({ n: sql<number>`count(*)::int` }).from(unitEstates);
      return { units: unitCount?.n, memberships: membershipCount?.n };
    };
    expect(await isEmpty(database.db)).toBe(false);
    const before = await count();
    await loadCounty(database.db, county);
    expect(await count()).toEqual(before);
    expect(before).toEqual({
      units: county.units.length,
      memberships: county.units.flatMap((u) => u.joined).length,
    });
  });
});

describe("units repository", () => {
  it("pages through every unit exactly once, in name order", async () => {
    const repository = new UnitsRepository(database.db);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await repository.page({}, { first: 3, after });
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(county.units.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(county.units.map((u) => u.name).sort(byCodePoint));
  });

  it("lists only the units of the kind asked for", async () => {
    const repository = new UnitsRepository(database.db);
    const agencies = await repository.page({ kind: "AGENCY" }, {});
    expect(agencies.edges.map((edge) => edge.node.name)).toEqual(["仙游县城市管理局"]);
    expect(agencies.pageInfo.hasNextPage).toBe(false);
    const schools = await repository.page({ kind: "SCHOOL" }, {});
    expect(schools).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await schools.totalCount()).toBe(0);
  });
});

describe("units resolvers", () => {
  it("answers a unit by id with the estates whose big branch it joined", async () => {
    const quanan = unitByName("全安消防技术有限公司");
    const result = await query(
      `query ($id: ID!) { unit(id: $id) { name kind address bigBranchMemberships { joinedOn } joinedEstates { id } } }`,
      { id: quanan.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      unit: {
        name: "全安消防技术有限公司",
        kind: "COMPANY",
        address: "仙游县鲤城街道学府路 8 号",
        bigBranchMemberships: [{ joinedOn: "2021-04-01" }, { joinedOn: "2022-02-15" }],
        joinedEstates: quanan.joined.map(({ estateId }) => ({ id: estateId })),
      },
    });
  });

  it("filters the units list by kind", async () => {
    const result = await query(`{ units(kind: COMPANY) { edges { node { name } } pageInfo { hasNextPage } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      units: {
        edges: ["全安消防技术有限公司", "海通劳务派遣有限公司", "顺安工程有限公司"]
          .sort(byCodePoint)
          .map((name) => ({ node: { name } })),
        pageInfo: { hasNextPage: false },
      },
    });
  });

  it("refuses a page size out of range and a forged cursor with BAD_USER_INPUT", async () => {
    const tooMany = await query("{ units(first: 101) { edges { cursor } } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const none = await query("{ units(first: 0) { edges { cursor } } }");
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await query(`{ units(after: "not-a-cursor") { edges { cursor } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers null for a unit id that names nothing, malformed or not", async () => {
    const result = await query(
      `{ a: unit(id: "nope") { id } b: unit(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});
