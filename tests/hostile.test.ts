import { demoId, sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

const nanqiao = demoId("estate", "南桥锦福家园");

const WALL = `query ($id: ID!) { estate(id: $id) { problemWall(first: 100) { edges { node { id } } } } }`;
const wallSize = async () =>
  (await graph.query<{ estate: { problemWall: { edges: unknown[] } } }>(WALL, { id: nanqiao })).data?.estate.problemWall
    .edges.length ?? -1;

let graph: RunningGraph;
let residentToken: string;
let wallBefore: number;
beforeAll(async () => {
  graph = await startGraph(sampleCounty(), { gatewayEnv: { NODE_ENV: "production" } });
  residentToken = await graph.token([{ role: "resident", estate: nanqiao }], "resident-hostile");
  wallBefore = await wallSize();
});
afterAll(() => graph?.[Symbol.asyncDispose]());

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

async function send(
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
  method = "POST",
  path = "/graphql",
): Promise<Answer> {
  const response = await fetch(`${graph.gatewayBase}${path}`, {
    method,
    headers,
    ...(method === "GET" ? {} : { body }),
  });
  const text = await response.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text) as Answer["body"];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed };
}

const json = (query: string, variables?: Record<string, unknown>, token?: string) =>
  send(JSON.stringify({ query, variables }), {
    "content-type": "application/json",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

const nest = (depth: number): string =>
  depth === 0
    ? "id"
    : `parent { ... on Community { id subdistrict { id county { id subdistricts { ${nest(depth - 1)} } } } } }`;

const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: estate(id: "${nanqiao}") { name }`).join(" ")} }`;

const PAGE = `query ($first: Int) { estates(first: $first) { edges { node { id } } } }`;
const REPORT = `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }`;
const problem = { estateId: nanqiao, category: "PARKING", text: "停车", reporterName: "陈美华" };
const INJECTIONS = ["' OR '1'='1", "1; DROP TABLE estates; --", "\\'; SELECT pg_sleep(10); --", "$where: 1 == 1"];

interface HostileCase {
  name: string;
  attack: () => Promise<Answer>;
  status: number;
  code: string;
}

const cases: HostileCase[] = [
  {
    name: "a query nested past the depth limit",
    attack: () => json(`{ estates(first: 1) { edges { node { id community { ${nest(4)} } } } } }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "an alias flood of 200 copies of one field",
    attack: () => json(aliases(200)),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "a field repeated under many aliases inside a list",
    attack: () =>
      json(
        `{ estates(first: 5) { edges { node { ${Array.from({ length: 40 }, (_, i) => `n${i}: name`).join(" ")} } } } }`,
      ),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "a directive flood",
    attack: () => json(`{ estates(first: 1) { edges { node { id ${"@include(if: true) ".repeat(60)} } } } }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "a token flood past the parser's limit",
    attack: () => json(`{ __typename ${"__typename ".repeat(6_000)} }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "too many root fields",
    attack: () => json(`{ ${Array.from({ length: 25 }, (_, i) => `f${i}: counties { id }`).join(" ")} }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
  },
  {
    name: "a page of 101 written in the operation",
    attack: () => json(`{ estates(first: 101) { edges { node { id } } } }`),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a page of a million passed in a variable",
    attack: () => json(PAGE, { first: 1_000_000 }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a list argument of 500 ids",
    attack: () =>
      json(
        `mutation ($ids: [ID!]) { createSharedResource(input: { unitId: "${nanqiao}", name: "x", kind: VENUE, capacity: 10, openToEstateIds: $ids }) { id } }`,
        { ids: Array.from({ length: 500 }, () => nanqiao) },
      ),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an Int past 32 bits",
    attack: () => json(PAGE, { first: 2 ** 40 }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an Int that is a string with SQL in it",
    attack: () => json(PAGE, { first: "10; DROP TABLE estates" }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a batched array of operations",
    attack: () =>
      send(JSON.stringify([{ query: "{ counties { id } }" }, { query: "{ counties { id } }" }]), {
        "content-type": "application/json",
      }),
    status: 400,
    code: "BATCHING_NOT_SUPPORTED",
  },
  {
    name: "an empty batch",
    attack: () => send("[]"),
    status: 400,
    code: "BATCHING_NOT_SUPPORTED",
  },
  {
    name: "a body over one megabyte",
    attack: () => send(JSON.stringify({ query: `{ counties { id } }`, variables: { pad: "x".repeat(1_100_000) } })),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "malformed JSON",
    attack: () => send(`{"query": "{ counties { id } }"`),
    status: 400,
    code: "MALFORMED_REQUEST",
  },
  {
    name: "a JSON body that is a bare string",
    attack: () => send(`"{ counties { id } }"`),
    status: 400,
    code: "MALFORMED_REQUEST",
  },
  {
    name: "a body with no query at all",
    attack: () => send(JSON.stringify({ variables: {} })),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a query that is not a string",
    attack: () => send(JSON.stringify({ query: { $gt: "" } })),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a text/plain body (the form-post CSRF shape)",
    attack: () => send(JSON.stringify({ query: "{ counties { id } }" }), { "content-type": "text/plain" }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "a form-encoded body",
    attack: () => send("query=%7B+counties+%7B+id+%7D+%7D", { "content-type": "application/x-www-form-urlencoded" }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "a GET without a preflight header (CSRF prevention)",
    attack: () => send("", {}, "GET", `/graphql?query=${encodeURIComponent("{ counties { id } }")}`),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a mutation over GET",
    attack: () =>
      send(
        "",
        { "apollo-require-preflight": "true" },
        "GET",
        `/graphql?query=${encodeURIComponent(`mutation { cancelBooking(input: { id: "${nanqiao}" }) { id } }`)}`,
      ),
    status: 405,
    code: "BAD_REQUEST",
  },
  {
    name: "introspection of the schema in production",
    attack: () => json("{ __schema { types { name } } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "introspection of one type in production",
    attack: () => json(`{ __type(name: "PartyMember") { fields { name } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a misspelt field, fishing for suggestions",
    attack: () => json("{ partyMembr(id: 1) { id } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  ...INJECTIONS.map((injection) => ({
    name: `an ID in an input object carrying ${JSON.stringify(injection)}`,
    attack: () => json(REPORT, { input: { ...problem, estateId: injection } }, residentToken),
    status: 200,
    code: "BAD_USER_INPUT",
  })),
  {
    name: "a client-chosen id that is not a UUID",
    attack: () => json(REPORT, { input: { ...problem, id: "1 UNION SELECT phone FROM party_members" } }, residentToken),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a String cursor carrying SQL",
    attack: () =>
      json(`query ($after: String) { estates(first: 5, after: $after) { edges { node { id } } } }`, {
        after: "' OR 1=1 --",
      }),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an enum value carrying SQL",
    attack: () =>
      json(`query ($kind: UnitKind) { units(kind: $kind) { edges { node { id } } } }`, { kind: "X' OR 1=1" }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an enum written inline that does not exist",
    attack: () => json(`{ units(kind: DROP_TABLE) { edges { node { id } } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "an input object with a field the schema does not have",
    attack: () => json(REPORT, { input: { ...problem, isAdmin: true } }, residentToken),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an input object whose ID field carries SQL",
    attack: () => json(REPORT, { input: { ...problem, estateId: "'; DROP TABLE problems; --" } }, residentToken),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an input object whose String field is far too long",
    attack: () => json(REPORT, { input: { ...problem, text: "停".repeat(5_000) } }, residentToken),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a forged gateway secret",
    attack: () =>
      send(JSON.stringify({ query: "{ counties { id } }" }), {
        "content-type": "application/json",
        "x-linli-gateway-secret": "x".repeat(43),
      }),
    status: 400,
    code: "FORBIDDEN_HEADER",
  },
  {
    name: "a forged caller header claiming county admin",
    attack: () =>
      send(JSON.stringify({ query: "{ counties { id } }" }), {
        "content-type": "application/json",
        "x-linli-caller": JSON.stringify({ role: "county_admin", personalData: true }),
      }),
    status: 400,
    code: "FORBIDDEN_HEADER",
  },
  {
    name: "a token signed with no algorithm",
    attack: () =>
      send(JSON.stringify({ query: "{ counties { id } }" }), {
        "content-type": "application/json",
        authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(
          JSON.stringify({ sub: "mallory", linli_grants: [{ role: "county_admin", personalData: true }] }),
        ).toString("base64url")}.`,
      }),
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "a mutation by the anonymous public",
    attack: () => json(REPORT, { input: problem }),
    status: 200,
    code: "UNAUTHENTICATED",
  },
];

describe("hostile operations against the gateway in production mode", () => {
  it("has at least 30 of them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)("refuses $name with $code", async ({ attack, status, code }) => {
    const answer = await attack();
    expect(answer.body, answer.text.slice(0, 300)).toBeDefined();
    expect(answer.body?.errors?.[0]?.extensions?.code, answer.text.slice(0, 300)).toBe(code);
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    expect(answer.body?.errors?.[0]?.message.length).toBeGreaterThan(0);
    // No refusal tells the limits, the schema, or anything about the insides.
    expect(answer.text).not.toMatch(/Did you mean|stacktrace|127\.0\.0\.1|localhost|\bSELECT\b.*\bFROM\b|at \w+ \(/);
    expect(answer.text).not.toMatch(/limit of \d+|found \d+|more tha[nt] \d+ tokens/);
  });

  it("still answers a normal query afterwards, with every agency", async () => {
    const result = await graph.query<{ estate: Record<string, unknown> }>(
      `query ($id: ID!) { estate(id: $id) { name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name } } }`,
      { id: nanqiao },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.estate).toMatchObject({
      name: "南桥锦福家园",
      partyBranch: { name: "南桥锦福家园小区党支部" },
    });
  });

  it("stored nothing from the hostile mutations", async () => {
    expect(wallBefore).toBeGreaterThanOrEqual(0);
    expect(await wallSize()).toBe(wallBefore);
  });
});
