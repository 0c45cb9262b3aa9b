import { countyCopy, type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { loadOperationFiles } from "@linli/schema/operation-files";
import { type Grant, signToken } from "@linli/service-kit";
import { print } from "graphql";

type JWK = Parameters<typeof signToken>[0];

/** One GraphQL request as the bench sends it: body and the caller's token. */
export interface BenchRequest {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
  authorization?: string | undefined;
}

export interface BenchOperation {
  name: string;
  /** The one request of the identical workload. */
  identical: BenchRequest;
  /** The rotation of the varied workload: variables and callers differ from one to the next. */
  varied: BenchRequest[];
  /** Also sent straight to this subgraph, to measure the gateway's own overhead. */
  directSubgraph?: string;
}

/** A file of schema/operations as it runs on its own: its `#import` lines resolved. */
function operationFile(name: string): string {
  const found = loadOperationFiles().find(({ file }) => file === name);
  if (!found) throw new Error(`no ${name} in schema/operations`);
  return print(found.document);
}

const ESTATE_LIST = `query EstateList($first: Int!, $after: String, $communityId: ID) {
  estates(first: $first, after: $after, communityId: $communityId) {
    edges {
      node {
        id
        name
        households
        organizationCovered
        workCovered
        community { id name }
        partyBranch { id name }
        propertyCompany { id name }
        managementMode
        embeddedUnits { id name }
        volunteerTeams { id name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ESTATE_LOOKUP = `query EstateLookup($id: ID!) {
  estate(id: $id) { id name type resettlement households address governanceModel }
}`;

/** The county copies the varied workload draws its ids from (at most three, whatever the scale). */
function counties(scale: number): DemoCounty[] {
  const base = xianyouCounty();
  return Array.from({ length: Math.min(scale, 3) }, (_, i) => countyCopy(base, i + 1));
}

/** Callers of several roles and subjects, and the anonymous public (undefined). */
async function callers(privateKey: JWK, county: DemoCounty): Promise<(string | undefined)[]> {
  const grants: { subject: string; grant: Grant }[] = [
    { subject: "bench-admin-1", grant: { role: "county_admin", personalData: false } },
    { subject: "bench-admin-2", grant: { role: "county_admin", personalData: false } },
    ...(["party", "property", "units", "volunteer"] as const).map((agency) => ({
      subject: `bench-${agency}-admin`,
      grant: { role: "agency_admin" as const, agency },
    })),
    ...county.communities.slice(0, 3).map((c, i) => ({
      subject: `bench-worker-${i}`,
      grant: { role: "community_worker" as const, community: c.id },
    })),
    ...county.estates.slice(0, 3).map((e, i) => ({
      subject: `bench-resident-${i}`,
      grant: { role: "resident" as const, estate: e.id },
    })),
  ];
  const tokens = await Promise.all(
    grants.map(async ({ subject, grant }) => `Bearer ${await signToken(privateKey, { subject, grants: [grant] })}`),
  );
  return [...tokens, undefined];
}

const month = (offset: number) => {
  const date = new Date(Date.UTC(2024, offset, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
};
/** 09:00 (UTC) of a day in June 2025, plus `hours`. */
const day = (offset: number, hours = 0) => new Date(Date.UTC(2025, 5, 2 + offset, 9 + hours)).toISOString();

/** Interleaves variables and callers so that neighbouring requests differ in both. */
function rotate(
  base: Omit<BenchRequest, "variables" | "authorization">,
  variables: Record<string, unknown>[],
  tokens: (string | undefined)[],
  count = 64,
): BenchRequest[] {
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    variables: variables[i % variables.length] as Record<string, unknown>,
    authorization: tokens[i % tokens.length],
  }));
}

/** The benchmarked operations at this scale, with tokens signed by `privateKey`. */
export async function benchOperations(scale: number, privateKey: JWK): Promise<BenchOperation[]> {
  const copies = counties(scale);
  const first = copies[0] as DemoCounty;
  const tokens = await callers(privateKey, first);
  const admin = tokens[0];
  const estates = copies.flatMap((c) => c.estates.map((e) => e.id));
  const communities = copies.flatMap((c) => c.communities.map((e) => e.id));
  const kinds = ["VENUE", "EQUIPMENT", "EXPERTISE", "SERVICE"];

  const overview = {
    query: operationFile("overview.graphql"),
    operationName: "CountyOverview",
  };
  const estateList = { query: ESTATE_LIST, operationName: "EstateList" };
  const resources = { query: operationFile("resources.graphql"), operationName: "ResourceSearch" };
  const lookup = { query: ESTATE_LOOKUP, operationName: "EstateLookup" };
  const drillDown = { query: operationFile("drilldown.graphql"), operationName: "SubdistrictDrillDown" };
  const subdistricts = copies.flatMap((c) => c.subdistricts.map((s) => s.id));

  return [
    {
      name: "CountyOverview",
      identical: { ...overview, variables: { from: "2024-01", to: "2024-12" }, authorization: admin },
      varied: rotate(
        overview,
        Array.from({ length: 12 }, (_, i) => ({ from: month(i), to: month(i + 11) })),
        tokens,
      ),
    },
    {
      // One town with every agency's figures and each of its communities': a page of places.
      name: "SubdistrictDrillDown",
      identical: { ...drillDown, variables: { id: subdistricts[0] }, authorization: admin },
      varied: rotate(
        drillDown,
        subdistricts.map((id) => ({ id })),
        tokens,
      ),
    },
    {
      name: "EstateList100",
      identical: { ...estateList, variables: { first: 100 }, authorization: admin },
      varied: rotate(
        estateList,
        [
          ...Array.from({ length: 8 }, (_, i) => ({ first: 100 - i })),
          ...communities.slice(0, 16).map((communityId) => ({ first: 100, communityId })),
        ],
        tokens,
      ),
    },
    {
      name: "ResourceSearch",
      identical: {
        ...resources,
        variables: { kind: "VENUE", from: day(0), to: day(0, 3), estateId: estates[0] },
        authorization: admin,
      },
      varied: rotate(
        resources,
        Array.from({ length: 32 }, (_, i) => ({
          kind: kinds[i % kinds.length],
          from: day(i),
          to: day(i, 3),
          estateId: estates[(i * 7) % estates.length],
        })),
        tokens,
      ),
    },
    {
      name: "EstateLookup",
      identical: { ...lookup, variables: { id: estates[0] }, authorization: admin },
      varied: rotate(
        lookup,
        estates.slice(0, 64).map((id) => ({ id })),
        tokens,
      ),
      directSubgraph: "party",
    },
  ];
}
