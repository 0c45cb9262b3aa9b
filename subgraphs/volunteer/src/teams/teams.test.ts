import { demoId, sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { teamEstates, volunteerTeams } from "../db/schema";
import { volunteer } from "../definition";
import { isEmpty, loadCounty } from "../demo";
import { TeamsRepository } from "./teams.repository";

const county = withSyntheticEstates(sampleCounty(), 30);
// A second team at 木兰滨河, so that an estate served by several teams is exercised too.
county.teams.push({
  id: demoId("team", "木兰滨河楼道志愿小分队"),
  name: "木兰滨河楼道志愿小分队",
  foundedOn: "2023-03-05",
  estateIds: [demoId("estate", "木兰滨河")],
});
const estateId = (name: string) => county.estates.find((e) => e.name === name)!.id;
const teamByName = (name: string) => county.teams.find((t) => t.name === name)!;
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));
const query = database.query;

describe("teams repository", () => {
  it("pages through every team exactly once, in name order", async () => {
    const repository = new TeamsRepository(database.db);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await repository.teamsPage({}, { first: 7, after });
      expect(page.edges.length).toBeLessThanOrEqual(7);
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(county.teams.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort(byCodePoint));
  });

  it("keeps to the teams serving one estate, across pages", async () => {
    const repository = new TeamsRepository(database.db);
    const first = await repository.teamsPage({ estateId: estateId("木兰滨河") }, { first: 1 });
    expect(first.edges.map((edge) => edge.node.name)).toEqual(["木兰滨河楼道志愿小分队"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await repository.teamsPage(
      { estateId: estateId("木兰滨河") },
      { first: 1, after: first.pageInfo.endCursor },
    );
    expect(second.edges.map((edge) => edge.node.name)).toEqual(["木兰社区学雷锋志愿服务队"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("finds no team for an estate that no team serves", async () => {
    const repository = new TeamsRepository(database.db);
    const page = await repository.teamsPage({ estateId: estateId("洪桥花苑") }, { first: 20 });
    expect(page).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await page.totalCount()).toBe(0);
  });
});

describe("teams resolvers", () => {
  it("lists 木兰滨河, 木兰乐园 and 兰鑫花园 as the estates 木兰社区学雷锋志愿服务队 serves", async () => {
    const team = teamByName("木兰社区学雷锋志愿服务队");
    const result = await query(`query ($id: ID!) { volunteerTeam(id: $id) { id name foundedOn estates { id } } }`, {
      id: team.id,
    });
    expect(result.errors).toBeUndefined();
    const served = ["木兰滨河", "木兰乐园", "兰鑫花园"].map(estateId).sort(byCodePoint);
    expect(result.data).toEqual({
      volunteerTeam: {
        id: team.id,
        name: "木兰社区学雷锋志愿服务队",
        foundedOn: "2019-03-05",
        estates: served.map((id) => ({ id })),
      },
    });
  });

  it("lists the teams serving 木兰滨河 by name when filtered by that estate", async () => {
    const result = await query(
      `query ($estateId: ID!) { volunteerTeams(estateId: $estateId) { edges { node { name } } pageInfo { hasNextPage } } }`,
      { estateId: estateId("木兰滨河") },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      volunteerTeams: {
        edges: [{ node: { name: "木兰滨河楼道志愿小分队" } }, { node: { name: "木兰社区学雷锋志愿服务队" } }],
        pageInfo: { hasNextPage: false },
      },
    });
  });

  it("refuses a page size outside 1 to 100, a forged cursor and a malformed estate id with BAD_USER_INPUT", async () => {
    const tooMany = await query("{ volunteerTeams(first: 101) { edges { cursor } } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const none = await query("{ volunteerTeams(first: 0) { edges { cursor } } }");
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await query(`{ volunteerTeams(after: "not-a-cursor") { edges { cursor } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badId = await query(`{ volunteerTeams(estateId: "1; drop table team_estates") { edges { cursor } } }`);
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers null for a team id that names nothing, malformed or not", async () => {
    const result = await query(
      `{ a: volunteerTeam(id: "nope") { id } b: volunteerTeam(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe("_entities", () => {
  it("resolves volunteer team references in key order, null for a miss", async () => {
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on VolunteerTeam { name foundedOn } } }`,
      {
        reps: [
          { __typename: "VolunteerTeam", id: teamByName("仙安石鼓山邻帮志愿队").id },
          { __typename: "VolunteerTeam", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "VolunteerTeam", id: "nope" },
          { __typename: "VolunteerTeam", id: teamByName("东门顺安党员志愿者队").id },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "仙安石鼓山邻帮志愿队", foundedOn: "2022-05-01" },
      null,
      null,
      { name: "东门顺安党员志愿者队", foundedOn: "2020-08-01" },
    ]);
  });
});

describe("demo data", () => {
  it("loads the county a second time without adding a team or a served estate", async () => {
    await loadCounty(database.db, county);
    const count = async (table: typeof volunteerTeams | typeof teamEstates) => {
      const [row] = await database.db.select({ count: sql<number>`count(*)::int` }).from(table);
      return row?.count;
    };
    expect(await count(volunteerTeams)).toBe(county.teams.length);
    expect(await count(teamEstates)).toBe(county.teams.flatMap((t) => t.estateIds).length);
    expect(await isEmpty(database.db)).toBe(false);
  });
});
