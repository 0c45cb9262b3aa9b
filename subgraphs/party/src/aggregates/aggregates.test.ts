import { xianyouCounty } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = xianyouCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));

const COUNTY = `County:${county.county.id}`;
/** A year of reports ending today, in China time. */
const chinaDay = (time: number) => new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);
const TO = chinaDay(Date.now());
const FROM = chinaDay(Date.now() - 365 * 86_400_000);
const inRange = (reportedAt: string) => {
  const day = chinaDay(Date.parse(reportedAt));
  return day >= FROM && day <= TO;
};

const percentile = (sorted: number[], p: number) => {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
};

describe("the dashboards' aggregates of problems", () => {
  it("counts the county's problems of a year by category and state, as a recount of the records", async () => {
    const result = await database.query<{ problemCounts: { category: string; status: string; problems: number }[] }>(
      `query ($place: String!, $from: String!, $to: String!) {
        problemCounts(place: $place, from: $from, to: $to) { category status problems } }`,
      { place: COUNTY, from: FROM, to: TO },
    );
    expect(result.errors).toBeUndefined();
    const recount = new Map<string, number>();
    for (const p of county.problems.filter((p) => inRange(p.reportedAt))) {
      const key = `${p.category}|${p.status}`;
      recount.set(key, (recount.get(key) ?? 0) + 1);
    }
    const answered = new Map(result.data!.problemCounts.map((row) => [`${row.category}|${row.status}`, row.problems]));
    expect(answered).toEqual(recount);
    expect([...recount.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("gives each property company's average, median and p90 answer time in hours", async () => {
    const result = await database.query<{
      answerTimes: {
        handlerKind: string;
        handler: { __typename: string; id: string };
        answered: number;
        averageHours: number;
        medianHours: number;
        p90Hours: number;
      }[];
    }>(
      `query ($place: String!, $from: String!, $to: String!) {
        answerTimes(place: $place, from: $from, to: $to, by: HANDLER, handlerKind: PROPERTY_COMPANY) {
          handlerKind handler { __typename ... on PropertyCompany { id } } answered averageHours medianHours p90Hours } }`,
      { place: COUNTY, from: FROM, to: TO },
    );
    expect(result.errors).toBeUndefined();
    const hours = new Map<string, number[]>();
    for (const p of county.problems) {
      if (p.responsibleKind !== "PROPERTY_COMPANY" || !p.answeredAt || !inRange(p.reportedAt)) continue;
      if (p.status !== "ANSWERED" && p.status !== "CLOSED") continue;
      const list = hours.get(p.responsibleId!) ?? [];
      list.push((Date.parse(p.answeredAt) - Date.parse(p.reportedAt)) / 3_600_000);
      hours.set(p.responsibleId!, list);
    }
    expect(hours.size).toBeGreaterThan(0);
    expect(result.data!.answerTimes).toHaveLength(hours.size);
    for (const row of result.data!.answerTimes) {
      expect(row.handlerKind).toBe("PROPERTY_COMPANY");
      expect(row.handler.__typename).toBe("PropertyCompany");
      const list = (hours.get(row.handler.id) ?? []).sort((a, b) => a - b);
      expect(row.answered).toBe(list.length);
      expect(row.averageHours).toBeCloseTo(list.reduce((a, b) => a + b, 0) / list.length, 6);
      expect(row.medianHours).toBeCloseTo(percentile(list, 0.5), 6);
      expect(row.p90Hours).toBeCloseTo(percentile(list, 0.9), 6);
    }
  });

  it("lists the overdue problems of a place with their total, paging to the same set", async () => {
    const subdistrict = county.subdistricts[0]!;
    const estates = new Set(
      county.estates
        .filter((e) => county.communities.find((c) => c.id === e.communityId)?.subdistrictId === subdistrict.id)
        .map((e) => e.id),
    );
    const unanswered = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REOPENED"];
    const expected = county.problems
      .filter((p) => estates.has(p.estateId) && unanswered.includes(p.status) && Date.parse(p.dueAt) < Date.now())
      .map((p) => p.id)
      .sort();
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    do {
      const page: Awaited<ReturnType<typeof database.query<{ problems: PublicPage }>>> = await database.query<{
        problems: PublicPage;
      }>(
        `query ($filter: ProblemFilter, $after: String) {
          problems(filter: $filter, first: 7, after: $after) {
            totalCount edges { node { id overdue question } } pageInfo { hasNextPage endCursor } } }`,
        { filter: { place: `Subdistrict:${subdistrict.id}`, overdue: true }, after },
      );
      expect(page.errors).toBeUndefined();
      total = page.data!.problems.totalCount;
      for (const edge of page.data!.problems.edges) {
        expect(edge.node.overdue).toBe(true);
        seen.push(edge.node.id);
      }
      after = page.data!.problems.pageInfo.hasNextPage ? page.data!.problems.pageInfo.endCursor : null;
    } while (after);
    expect(expected.length).toBeGreaterThan(0);
    expect(seen.sort()).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it("gives each estate of a page the total of its problem wall, as a recount of the records", async () => {
    const result = await database.query<{
      estates: { edges: { node: { id: string; problemWall: { totalCount: number } } }[] };
    }>(`{ estates(first: 30) { edges { node { id problemWall(first: 1) { totalCount } } } } }`);
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data!.estates.edges) {
      expect(node.problemWall.totalCount).toBe(county.problems.filter((p) => p.estateId === node.id).length);
    }
  });

  it("refuses a malformed place key, an unknown place and a bad range with coded errors", async () => {
    const ask = (place: string, from: string, to: string) =>
      database.query(
        `query ($place: String!, $from: String!, $to: String!) {
          problemCounts(place: $place, from: $from, to: $to) { problems } }`,
        { place, from, to },
      );
    const code = (result: Awaited<ReturnType<typeof ask>>) => result.errors?.[0]?.extensions?.code;
    const argument = (result: Awaited<ReturnType<typeof ask>>) => result.errors?.[0]?.extensions?.argumentName;
    const bad = await ask("Town:1", FROM, TO);
    expect([code(bad), argument(bad)]).toEqual(["BAD_USER_INPUT", "place"]);
    const unknown = await ask("Estate:00000000-0000-4000-8000-000000000000", FROM, TO);
    expect(code(unknown)).toBe("NOT_FOUND");
    const reversed = await ask(COUNTY, TO, FROM);
    expect([code(reversed), argument(reversed)]).toEqual(["BAD_USER_INPUT", "to"]);
    const notADay = await ask(COUNTY, "2026-02-30", TO);
    expect([code(notADay), argument(notADay)]).toEqual(["BAD_USER_INPUT", "from"]);
    const tooLong = await ask(COUNTY, "2020-01-01", "2022-01-01");
    expect(code(tooLong)).toBe("BAD_USER_INPUT");
  });
});

interface PublicPage {
  totalCount: number;
  edges: { node: { id: string; overdue: boolean; question: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
