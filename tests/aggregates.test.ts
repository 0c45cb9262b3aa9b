import { xianyouCounty } from "@linli/demo-county";
import {
  AnswerTimesByCompanyDocument,
  type AnswerTimesByCompanyQuery,
  BookingsByUnitDocument,
  type BookingsByUnitQuery,
  OverdueProblemsDocument,
  type OverdueProblemsQuery,
  ProblemsByCategoryDocument,
  type ProblemsByCategoryQuery,
  ServiceHoursByTeamDocument,
  type ServiceHoursByTeamQuery,
} from "@linli/schema/operations";
import { parse } from "csv-parse/sync";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

/**
 * The five dashboard questions of issue 21, each asked as ONE request through the gateway with
 * the named operation from `schema/operations/aggregates.graphql`, and checked against a recount
 * of the demo county's own records.
 */
const county = xianyouCounty();
const COUNTY = `County:${county.county.id}`;

const HOUR = 3_600_000;
/** The county's day (China time) of an instant. */
const chinaDay = (time: number) => new Date(time + 8 * HOUR).toISOString().slice(0, 10);
const TODAY = chinaDay(Date.now());
const YEAR_AGO = chinaDay(Date.now() - 365 * 24 * HOUR);
const within = (day: string, from: string, to: string) => day >= from && day <= to;

/** This month in county time: its first and last day. */
const THIS_MONTH = TODAY.slice(0, 7);
const monthEnd = (() => {
  const [y, m] = THIS_MONTH.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
})();

const tally = <T>(items: readonly T[], keyOf: (item: T) => string, weight: (item: T) => number = () => 1) => {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(keyOf(item), (totals.get(keyOf(item)) ?? 0) + weight(item));
  return totals;
};

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph(county);
});
afterAll(() => graph?.[Symbol.asyncDispose]());

