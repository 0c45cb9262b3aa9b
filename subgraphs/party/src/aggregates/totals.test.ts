import { xianyouCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = xianyouCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const admin: Caller = { subject: "totals-admin", grants: [{ role: "agency_admin", agency: "party" }] };

interface Page {
  totalCount: number;
  edges: unknown[];
  pageInfo: { hasNextPage: boolean };
}

/** A page that holds the whole list: its length is the list's count. */
const whole = (page: Page) => {
  expect(page.pageInfo.hasNextPage).toBe(false);
  return page.edges.length;
};

const NESTED = ["practicalProjects", "houseRules", "deliberationMeetings", "partyMembers", "disputes", "echoWall"];
const page = (totals: boolean) =>
  `(first: 100) { ${totals ? "totalCount" : ""} edges { cursor } pageInfo { hasNextPage } }`;

describe("totalCount on the party's connections", () => {
  it("is the length of the whole list, for the places and every nested list of an estate", async () => {
    const result = await database.query<{
      counties: { subdistrictPage: Page & { edges: { node: { communityPage: Page } }[] } }[];
      estates: Page & { edges: { node: Record<string, Page> }[] };
    }>(
      `{ counties { subdistrictPage(first: 100) { totalCount pageInfo { hasNextPage }
           edges { node { communityPage${page(true)} } } } }
         estates(first: 100) { totalCount pageInfo { hasNextPage }
           edges { node { ${NESTED.map((field) => `${field}${page(true)}`).join(" ")} } } } }`,
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    const subdistricts = result.data!.counties[0]!.subdistrictPage;
    expect(subdistricts.totalCount).toBe(county.subdistricts.length);
    for (const { node } of subdistricts.edges) expect(node.communityPage.totalCount).toBe(whole(node.communityPage));
    const estates = result.data!.estates;
    expect(estates.totalCount).toBe(county.estates.length);
    const counted = new Set<number>();
    for (const { node } of estates.edges) {
      for (const field of NESTED) {
        expect(node[field]!.totalCount, field).toBe(whole(node[field]!));
        counted.add(node[field]!.totalCount);
      }
    }
    expect([...counted].some((n) => n > 0)).toBe(true);
  });

  it("costs one statement per list, whatever the number of parents, and nothing when not selected", async () => {
    const ask = async (totals: boolean) => {
      const before = await database.statements();
      const result = await database.query(
        `{ estates(first: 60) { edges { node { practicalProjects${page(totals)} houseRules${page(totals)} } } } }`,
        {},
        admin,
      );
      expect(result.errors).toBeUndefined();
      return (await database.statements()) - before;
    };
    const without = await ask(false);
    // Two nested lists over 60 estates: two count statements, one per list.
    expect((await ask(true)) - without).toBe(2);
  });
});
