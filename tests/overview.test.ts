import { REPORT_FIGURES, xianyouCounty } from "@linli/demo-county";
import { CountyOverviewDocument, type CountyOverviewQuery } from "@linli/schema/operations";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const county = xianyouCounty();
const estate = (name: string) => county.estates.find((e) => e.name === name)!;

/** The dashboard's own overview operation, as the typed document generated from `schema/operations/`. */
const OVERVIEW = print(CountyOverviewDocument);

type Overview = CountyOverviewQuery;

/** The report's table, read back from one overview answer. */
function reportTable(overview: Overview) {
  const [c] = overview.counties;
  if (!c) throw new Error("no county in the overview");
  const secretaries = (background: string) =>
    c.partyFigures.secretariesByBackground.find((s) => s.background === background)?.secretaries;
  return {
    subdistrictsTakingPart: c.partyFigures.subdistrictsTakingPart,
    centerMemberUnits: c.neighborhoodCenterFigures?.memberUnits,
    neighborhoodCenters: c.neighborhoodCenterFigures?.neighborhoodCenters,
    highFrequencyServiceItems: c.neighborhoodCenterFigures?.highFrequencyServiceItems,
    embeddedUnits: c.unitsFigures?.embeddedUnits,
    estatesWithEmbeddedUnits: c.unitsFigures?.estatesWithEmbeddedUnits,
    estatePartyBranches: c.partyFigures.estatePartyBranches,
    estatesWithBothCoverages: c.partyFigures.estatesWithBothCoverages,
    gridLeaders: c.partyFigures.gridLeaders,
    volunteerTeams: c.volunteerFigures?.volunteerTeams,
    secretariesServingCadres: secretaries("SERVING_CADRE"),
    secretariesRetiredCadres: secretaries("RETIRED_CADRE"),
    secretariesCommunityWorkers: secretaries("COMMUNITY_WORKER"),
    livingRooms: c.partyFigures.livingRooms,
    practicalProjectsDone: c.partyFigures.practicalProjectsDone,
    problemsSolved: c.partyFigures.problemsSolved,
    disputesMediated: c.partyFigures.disputesMediated,
    redProxyCategories: c.volunteerFigures?.redProxyCategories,
    serviceKindsMovedDown: c.neighborhoodCenterFigures?.serviceKindsMovedDown,
    inServiceMembersClaimingPosts: c.volunteerFigures?.inServiceMembersClaimingPosts,
  };
}

let graph: RunningGraph;
beforeAll(async () => {
  // Loaded twice: the figures must be those of one county.
  graph = await startGraph(county, { loads: 2 });
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const overview = () => graph.query<Overview>(OVERVIEW, { from: "2023-01", to: "2023-12" });

describe("the county overview through the gateway", () => {
  it("answers every figure of the report, exactly, in one request (after loading the county twice)", async () => {
    const result = await overview();
    expect(result.errors).toBeUndefined();
    expect(reportTable(result.data!)).toEqual(REPORT_FIGURES);
    expect(result.data!.counties[0]!.name).toBe("仙游县");
  });

  it("holds the report's named facts", async () => {
    const hongqiao = county.communities.find((c) => c.name === "洪桥社区")!;
    const facts = await graph.query<{
      community: { estates: { edges: { node: { name: string; partyBranch: { secretaryBackground: string } } }[] } };
      nanqiao: { partyBranch: { secretaryBackground: string }; propertyCompany: { name: string } };
      dongmen: { partyBranch: { secretaryBackground: string }; propertyCompany: { name: string } };
      leyuan: { partyBranch: { secretaryBackground: string } };
      binhe: {
        partyBranch: { formation: string; foundedOn: string };
        managementContracts: { company: { name: string } }[];
        ownersCommitteeTerms: { succeededOn: string | null }[];
      };
      shigu: { resettlement: boolean; managementMode: string; selfGovernanceCouncil: { name: string } | null };
    }>(
      `query ($hongqiao: ID!, $nanqiao: ID!, $dongmen: ID!, $leyuan: ID!, $binhe: ID!, $shigu: ID!) {
        community(id: $hongqiao) { estates(first: 100) { edges { node { name partyBranch { secretaryBackground } } } } }
        nanqiao: estate(id: $nanqiao) { partyBranch { secretaryBackground } propertyCompany { name } }
        dongmen: estate(id: $dongmen) { partyBranch { secretaryBackground } propertyCompany { name } }
        leyuan: estate(id: $leyuan) { partyBranch { secretaryBackground } }
        binhe: estate(id: $binhe) {
          partyBranch { formation foundedOn }
          managementContracts { company { name } }
          ownersCommitteeTerms { succeededOn }
        }
        shigu: estate(id: $shigu) { resettlement managementMode selfGovernanceCouncil { name } }
      }`,
      {
        hongqiao: hongqiao.id,
        nanqiao: estate("南桥锦福家园").id,
        dongmen: estate("东门顺安").id,
        leyuan: estate("木兰乐园").id,
        binhe: estate("木兰滨河").id,
        shigu: estate("仙安石鼓山").id,
      },
    );
    expect(facts.errors).toBeUndefined();
    const data = facts.data!;
    // 洪桥社区's six estates all have a community cadre as secretary.
    const hongqiaoEstates = data.community.estates.edges.map((e) => e.node);
    expect(hongqiaoEstates).toHaveLength(6);
    expect(hongqiaoEstates.every((e) => e.partyBranch.secretaryBackground === "COMMUNITY_WORKER")).toBe(true);
    // 南桥锦福家园 and 东门顺安: serving leading cadres, managed by 嘉庆 and 顺安.
    expect(data.nanqiao.partyBranch.secretaryBackground).toBe("SERVING_CADRE");
    expect(data.nanqiao.propertyCompany.name).toContain("嘉庆");
    expect(data.dongmen.partyBranch.secretaryBackground).toBe("SERVING_CADRE");
    expect(data.dongmen.propertyCompany.name).toContain("顺安");
    // 木兰乐园: a retired cadre.
    expect(data.leyuan.partyBranch.secretaryBackground).toBe("RETIRED_CADRE");
    // 木兰滨河: a standalone branch set up in 2017, an owners' committee re-election and a change of company.
    expect(data.binhe.partyBranch.formation).toBe("STANDALONE");
    expect(data.binhe.partyBranch.foundedOn.slice(0, 4)).toBe("2017");
    expect(new Set(data.binhe.managementContracts.map((c) => c.company.name)).size).toBeGreaterThanOrEqual(2);
    expect(data.binhe.ownersCommitteeTerms.filter((t) => t.succeededOn !== null).length).toBeGreaterThanOrEqual(1);
    // 仙安石鼓山: a resettlement estate run by a self-governance council.
    expect(data.shigu).toMatchObject({ resettlement: true, managementMode: "SELF_GOVERNED" });
    expect(data.shigu.selfGovernanceCouncil).not.toBeNull();
  });

  it("shows a solved problem in the very next overview read", async () => {
    const open = county.problems.find((p) => p.status === "IN_PROGRESS")!;
    const before = await overview();
    const admin = await graph.token([{ role: "agency_admin", agency: "party" }], "party-admin");
    const resolved = await graph.query<{ resolveProblem: { status: string } }>(
      `mutation ($input: ResolveProblemInput!) { resolveProblem(input: $input) { status } }`,
      { input: { problemId: open.id, note: "已清理并复查。" } },
      { token: admin },
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveProblem.status).toBe("RESOLVED");
    const after = await overview();
    expect(after.data!.counties[0]!.partyFigures.problemsSolved).toBe(
      before.data!.counties[0]!.partyFigures.problemsSolved + 1,
    );
  });
});
