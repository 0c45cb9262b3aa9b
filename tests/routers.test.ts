import { demoId, sampleCounty } from "@linli/demo-county";
import {
  BranchQueueDocument,
  CountyOverviewDocument,
  EstatePageDocument,
  LiaisonUnitDocument,
  UnitQueueDocument,
} from "@linli/schema/operations";
import type { Grant } from "@linli/service-kit";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, type RunningGraph, startGraph } from "./support/graph";
import { ourGateway, type RunningRouter, startHiveGateway } from "./support/routers";

/**
 * Another router in front of the same subgraphs. Hive Gateway stands where a county that
 * outgrows our gateway would put it (forwarding only the subgraph secret, `authorization` and
 * `Idempotency-Key`), and every guarantee that belongs to an agency must hold through it as it
 * does through ours: the same data, the same refusals, the same masking, writes exactly once.
 */
const county = sampleCounty();
const binhe = demoId("estate", "木兰滨河");
const jinfu = demoId("estate", "南桥锦福家园");
const quanan = demoId("unit", "全安消防技术有限公司");
const mulanTeam = county.teams.find((team) => team.name === "木兰社区学雷锋志愿服务队")!.id;
const binheBranch = county.branches.find((branch) => branch.estateIds.includes(binhe))!.id;

let graph: RunningGraph;
let ours: RunningRouter;
let hive: RunningRouter;
let routers: RunningRouter[];

beforeAll(async () => {
  graph = await startGraph(county);
  ours = ourGateway(graph);
  hive = await startHiveGateway(graph);
  routers = [ours, hive];
}, 180_000);

afterAll(async () => {
  await hive?.[Symbol.asyncDispose]();
  await graph?.[Symbol.asyncDispose]();
}, 60_000);

/**
 * Whether an error's path is one the client asked for. @apollo/gateway also reports errors of
 * the fetches it made for `@requires` at paths the client never selected (issue 16 item 2);
 * Hive Gateway does not. Those are a difference between routers, not of what an agency decided.
 */
