import { sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { units } from "../definition";
import { loadCounty } from "../demo";
import { MembershipsRepository } from "./memberships.repository";

const county = withSyntheticEstates(sampleCounty(), 30);
const estateByName = (name: string) => county.estates.find((e) => e.name === name)!;
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const missing = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

describe("memberships repository", () => {
  it("fetches the units of several estates in one statement, by name and tagged with their estate", async () => {
    const repository = new MembershipsRepository(database.db);
    const nanqiao = estateByName("南桥锦福家园").id;
    const mulan = estateByName("木兰滨河").id;
    const before = database.statements();
    const rows = await repository.unitsByEstateIds([nanqiao, mulan, missing]);
    expect(database.statements() - before).toBe(1);
    // A unit in two of the estates appears once for each, the estates in id order.
    const quananEstates = [nanqiao, mulan].sort();
    expect(rows.map((row) => [row.name, row.estateId])).toEqual([
      ...quananEstates.map((id) => ["全安消防技术有限公司", id]),
      ["海通劳务派遣有限公司", nanqiao],
    ]);
  });
});

describe("memberships resolvers", () => {
  it("lists the embedded units of 南桥锦福家园 through a unit's membership", async () => {
    const haitong = unitByName("海通劳务派遣有限公司");
    const result = await query(
      `query ($id: ID!) { unit(id: $id) { bigBranchMemberships { joinedOn estate { id embeddedUnits { name } } unit { name } } } }`,
      { id: haitong.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      unit: {
        bigBranchMemberships: [
          {
            joinedOn: "2021-04-01",
            estate: {
              id: estateByName("南桥锦福家园").id,
              embeddedUnits: [{ name: "全安消防技术有限公司" }, { name: "海通劳务派遣有限公司" }],
            },
            unit: { name: "海通劳务派遣有限公司" },
          },
        ],
      },
    });
  });

  it("shows that 全安消防 joined the big branches of two estates, in the order it joined", async () => {
    const result = await query(
      `query ($id: ID!) { unit(id: $id) { joinedEstates { id } bigBranchMemberships { joinedOn estate { id } } } }`,
      { id: unitByName("全安消防技术有限公司").id },
    );
    expect(result.errors).toBeUndefined();
    const nanqiao = estateByName("南桥锦福家园").id;
    const mulan = estateByName("木兰滨河").id;
    expect(result.data).toEqual({
      unit: {
        joinedEstates: [{ id: nanqiao }, { id: mulan }],
        bigBranchMemberships: [
          { joinedOn: "2021-04-01", estate: { id: nanqiao } },
          { joinedOn: "2022-02-15", estate: { id: mulan } },
        ],
      },
    });
  });
});

describe("_entities", () => {
  it("resolves estate and unit references in key order, empty or null for a miss", async () => {
    const nanqiao = estateByName("南桥锦福家园");
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Estate { id embeddedUnits { name } bigBranchMemberships { unit { name } } }
        ... on Unit { name }
      } }`,
      {
        reps: [
          { __typename: "Unit", id: unitByName("顺安工程有限公司").id },
          { __typename: "Estate", id: nanqiao.id },
          { __typename: "Unit", id: missing },
          { __typename: "Estate", id: missing },
          { __typename: "Unit", id: "nope" },
          { __typename: "Estate", id: "nope" },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "顺安工程有限公司" },
      {
        id: nanqiao.id,
        embeddedUnits: [{ name: "全安消防技术有限公司" }, { name: "海通劳务派遣有限公司" }],
        // Both joined on 2021-04-01: the unit id breaks the tie.
        bigBranchMemberships: [unitByName("海通劳务派遣有限公司"), unitByName("全安消防技术有限公司")]
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map(({ name }) => ({ unit: { name } })),
      },
      null,
      { id: missing, embeddedUnits: [], bigBranchMemberships: [] },
      null,
      { id: "nope", embeddedUnits: [], bigBranchMemberships: [] },
    ]);
  });

  it("resolves 30 estate references with their units and memberships in a fixed number of statements", async () => {
    const synthetic = county.estates.filter((e) => e.name.startsWith("合成小区"));
    expect(synthetic).toHaveLength(30);
    const reps = synthetic.map((e) => ({ __typename: "Estate", id: e.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Estate { embeddedUnits { name } bigBranchMemberships { joinedOn unit { name } } }
        } }`,
        { reps: reps.slice(0, n) },
      );
      expect(result.errors).toBeUndefined();
      const entities = result.data?._entities as { embeddedUnits: { name: string }[] }[];
      expect(entities).toHaveLength(n);
      expect(entities.every((e) => e.embeddedUnits.length === 1)).toBe(true);
      return database.statements() - before;
    };
    expect(await count(30)).toBe(await count(3));
  });
});
