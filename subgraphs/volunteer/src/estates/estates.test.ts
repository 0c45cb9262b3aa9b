import { sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

const county = withSyntheticEstates(sampleCounty(), 30);
const estateId = (name: string) => county.estates.find((e) => e.name === name)!.id;
const unknownId = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));
const query = database.query;

describe("Estate._entities", () => {
  it("resolves estate references in key order with their teams, an empty list for a miss", async () => {
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { id volunteerTeams { name } } } }`,
      {
        reps: [
          { __typename: "Estate", id: estateId("木兰滨河") },
          { __typename: "Estate", id: unknownId },
          { __typename: "Estate", id: "nope" },
          { __typename: "Estate", id: estateId("洪桥花苑") },
          { __typename: "Estate", id: estateId("仙安石鼓山") },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: estateId("木兰滨河"), volunteerTeams: [{ name: "木兰社区学雷锋志愿服务队" }] },
      { id: unknownId, volunteerTeams: [] },
      { id: "nope", volunteerTeams: [] },
      { id: estateId("洪桥花苑"), volunteerTeams: [] },
      { id: estateId("仙安石鼓山"), volunteerTeams: [{ name: "仙安石鼓山邻帮志愿队" }] },
    ]);
  });

  it("resolves an estate reference by its key alone, without a statement", async () => {
    const before = database.statements();
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { id } } }`,
      {
        reps: [{ __typename: "Estate", id: estateId("木兰乐园") }],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ id: estateId("木兰乐园") }]);
    expect(database.statements() - before).toBe(0);
  });

  it("resolves 30 estate references with their teams and the teams' estates in as many statements as 3", async () => {
    const reps = county.estates.map((e) => ({ __typename: "Estate", id: e.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { volunteerTeams { name estates { id } } } } }`,
        { reps: reps.slice(0, n) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(n);
      return database.statements() - before;
    };
    const three = await count(3);
    expect(await count(30)).toBe(three);
    // One statement for the teams of every estate, one for the estates of every team.
    expect(three).toBe(2);
  });
});