function selected(data: unknown, path: (string | number)[] | undefined): boolean {
  if (!path) return true;
  let node = data;
  for (const [index, step] of path.entries()) {
    if (node === null || node === undefined) return true; // nulled by the error itself: asked for
    if (typeof node !== "object") return false;
    if (!(step in node)) return false;
    if (index < path.length - 1) node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/** What a client can rely on: the data, and each error's code and path (messages are the router's own words). */
const observable = (answer: GraphQLResponse) => ({
  data: answer.data ?? null,
  errors: (answer.errors ?? [])
    .filter((error) => selected(answer.data, error.path))
    .map((error) => ({ code: error.extensions?.code ?? null, path: error.path?.join(".") ?? null }))
    .sort((a, b) => `${a.path}${a.code}`.localeCompare(`${b.path}${b.code}`)),
});

const personas: Record<string, Grant[]> = {
  anonymous: [],
  resident: [{ role: "resident", estate: binhe }],
  "unit liaison": [{ role: "unit_liaison", unit: quanan }],
  "branch secretary": [{ role: "branch_secretary", branch: binheBranch }],
  "county admin": [{ role: "county_admin", personalData: false }],
  "county admin with personal data": [{ role: "county_admin", personalData: true }],
};
const tokenOf = async (persona: string) => {
  const grants = personas[persona] ?? [];
  return grants.length > 0 ? graph.token(grants, `routers-${persona.replaceAll(" ", "-")}`) : undefined;
};

const READS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "one estate from all four agencies": {
    query: `query ($id: ID!) { estate(id: $id) {
      name community { name } partyBranch { name formation stage } propertyCompany { name }
      managementContracts { company { name } startsOn endsOn } embeddedUnits { name kind } volunteerTeams { name }
    } }`,
    variables: { id: jinfu },
  },
  "entity references back from another agency": {
    query: `{ propertyCompanies(first: 10) { edges { node { name managedEstates { name partyBranch { name } volunteerTeams { name } } } } } }`,
  },
  "the county overview (published)": {
    query: print(CountyOverviewDocument),
    variables: { from: "2023-01", to: "2023-12" },
  },
  "an estate page (published)": { query: print(EstatePageDocument), variables: { id: binhe } },
  "a unit's queue (published)": { query: print(UnitQueueDocument), variables: { id: quanan } },
  "a branch's queue (published)": { query: print(BranchQueueDocument), variables: { id: binheBranch } },
  "a liaison's unit (published)": {
    query: print(LiaisonUnitDocument),
    variables: { id: quanan, from: "2023-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" },
  },
  "party members with masked phones": {
    query: `query ($id: ID!) { estate(id: $id) { partyMembers(first: 5) { edges { node { name phone idNumber } } } } }`,
    variables: { id: binhe },
  },
  "party members' phones in full, with a purpose": {
    query: `query ($id: ID!) { estate(id: $id) { partyMembers(first: 3) { edges { node { name phone(purpose: "核对联系方式") } } } } }`,
    variables: { id: binhe },
  },
  "a unit's liaisons and their phones": {
    query: `query ($id: ID!) { unit(id: $id) { name liaisons { name phone } } }`,
    variables: { id: quanan },
  },
  "an estate's disputes (never public)": {
    query: `query ($id: ID!) { estate(id: $id) { name disputes(first: 3) { edges { node { id } } } } }`,
    variables: { id: binhe },
  },
};

describe("the same subgraphs behind Hive Gateway", () => {
  for (const [read, { query, variables }] of Object.entries(READS)) {
    it(`answers "${read}" as our gateway does, for every persona`, async () => {
      for (const persona of Object.keys(personas)) {
        const token = await tokenOf(persona);
        const [viaOurs, viaHive] = await Promise.all(
          routers.map((router) => router.query(query, variables, { token })),
        );
        expect(observable(viaHive!), `${read} as ${persona}`).toEqual(observable(viaOurs!));
      }
    });
  }

  it("keeps the agencies' rules: no members for the public, masked phones without a purpose, full ones with it", async () => {
    const members = READS["party members with masked phones"]!;
    const anonymous = await hive.query(members.query, members.variables);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHENTICATED");
    type Members = { estate: { partyMembers: { edges: { node: { phone: string | null } }[] } } };
    const admin = await hive.query<Members>(members.query, members.variables, {
      token: await tokenOf("county admin with personal data"),
    });
    const masked = admin.data?.estate.partyMembers.edges.map((e) => e.node.phone).filter(Boolean) ?? [];
    expect(masked.length).toBeGreaterThan(0);
    for (const phone of masked) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const full = READS["party members' phones in full, with a purpose"]!;
    const entitled = await hive.query<Members>(full.query, full.variables, {
      token: await tokenOf("county admin with personal data"),
    });
    expect(entitled.errors).toBeUndefined();
    for (const { node } of entitled.data?.estate.partyMembers.edges ?? []) {
      if (node.phone) expect(node.phone).toMatch(/^1\d{10}$/);
    }
    const resident = await hive.query(full.query, full.variables, { token: await tokenOf("resident") });
    expect(resident.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
  });

  it("reaches no subgraph for a caller whose token the subgraphs cannot verify", async () => {
    const forged = `${await graph.token([{ role: "county_admin", personalData: true }])}x`;
    const answer = await hive.query(READS["party members with masked phones"]!.query, { id: binhe }, { token: forged });
    expect(answer.data?.estate ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toMatch(/1\d{10}/);
  });
});

const CREATE_RESOURCE = `mutation ($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { id name } }`;
type CreatedResource = { createSharedResource: { id: string; name: string } | null };
const resourceInput = (name: string) => ({ input: { unitId: quanan, name, kind: "EQUIPMENT", capacity: 1 } });

/** Root mutation fields run in order: units, then volunteer, then units again. */
const ALTERNATING = `mutation ($first: CreateSharedResourceInput!, $activity: CreateActivityInput!, $second: CreateSharedResourceInput!) {
  first: createSharedResource(input: $first) { id name }
  activity: createActivity(input: $activity) { id title }
  second: createSharedResource(input: $second) { id name }
}`;
type Alternating = {
  first: { id: string; name: string };
  activity: { id: string; title: string };
  second: { id: string; name: string };
} | null;
const alternatingInput = (tag: string) => ({
  first: resourceInput(`${tag}-甲`).input,
  activity: {
    teamId: mulanTeam,
    estateId: binhe,
    title: `${tag}-活动`,
    kind: "FREE_HAIRCUT",
    startsAt: "2031-05-01T01:00:00Z",
    endsAt: "2031-05-01T03:00:00Z",
    capacity: 10,
  },
  second: resourceInput(`${tag}-乙`).input,
});

const writer = () =>
  graph.token(
    [
      { role: "unit_liaison", unit: quanan },
      { role: "volunteer_lead", team: mulanTeam },
    ],
    "routers-writer",
  );

async function resourcesNamed(name: string): Promise<number> {
  const answer = await ours.query<{ unit: { sharedResources: { name: string }[] } }>(
    `query ($id: ID!) { unit(id: $id) { sharedResources { name } } }`,
    { id: quanan },
  );
  return (answer.data?.unit.sharedResources ?? []).filter((resource) => resource.name === name).length;
}

async function activitiesTitled(title: string): Promise<number> {
  type Page = {
    estate: {
      activities: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
  let found = 0;
  let after: string | null = null;
  for (;;) {
    const answer: GraphQLResponse<Page> = await ours.query<Page>(
      `query ($id: ID!, $after: String) { estate(id: $id) { activities(first: 100, after: $after) {
        edges { node { title } } pageInfo { hasNextPage endCursor } } } }`,
      { id: binhe, after },
    );
    const page = answer.data?.estate.activities;
    if (!page) throw new Error(`no activities page: ${JSON.stringify(answer.errors)}`);
    found += page.edges.filter((edge) => edge.node.title === title).length;
    if (!page.pageInfo.hasNextPage) return found;
    after = page.pageInfo.endCursor;
  }
}

describe.each([
  ["the Linli gateway", () => ours],
  ["Hive Gateway", () => hive],
])("keyed writes through %s", (name, router) => {
  const tag = name === "Hive Gateway" ? "hive" : "ours";

  it("runs a retried keyed mutation once and answers the retry with the first answer", async () => {
    const token = await writer();
    const key = `routers-${tag}-single-0001`;
    const first = await router().query<CreatedResource>(CREATE_RESOURCE, resourceInput(`${tag}-单次`), {
      token,
      idempotencyKey: key,
    });
    expect(first.errors).toBeUndefined();
    const again = await router().query<CreatedResource>(CREATE_RESOURCE, resourceInput(`${tag}-单次`), {
      token,
      idempotencyKey: key,
    });
    expect(again.data).toEqual(first.data);
    expect(await resourcesNamed(`${tag}-单次`)).toBe(1);
  });

  it("runs each field of an operation alternating units → volunteer → units once, and answers every retry with what was written", async () => {
    const token = await writer();
    const key = `routers-${tag}-alternating-0001`;
    const variables = alternatingInput(`${tag}-交替`);
    const first = await router().query<Alternating>(ALTERNATING, variables, { token, idempotencyKey: key });
    expect(first.errors).toBeUndefined();
    expect(first.data?.first.name).toBe(`${tag}-交替-甲`);
    expect(first.data?.activity.title).toBe(`${tag}-交替-活动`);
    expect(first.data?.second.name).toBe(`${tag}-交替-乙`);
    for (let retry = 0; retry < 2; retry += 1) {
      const again = await router().query<Alternating>(ALTERNATING, variables, { token, idempotencyKey: key });
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
    }
    expect(await resourcesNamed(`${tag}-交替-甲`)).toBe(1);
    expect(await resourcesNamed(`${tag}-交替-乙`)).toBe(1);
    expect(await activitiesTitled(`${tag}-交替-活动`)).toBe(1);
  });

  it("refuses a malformed key, writing nothing", async () => {
    const token = await writer();
    const answer = await router().query(CREATE_RESOURCE, resourceInput(`${tag}-坏钥匙`), {
      token,
      idempotencyKey: "bad key!",
    });
    expect(answer.data?.createSharedResource ?? null).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toContain("INVALID_IDEMPOTENCY_KEY");
    expect(await resourcesNamed(`${tag}-坏钥匙`)).toBe(0);
  });
});

describe("a key reused for another operation", () => {
  it("is refused by the agency through the Linli gateway, which names the client operation, writing nothing", async () => {
    const token = await writer();
    const key = "routers-ours-reused-0001";
    await ours.query(CREATE_RESOURCE, resourceInput("ours-原来"), { token, idempotencyKey: key });
    const other = await ours.query(CREATE_RESOURCE, resourceInput("ours-另一个"), { token, idempotencyKey: key });
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect(await resourcesNamed("ours-另一个")).toBe(0);
  });

  it("is one more write, still exactly once, through Hive Gateway, which does not", async () => {
    const token = await writer();
    const key = "routers-hive-reused-0001";
    await hive.query(CREATE_RESOURCE, resourceInput("hive-原来"), { token, idempotencyKey: key });
    const other = await hive.query<CreatedResource>(CREATE_RESOURCE, resourceInput("hive-另一个"), {
      token,
      idempotencyKey: key,
    });
    expect(other.errors).toBeUndefined();
    const again = await hive.query<CreatedResource>(CREATE_RESOURCE, resourceInput("hive-另一个"), {
      token,
      idempotencyKey: key,
    });
    expect(again.data).toEqual(other.data);
    expect(await resourcesNamed("hive-原来")).toBe(1);
    expect(await resourcesNamed("hive-另一个")).toBe(1);
  });
});
