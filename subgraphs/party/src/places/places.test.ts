import { sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { party } from "../definition";
import { loadCounty } from "../demo";
import { PlacesRepository } from "./places.repository";

const county = withSyntheticEstates(sampleCounty(), 30);
const estateByName = (name: string) => county.estates.find((e) => e.name === name)!;

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

describe("places repository", () => {
  it("pages through every estate exactly once, in name order", async () => {
    const repository = new PlacesRepository(database.db);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await repository.estatesPage({}, { first: 7, after });
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(county.estates.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("fetches the same page for several communities in one statement", async () => {
    const repository = new PlacesRepository(database.db);
    const before = database.statements();
    const rows = await repository.estatePagesByCommunityIds(
      county.communities.map((c) => c.id),
      { limit: 2, after: null },
    );
    expect(database.statements() - before).toBe(1);
    const mulanCommunity = estateByName("木兰滨河").communityId;
    // limit + 1 rows per community at most: the extra one tells that another page exists.
    for (const community of county.communities) {
      expect(rows.filter((row) => row.communityId === community.id).length).toBeLessThanOrEqual(3);
    }
    expect(rows.filter((row) => row.communityId === mulanCommunity).map((e) => e.name)).toEqual([
      "兰鑫花园",
      "木兰乐园",
      "木兰滨河",
    ]);
  });
});

describe("places resolvers", () => {
  it("walks from an estate up to its community, subdistrict and county", async () => {
    const result = await query(
      `query ($id: ID!) { estate(id: $id) { name resettlement community { name subdistrict { name kind county { name } } } } }`,
      { id: estateByName("仙安石鼓山").id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      estate: {
        name: "仙安石鼓山",
        resettlement: true,
        community: { name: "仙安社区", subdistrict: { name: "鲤南镇", kind: "TOWN", county: { name: "仙游县" } } },
      },
    });
  });

  it("refuses a page size over 100 and a forged cursor with BAD_USER_INPUT", async () => {
    const tooMany = await query("{ estates(first: 101) { edges { cursor } } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await query(`{ estates(after: "not-a-cursor") { edges { cursor } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badId = await query(`{ estates(communityId: "1; drop table estates") { edges { cursor } } }`);
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers null for an estate id that names nothing, malformed or not", async () => {
    const result = await query(
      `{ a: estate(id: "nope") { id } b: estate(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe("_entities", () => {
  it("resolves estate, community and subdistrict references in key order, null for a miss", async () => {
    const mulan = estateByName("木兰滨河");
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Estate { name partyBranch { name } }
        ... on Community { name }
        ... on Subdistrict { name }
      } }`,
      {
        reps: [
          { __typename: "Estate", id: mulan.id },
          { __typename: "Estate", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Community", id: mulan.communityId },
          { __typename: "Subdistrict", id: county.subdistricts[0]!.id },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "木兰滨河", partyBranch: { name: "木兰滨河小区党支部" } },
      null,
      { name: "木兰社区" },
      { name: "鲤城街道" },
    ]);
  });

  it("resolves 30 estate references with their branches in a fixed number of statements", async () => {
    const reps = county.estates.map((e) => ({ __typename: "Estate", id: e.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { partyBranch { name estates { name } } community { name } } } }`,
        { reps: reps.slice(0, n) },
      );
      expect(result.errors).toBeUndefined();
      return database.statements() - before;
    };
    expect(await count(30)).toBe(await count(3));
  });
});

describe("place lists as connections", () => {
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  it("pages through a county's subdistricts exactly once, in name order", async () => {
    type Page = { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const variables: { after: string | null } = { after };
      const result = await query<{ counties: { subdistrictPage: Page }[] }>(
        `query ($after: String) { counties { subdistrictPage(first: 2, after: $after) {
          edges { node { name } } pageInfo { hasNextPage endCursor } } } }`,
        variables,
      );
      expect(result.errors).toBeUndefined();
      const page: Page = result.data!.counties[0]!.subdistrictPage;
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(county.subdistricts.map((s) => s.name).sort(byName));
  });

  it("answers a page of communities for every subdistrict of a page in one statement", async () => {
    const before = database.statements();
    const result = await query<{
      counties: {
        subdistrictPage: { edges: { node: { id: string; communityPage: { edges: { node: { name: string } }[] } } }[] };
      }[];
    }>(
      `{ counties { subdistrictPage(first: 100) { edges { node { id communityPage(first: 1) { edges { node { name } } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // counties, the subdistricts' page, the communities' pages: one statement each.
    expect(database.statements() - before).toBe(3);
    for (const edge of result.data!.counties[0]!.subdistrictPage.edges) {
      const names = county.communities
        .filter((c) => c.subdistrictId === edge.node.id)
        .map((c) => c.name)
        .sort(byName);
      expect(edge.node.communityPage.edges.map((e) => e.node.name)).toEqual(names.slice(0, 1));
    }
  });
});
