import { demoHistoryMonths, REPORT_FIGURES, xianyouCounty } from "@linli/demo-county";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { describe, expect, it } from "vitest";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = xianyouCounty();
const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));

const FIGURES = `
  estates subdistrictsTakingPart estatePartyBranches estatesWithOrganizationCoverage estatesWithWorkCoverage
  estatesWithBothCoverages gridLeaders secretariesByBackground { background secretaries } livingRooms
  practicalProjectsDone problemsRaised problemsSolved problemsOpen problemsOverdue disputesMediated
  problemsByCategoryAndStatus { category status problems }`;

interface Figures {
  estates: number;
  subdistrictsTakingPart: number;
  estatePartyBranches: number;
  estatesWithBothCoverages: number;
  gridLeaders: number;
  secretariesByBackground: { background: string; secretaries: number }[];
  livingRooms: number;
  practicalProjectsDone: number;
  problemsRaised: number;
  problemsSolved: number;
  disputesMediated: number;
  problemsByCategoryAndStatus: { category: string; status: string; problems: number }[];
}

const countyFigures = async () => {
  const result = await database.query<{ counties: { partyFigures: Figures }[] }>(
    `{ counties { partyFigures { ${FIGURES} } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.counties[0]!.partyFigures;
};

describe("the party organization's figures", () => {
  it("reproduce the report's party figures for the demo county", async () => {
    const figures = await countyFigures();
    const background = (b: string) => figures.secretariesByBackground.find((s) => s.background === b)?.secretaries;
    expect({
      subdistrictsTakingPart: figures.subdistrictsTakingPart,
      estatePartyBranches: figures.estatePartyBranches,
      estatesWithBothCoverages: figures.estatesWithBothCoverages,
      gridLeaders: figures.gridLeaders,
      secretariesServingCadres: background("SERVING_CADRE"),
      secretariesRetiredCadres: background("RETIRED_CADRE"),
      secretariesCommunityWorkers: background("COMMUNITY_WORKER"),
      livingRooms: figures.livingRooms,
      practicalProjectsDone: figures.practicalProjectsDone,
      problemsSolved: figures.problemsSolved,
      disputesMediated: figures.disputesMediated,
    }).toEqual({
      subdistrictsTakingPart: REPORT_FIGURES.subdistrictsTakingPart,
      estatePartyBranches: REPORT_FIGURES.estatePartyBranches,
      estatesWithBothCoverages: REPORT_FIGURES.estatesWithBothCoverages,
      gridLeaders: REPORT_FIGURES.gridLeaders,
      secretariesServingCadres: REPORT_FIGURES.secretariesServingCadres,
      secretariesRetiredCadres: REPORT_FIGURES.secretariesRetiredCadres,
      secretariesCommunityWorkers: REPORT_FIGURES.secretariesCommunityWorkers,
      livingRooms: REPORT_FIGURES.livingRooms,
      practicalProjectsDone: REPORT_FIGURES.practicalProjectsDone,
      problemsSolved: REPORT_FIGURES.problemsSolved,
      disputesMediated: REPORT_FIGURES.disputesMediated,
    });
    expect(figures.estates).toBe(county.estates.length);
    expect(figures.problemsRaised).toBe(county.problems.length);
    const byStatus = figures.problemsByCategoryAndStatus.reduce((n, c) => n + c.problems, 0);
    expect(byStatus).toBe(county.problems.length);
  });

  it("adds up over the drill-down: the subdistricts' estates and solved problems sum to the county's", async () => {
    const result = await database.query<{
      counties: { partyFigures: Figures; subdistricts: { name: string; partyFigures: Figures }[] }[];
    }>(`{ counties { partyFigures { ${FIGURES} } subdistricts { name partyFigures { ${FIGURES} } } } }`);
    expect(result.errors).toBeUndefined();
    const [top] = result.data!.counties;
    const sum = (pick: (f: Figures) => number) => top!.subdistricts.reduce((n, s) => n + pick(s.partyFigures), 0);
    expect(sum((f) => f.estates)).toBe(top!.partyFigures.estates);
    expect(sum((f) => f.problemsSolved)).toBe(top!.partyFigures.problemsSolved);
    expect(sum((f) => f.subdistrictsTakingPart)).toBe(REPORT_FIGURES.subdistrictsTakingPart);
    // A joint or combined branch covers neighbouring estates of one community: none is counted twice.
    expect(sum((f) => f.estatePartyBranches)).toBe(REPORT_FIGURES.estatePartyBranches);
    // 赖店镇 has estates but no branch yet: it does not take part.
    const laidian = top!.subdistricts.find((s) => s.name === "赖店镇")!;
    expect(laidian.partyFigures.estates).toBeGreaterThan(0);
    expect(laidian.partyFigures.subdistrictsTakingPart).toBe(0);
  });

  it("answers every place of a drill-down list in a bounded number of statements", async () => {
    const source = `{ counties { subdistricts { communities { partyFigures { problemsSolved } } } } }`;
    const before = database.statements();
    const result = await database.query(source);
    expect(result.errors).toBeUndefined();
    // counties, subdistricts, communities, their figures: one statement each (the figures find
    // the places' estates themselves; no statement lists them first).
    expect(database.statements() - before).toBe(4);
  });

  it("counts an estate on its own: 木兰滨河 has its branch, both coverages and its grid leaders", async () => {
    const estate = county.estates.find((e) => e.name === "木兰滨河")!;
    const result = await database.query<{ estate: { partyFigures: Figures } }>(
      `query ($id: ID!) { estate(id: $id) { partyFigures { ${FIGURES} } } }`,
      { id: estate.id },
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.estate.partyFigures;
    expect(figures.estates).toBe(1);
    expect(figures.estatePartyBranches).toBe(1);
    expect(figures.estatesWithBothCoverages).toBe(1);
    expect(figures.gridLeaders).toBe(county.gridPosts.filter((g) => g.estateId === estate.id).length);
  });

  it("gives a month-by-month series whose months add up to the county's history", async () => {
    const { from, to } = demoHistoryMonths();
    const result = await database.query<{
      counties: {
        partyMonthly: { month: string; problemsRaised: number; problemsSolved: number; disputesMediated: number }[];
      }[];
    }>(
      `query ($from: String!, $to: String!) { counties { partyMonthly(from: $from, to: $to) { month problemsRaised problemsSolved disputesMediated } } }`,
      { from, to },
    );
    expect(result.errors).toBeUndefined();
    const series = result.data!.counties[0]!.partyMonthly;
    expect(series).toHaveLength(36);
    expect(series[0]!.month).toBe(from);
    expect(series.at(-1)!.month).toBe(to);
    const resolved = county.problems.filter((p) => p.history.some((h) => h.toStatus === "RESOLVED"));
    expect(series.reduce((n, m) => n + m.problemsSolved, 0)).toBe(resolved.length);
    expect(series.reduce((n, m) => n + m.problemsRaised, 0)).toBe(county.problems.length);
    expect(series.reduce((n, m) => n + m.disputesMediated, 0)).toBe(REPORT_FIGURES.disputesMediated);
    // The months differ: the seasons and the spread of the problem wall show, and this month has records.
    const raised = series.map((m) => m.problemsRaised);
    expect(Math.max(...raised)).toBeGreaterThan(2 * Math.min(...raised.slice(-24)));
    expect(series.at(-1)!.problemsRaised).toBeGreaterThan(0);
  });

  it("refuses a month range that is malformed, backwards or longer than three years", async () => {
    for (const [from, to] of [
      ["2023-13", "2023-12"],
      ["2023-05", "2023-04"],
      ["2020-01", "2023-12"],
    ]) {
      const result = await database.query(`{ counties { partyMonthly(from: "${from}", to: "${to}") { month } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
