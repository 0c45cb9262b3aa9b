import { demoId, sampleCounty } from "@linli/demo-county";
import { operationLimits } from "@linli/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";
import {
  type Answer,
  type HostileCase,
  type HostileTarget,
  hostileCases,
  json,
  LEAKS,
  rawExchange,
} from "./support/hostile-cases";

const nanqiao = demoId("estate", "南桥锦福家园");

const WALL = `query ($id: ID!) { estate(id: $id) { problemWall(first: 100) { edges { node { id } } } } }`;
/** The problems on the estate's wall, newest first: one a hostile mutation stored would be the first. */
async function wallIds(): Promise<string[]> {
  const result = await graph.query<{ estate: { problemWall: { edges: { node: { id: string } }[] } } }>(WALL, {
    id: nanqiao,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.estate.problemWall.edges.map((edge) => edge.node.id) ?? [];
}

/** The limits of the gateway under test: small, so that the front-door cases reach them quickly. */
const FRONT = { max: 40, badTokens: 3, costPoints: 10_000, restore: 500 };

let graph: RunningGraph;
let residentToken: string;
let wallBefore: string[];
let gateway: HostileTarget;
let subgraph: HostileTarget;
// Every request comes through the test's "balancer" (127.0.0.1 is trusted) from a client address of its own.
let nextAddress = 0;
const freshAddress = () => {
  nextAddress += 1;
  return `10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress & 255}`;
};

beforeAll(async () => {
  graph = await startGraph(sampleCounty(), {
    gatewayEnv: {
      NODE_ENV: "production",
      TRUST_PROXY: "127.0.0.1",
      RATE_LIMIT_MAX: String(FRONT.max),
      RATE_LIMIT_WINDOW_MS: "600000",
      BAD_TOKEN_MAX: String(FRONT.badTokens),
      COST_BUDGET_POINTS: String(FRONT.costPoints),
      COST_BUDGET_RESTORE_PER_SECOND: String(FRONT.restore),
      HTTP_HEADERS_TIMEOUT_MS: "2000",
    },
  });
  residentToken = await graph.token([{ role: "resident", estate: nanqiao }], "resident-hostile");
  wallBefore = await wallIds();
  gateway = { url: graph.gatewayUrl, estateId: nanqiao, residentToken, address: freshAddress };
  const party = graph.subgraphs.party;
  if (!party) throw new Error("no party subgraph");
  subgraph = { url: party.url, estateId: nanqiao, residentToken, headers: { "x-linli-gateway-secret": party.secret } };
});
afterAll(() => graph?.[Symbol.asyncDispose]());

/** A clean refusal: the status and code the case names, a message, and nothing of the insides. */
function expectCleanRefusal(answer: Answer, expected: Pick<HostileCase, "status" | "code" | "says" | "extensions">) {
  const context = `${answer.status} ${answer.text.slice(0, 400)}`;
  expect(answer.status, context).toBe(expected.status);
  expect(answer.body, context).toBeDefined();
  expect(answer.text, context).not.toMatch(LEAKS);
  if (expected.code === "") {
    // Not an error at all: the request names nothing, and says so with null.
    expect(answer.body?.errors, context).toBeUndefined();
    return;
  }
  const [error] = answer.body?.errors ?? [];
  expect(error?.extensions?.code, context).toBe(expected.code);
  expect(error?.message.length, context).toBeGreaterThan(0);
  if (expected.says) expect(error?.message, context).toMatch(expected.says);
  if (expected.extensions) expect(error?.extensions, context).toMatchObject(expected.extensions);
  if (expected.status >= 400) expect(answer.body?.data ?? null, context).toBeNull();
}

/** The gateway (or the subgraph) still answers a plain query, from a client of its own. */
async function expectStillAnswers(target: HostileTarget) {
  const answer = await json({ ...target, address: target.address ?? (() => "") }, "{ counties { name } }");
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  expect(answer.body?.errors, answer.text.slice(0, 300)).toBeUndefined();
  expect(answer.body?.data).toEqual({ counties: [{ name: "仙游县" }] });
}

describe("hostile operations against the gateway in production mode", () => {
  it("are at least 100, in every class", () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(hostileCases.map((c) => c.class)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(hostileCases)("refuses $name with $code ($class)", async (hostile) => {
    expectCleanRefusal(await hostile.attack(gateway), hostile);
    await expectStillAnswers(gateway);
  });

  it("stored nothing from the hostile mutations", async () => {
    // Not a count (a full page stays full): the ids, so a stored problem shows as a new first one.
    expect(await wallIds()).toEqual(wallBefore);
  });
});

describe("the same hostile classes straight at a subgraph holding its secret", () => {
  const cases = hostileCases.filter((c) => c.subgraph);

  it("cover every class a subgraph can be sent", () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(new Set(cases.map((c) => c.class))).toEqual(
      new Set([
        "limits",
        "cost",
        "input hygiene",
        "client mistakes",
        "http",
        "types and injection",
        "identity",
        "schema secrecy",
      ]),
    );
  });

  it.each(cases)("refuses $name with $code, as the gateway does", async (hostile) => {
    expectCleanRefusal(await hostile.attack(subgraph), hostile);
    await expectStillAnswers(subgraph);
  });

  const ENTITIES =
    "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Estate { id problemWall(first: 50) { edges { node { id } } } } } }";
  const estates = (n: number) => Array.from({ length: n }, () => ({ __typename: "Estate", id: nanqiao }));

  it("refuses an _entities call for more representations than the published cap", async () => {
    const answer = await json(subgraph, "query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }", {
      r: estates(operationLimits.entityRepresentations + 1),
    });
    expectCleanRefusal(answer, { status: 400, code: "OPERATION_LIMIT_EXCEEDED", says: /entity representations/ });
    await expectStillAnswers(subgraph);
  });

  it("counts each representation of an _entities call in its cost, and answers a small one", async () => {
    const refused = await json(subgraph, ENTITIES, { r: estates(200) });
    expectCleanRefusal(refused, { status: 400, code: "OPERATION_LIMIT_EXCEEDED", says: /costly/ });
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({
      cost: 1 + 200 * (1 + 1 + 50 * 2),
      budget: operationLimits.cost,
    });
    const small = await json(subgraph, ENTITIES, { r: estates(2) });
    expect(small.body?.errors, small.text.slice(0, 300)).toBeUndefined();
  });
});

describe("the front door", () => {
  const COUNTIES = "{ counties { name } }";
  const fixed = (address: string): HostileTarget => ({ ...gateway, address: () => address });

  it("refuses an address past its requests with 429 and Retry-After, and keys on the forwarded client", async () => {
    const one = fixed(freshAddress());
    const statuses: number[] = [];
    for (let i = 0; i < FRONT.max + 1; i++) statuses.push((await json(one, COUNTIES)).status);
    expect(statuses.slice(0, FRONT.max)).toEqual(Array(FRONT.max).fill(200));
    const refused = await json(one, COUNTIES);
    expectCleanRefusal(refused, { status: 429, code: "RATE_LIMITED" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another client behind the same balancer has counters of its own.
    await expectStillAnswers(gateway);
  });

  it("counts refused tokens by address and then refuses the address before verifying any token", async () => {
    const one = fixed(freshAddress());
    for (let i = 0; i < FRONT.badTokens; i++) {
      expectCleanRefusal(await json(one, COUNTIES, undefined, { token: "not-a-token" }), {
        status: 401,
        code: "UNAUTHENTICATED",
      });
    }
    // Even a valid token is not looked at from that address any more.
    expectCleanRefusal(await json(one, COUNTIES, undefined, { token: residentToken }), {
      status: 429,
      code: "RATE_LIMITED",
    });
    await expectStillAnswers(gateway);
  });

  it("counts a signed-in caller by subject, whatever address it comes from", async () => {
    const token = await graph.token([{ role: "resident", estate: nanqiao }], `busy-${Math.random()}`);
    const statuses: number[] = [];
    for (let i = 0; i <= FRONT.max; i++) statuses.push((await json(gateway, COUNTIES, undefined, { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(FRONT.max);
    expect(statuses.at(-1)).toBe(429);
  });

  it("spends a heavy caller's cost budget and says what it cost, while a plain caller is answered", async () => {
    const heavy = fixed(freshAddress());
    const WALLS =
      "query ($n: Int, $m: Int) { estates(first: $n) { edges { node { id problemWall(first: $m) { edges { node { id } } } } } } }";
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i++) answers.push(await json(heavy, WALLS, { n: 50, m: 40 }));
    const refused = answers.find((a) => a.status === 429);
    expect(answers[0]?.status).toBe(200);
    expect(refused, answers.map((a) => a.status).join(",")).toBeDefined();
    if (!refused) return;
    expectCleanRefusal(refused, {
      status: 429,
      code: "RATE_LIMITED",
      extensions: { limit: "cost", budget: FRONT.costPoints },
    });
    expect(refused.body?.errors?.[0]?.extensions?.cost).toBe(1 + 50 * (1 + 1 + (1 + 40 * 2)));
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    await expectStillAnswers(gateway);
  });

  it("closes a connection whose headers trickle in, with 408", async () => {
    const raw = await rawExchange(
      gateway,
      (socket) => {
        socket.write("POST /graphql HTTP/1.1\r\nhost: x\r\n");
        const trickle = setInterval(
          () => (socket.destroyed ? clearInterval(trickle) : socket.write("x-a: b\r\n")),
          500,
        );
        socket.once("close", () => clearInterval(trickle));
      },
      20_000,
    );
    expect(raw.response).toMatch(/^HTTP\/1\.1 408/);
    expect(raw.ms).toBeLessThan(10_000);
    await expectStillAnswers(gateway);
  });
});