describe("the dashboards' five questions, each one request through the gateway", () => {
  it("problems by category (and state) within a year", async () => {
    const result = await graph.query<ProblemsByCategoryQuery>(print(ProblemsByCategoryDocument), {
      place: COUNTY,
      from: YEAR_AGO,
      to: TODAY,
    });
    expect(result.errors).toBeUndefined();
    const reported = county.problems.filter((p) => within(chinaDay(Date.parse(p.reportedAt)), YEAR_AGO, TODAY));
    expect(reported.length).toBeGreaterThan(0);
    const answered = new Map(result.data!.problemCounts.map((row) => [`${row.category}|${row.status}`, row.problems]));
    expect(answered).toEqual(tally(reported, (p) => `${p.category}|${p.status}`));
    const byCategory = tally(
      result.data!.problemCounts,
      (row) => row.category,
      (row) => row.problems,
    );
    expect(byCategory).toEqual(tally(reported, (p) => p.category));
  });

  it("the average answer time of each property company", async () => {
    const result = await graph.query<AnswerTimesByCompanyQuery>(print(AnswerTimesByCompanyDocument), {
      place: COUNTY,
      from: YEAR_AGO,
      to: TODAY,
    });
    expect(result.errors).toBeUndefined();
    const answered = county.problems.filter(
      (p) =>
        p.responsibleKind === "PROPERTY_COMPANY" &&
        p.answeredAt &&
        (p.status === "ANSWERED" || p.status === "CLOSED") &&
        within(chinaDay(Date.parse(p.reportedAt)), YEAR_AGO, TODAY),
    );
    const hours = (p: (typeof answered)[number]) => (Date.parse(p.answeredAt!) - Date.parse(p.reportedAt)) / HOUR;
    const counts = tally(answered, (p) => p.responsibleId!);
    const sums = tally(answered, (p) => p.responsibleId!, hours);
    expect(counts.size).toBeGreaterThan(0);
    const rows = result.data!.answerTimes;
    expect(rows).toHaveLength(counts.size);
    const names = new Map(county.companies.map((c) => [c.id, c.name]));
    for (const row of rows) {
      const company = row.handler as { id: string; name: string };
      expect(company.name).toBe(names.get(company.id));
      expect(row.answered).toBe(counts.get(company.id));
      expect(row.averageHours).toBeCloseTo(sums.get(company.id)! / counts.get(company.id)!, 6);
      expect(row.medianHours).toBeLessThanOrEqual(row.p90Hours);
    }
  });

  it("bookings per unit this month", async () => {
    const result = await graph.query<BookingsByUnitQuery>(print(BookingsByUnitDocument), {
      place: COUNTY,
      from: `${THIS_MONTH}-01`,
      to: monthEnd,
    });
    expect(result.errors).toBeUndefined();
    const unitOf = new Map(county.resources.map((r) => [r.id, r.unitId as string | null]));
    for (const r of county.centerResources ?? []) unitOf.set(r.id, null);
    const thisMonth = county.bookings.filter((b) => chinaDay(Date.parse(b.startsAt)).startsWith(THIS_MONTH));
    expect(thisMonth.length).toBeGreaterThan(0);
    const rows = result.data!.bookingCounts;
    for (const row of rows) expect(row.month).toBe(THIS_MONTH);
    expect(
      tally(
        rows,
        (row) => row.unit?.id ?? "center",
        (row) => row.bookings,
      ),
    ).toEqual(tally(thisMonth, (b) => unitOf.get(b.resourceId) ?? "center"));
    const approved = rows.filter((row) => row.approved > 0);
    expect(
      tally(
        approved,
        (row) => row.resource.id,
        (row) => row.approved,
      ),
    ).toEqual(
      tally(
        thisMonth.filter((b) => b.state === "APPROVED"),
        (b) => b.resourceId,
      ),
    );
  });

  it("a list of the overdue problems, with their total", async () => {
    const result = await graph.query<OverdueProblemsQuery>(print(OverdueProblemsDocument), {
      place: COUNTY,
      first: 100,
    });
    expect(result.errors).toBeUndefined();
    const unanswered = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REOPENED"];
    const overdue = county.problems.filter((p) => unanswered.includes(p.status) && Date.parse(p.dueAt) < Date.now());
    expect(overdue.length).toBeGreaterThan(0);
    const list = result.data!.problems;
    expect(list.totalCount).toBe(overdue.length);
    expect(list.edges.length).toBe(Math.min(100, overdue.length));
    const ids = new Set(overdue.map((p) => p.id));
    for (const { node } of list.edges) {
      expect(ids.has(node.id)).toBe(true);
      expect(node.overdue).toBe(true);
      // As on the wall: the resident's words with phone and ID numbers masked, no reporter.
      expect(node.question).not.toMatch(/1[3-9]\d{9}/);
      expect(node).not.toHaveProperty("reporterName");
    }
  });

  it("volunteer hours by team and month, as aggregates only", async () => {
    const result = await graph.query<ServiceHoursByTeamQuery>(print(ServiceHoursByTeamDocument), {
      place: COUNTY,
      from: YEAR_AGO,
      to: TODAY,
    });
    expect(result.errors).toBeUndefined();
    const served = county.serviceHours.filter((h) => within(h.servedOn, YEAR_AGO, TODAY));
    expect(served.length).toBeGreaterThan(0);
    const rows = result.data!.serviceHoursByTeam;
    const answered = tally(
      rows,
      (row) => `${row.team.id}|${row.month}`,
      (row) => row.hours,
    );
    const recount = tally(
      served,
      (h) => `${h.teamId}|${h.servedOn.slice(0, 7)}`,
      (h) => h.minutes / 60,
    );
    expect([...answered.keys()].sort()).toEqual([...recount.keys()].sort());
    for (const [key, hours] of recount) expect(answered.get(key)).toBeCloseTo(hours, 6);
  });

  it("exports the overdue list as CSV, every page of it", async () => {
    const variables = encodeURIComponent(JSON.stringify({ place: COUNTY, first: 50 }));
    const response = await fetch(`${graph.gatewayBase}/export/OverdueProblems.csv?variables=${variables}`);
    expect(response.status).toBe(200);
    const [header, ...rows] = parse(Buffer.from(await response.arrayBuffer()), { bom: true }) as string[][];
    expect(header).toContain("id");
    const unanswered = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REOPENED"];
    const overdue = county.problems.filter((p) => unanswered.includes(p.status) && Date.parse(p.dueAt) < Date.now());
    const column = header!.indexOf("id");
    expect(rows.map((row) => row[column]).sort()).toEqual(overdue.map((p) => p.id).sort());
  });

  it("gives totalCount on every agency's lists, root and nested, as the length of the whole list", async () => {
    interface Page<E = unknown> {
      totalCount: number;
      edges: E[];
      pageInfo: { hasNextPage: boolean };
    }
    // Pages small enough for the cost budget; a page with more behind it holds less than the total.
    const whole = "(first: 100) { totalCount edges { cursor } pageInfo { hasNextPage } }";
    const nestedPage = "(first: 20) { totalCount edges { cursor } pageInfo { hasNextPage } }";
    const result = await graph.query<{
      propertyCompanies: Page;
      units: Page;
      neighborhoodCenters: Page;
      volunteerTeams: Page<{ node: { activities: Page } }>;
      estates: { edges: { node: { activities: Page; servicePosts: Page; echoWall: Page } }[] };
    }>(`{ propertyCompanies${whole} units${whole} neighborhoodCenters${whole}
      volunteerTeams(first: 20) { totalCount pageInfo { hasNextPage } edges { cursor node { activities${nestedPage} } } }
      estates(first: 10) { edges { node { activities${nestedPage} servicePosts${nestedPage} echoWall${nestedPage} } } } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.propertyCompanies.totalCount).toBe(county.companies.length);
    expect(data.units.totalCount).toBe(county.units.length);
    expect(data.neighborhoodCenters.totalCount).toBe(county.centers.length);
    expect(data.volunteerTeams.totalCount).toBe(county.teams.length);
    const nested = [
      ...data.volunteerTeams.edges.map((edge) => edge.node.activities),
      ...data.estates.edges.flatMap(({ node }) => [node.activities, node.servicePosts, node.echoWall]),
    ];
    for (const page of nested) {
      if (page.pageInfo.hasNextPage) expect(page.totalCount).toBeGreaterThan(page.edges.length);
      else expect(page.totalCount).toBe(page.edges.length);
    }
    expect(nested.some((page) => page.totalCount > 0)).toBe(true);
  });

  it("refuses a malformed place key and a reversed range with coded errors from each agency", async () => {
    const malformed = await graph.query(print(BookingsByUnitDocument), { place: "Town:x", from: TODAY, to: TODAY });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "place" });
    const reversed = await graph.query(print(ServiceHoursByTeamDocument), { place: COUNTY, from: TODAY, to: YEAR_AGO });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "to" });
  });
});
