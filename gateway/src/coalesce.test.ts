import { createLogger, readPrivateKey, signToken } from "@linli/service-kit";
import { Agent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CircuitBreaker } from "./breaker";
import { coalesceKey } from "./coalesce";
import type { FetcherRequestInit } from "./operation-kind";
import { createSubgraphFetcher, SubgraphTimeoutError } from "./resilience";
import { FakeSubgraph, localVerifier, post, useGatewayOverFakes } from "./testing";

const logger = createLogger({ name: "coalesce-test", level: "silent" });
const QUERY = JSON.stringify({ query: `query { unit(id: "u1") { id name } }`, variables: {} });
const MUTATION = JSON.stringify({ query: `mutation { cancelBooking(input: { id: "b1" }) { id } }`, variables: {} });
const init = (body: string, authorization?: string, requestId = "r1"): FetcherRequestInit => ({
  method: "POST",
  headers: {
    "content-type": "application/json",
    "x-request-id": requestId,
    ...(authorization ? { authorization } : {}),
  },
  body,
});

/** Resolves once `count` calls have reached the fake: merged calls would never get there. */
function gateAt(fake: FakeSubgraph, count: number) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { gate, check: () => fake.seen.length >= count && open(), open: () => open() };
}

describe("coalescing one subgraph's calls", () => {
  const fake = new FakeSubgraph();
  const agent = new Agent({ keepAliveTimeout: 1_000 });
  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.stop();
    await agent.close();
  });
  const fetcherWith = (breaker = new CircuitBreaker(5, 10_000), timeoutMs = 5_000) => ({
    breaker,
    fetch: createSubgraphFetcher({
      serviceName: "units",
      settings: { timeoutMs, retries: 0, breakerFailures: 5, breakerCooldownMs: 10_000 },
      breaker,
      agent,
      logger,
      coalesce: true,
    }),
  });
  /** Answers with the authorization the call carried, once the gate opens. */
  const answerWithCaller = (gate: Promise<void>, check: () => void) => {
    fake.seen.length = 0;
    fake.behaviour = (_query, headers) => {
      check();
      return { kind: "answer", data: { seenAs: headers.authorization ?? "public" }, after: gate };
    };
  };

  it("sends identical queries of the same caller in flight together once, and gives each its own copy", async () => {
    const { gate, open } = gateAt(fake, 1);
    answerWithCaller(gate, () => {});
    const { fetch } = fetcherWith();
    const first = fetch(fake.url, init(QUERY, "Bearer a", "r1"));
    const second = fetch(fake.url, init(QUERY, "Bearer a", "r2"));
    open();
    const [a, b] = await Promise.all([first, second]);
    expect(fake.seen).toHaveLength(1);
    expect(a).not.toBe(b);
    expect(await a.json()).toEqual({ data: { seenAs: "Bearer a" } });
    expect(await b.json()).toEqual({ data: { seenAs: "Bearer a" } });
  });

  it("never merges the calls of callers with different tokens: each gets the answer for its own token", async () => {
    const { gate, check } = gateAt(fake, 3);
    answerWithCaller(gate, check);
    const { fetch } = fetcherWith();
    const calls = [
      fetch(fake.url, init(QUERY, "Bearer a")),
      fetch(fake.url, init(QUERY, "Bearer b")),
      fetch(fake.url, init(QUERY)),
    ].map(async (response) => (await response).json());
    expect(await Promise.all(calls)).toEqual([
      { data: { seenAs: "Bearer a" } },
      { data: { seenAs: "Bearer b" } },
      { data: { seenAs: "public" } },
    ]);
    expect(fake.seen).toHaveLength(3);
  });

  it("keys on the whole authorization value, not a prefix of it, and keeps no token in the key", () => {
    const long = `Bearer ${"x".repeat(500)}`;
    expect(coalesceKey(fake.url, init(QUERY, `${long}1`))).not.toBe(coalesceKey(fake.url, init(QUERY, `${long}2`)));
    expect(coalesceKey(fake.url, init(QUERY, long, "r1"))).toBe(coalesceKey(fake.url, init(QUERY, long, "r2")));
    expect(coalesceKey(fake.url, init(QUERY, long))).not.toContain("x".repeat(20));
  });

  it("never merges mutations, even identical ones of one caller", async () => {
    const { gate, check } = gateAt(fake, 2);
    answerWithCaller(gate, check);
    const { fetch } = fetcherWith();
    await Promise.all([fetch(fake.url, init(MUTATION, "Bearer a")), fetch(fake.url, init(MUTATION, "Bearer a"))]);
    expect(fake.seen).toHaveLength(2);
    expect(coalesceKey(fake.url, init(MUTATION, "Bearer a"))).toBeUndefined();
  });

  it("gives every waiter the failure of the shared call, counts each for the breaker, and keeps nothing after", async () => {
    fake.seen.length = 0;
    fake.behaviour = () => ({ kind: "hang" });
    const { fetch, breaker } = fetcherWith(new CircuitBreaker(2, 10_000), 1_000);
    const results = await Promise.allSettled([
      fetch(fake.url, init(QUERY, "Bearer a")),
      fetch(fake.url, init(QUERY, "Bearer a")),
    ]);
    expect(results.map((r) => r.status === "rejected" && r.reason instanceof SubgraphTimeoutError)).toEqual([
      true,
      true,
    ]);
    expect(fake.seen).toHaveLength(1);
    // Two callers failed, as two separate calls would have: the circuit opens.
    expect(breaker.current).toBe("open");

    fake.behaviour = () => ({ kind: "answer", data: { ok: true } });
    const { fetch: fresh } = fetcherWith();
    await (await fresh(fake.url, init(QUERY, "Bearer a"))).json();
    await (await fresh(fake.url, init(QUERY, "Bearer a"))).json();
    expect(fake.seen).toHaveLength(3);
  });
});

const { keys, verifyToken } = await localVerifier();
const tokenFor = (subject: string) =>
  signToken(readPrivateKey(keys.privateKeyPath), { subject, grants: [{ role: "county_admin", personalData: false }] });
const UNIT = `{ unit(id: "u1") { id name } }`;

describe("a gateway that coalesces calls", () => {
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken }));

  it("asks the subgraph once per caller for concurrent identical queries of two callers, each with its own answer", async () => {
    const [alice, bob] = await Promise.all([tokenFor("alice"), tokenFor("bob")]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const units = gateway.fakes.units;
    units.seen.length = 0;
    units.behaviour = (_query, headers) => {
      // Both calls are held until both have arrived: merged, the second would never come.
      if (units.seen.length >= 2) release();
      const name = headers.authorization === `Bearer ${alice}` ? "alice's unit" : "bob's unit";
      return { kind: "answer", data: { unit: { id: "u1", name } }, after: gate };
    };
    const ask = async (token: string) =>
      (await (await post(gateway.url, { query: UNIT }, { authorization: `Bearer ${token}` })).json()) as {
        data: { unit: { name: string } };
      };
    const [forAlice, forBob] = await Promise.all([ask(alice), ask(bob)]);
    expect(forAlice.data.unit.name).toBe("alice's unit");
    expect(forBob.data.unit.name).toBe("bob's unit");
    expect(units.seen.map((s) => s.headers.authorization).sort()).toEqual([`Bearer ${alice}`, `Bearer ${bob}`].sort());
  }, 30_000);

  it("asks the subgraph once for concurrent identical queries of one caller", async () => {
    const alice = await tokenFor("alice");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const units = gateway.fakes.units;
    units.seen.length = 0;
    units.behaviour = () => ({ kind: "answer", data: { unit: { id: "u1", name: "县人民医院" } }, after: gate });
    const asks = Array.from({ length: 5 }, () =>
      post(gateway.url, { query: UNIT }, { authorization: `Bearer ${alice}` }).then((r) => r.json()),
    );
    // Held until every request has been planned and is waiting on the one call (or on its own).
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    const answers = await Promise.all(asks);
    for (const answer of answers) expect(answer).toEqual({ data: { unit: { id: "u1", name: "县人民医院" } } });
    expect(units.seen.length).toBeLessThan(5);
  }, 30_000);

  it("executes identical queries with different variables apart", async () => {
    const alice = await tokenFor("alice");
    const units = gateway.fakes.units;
    const held = gateAt(units, 2);
    units.seen.length = 0;
    // Both calls are held until both have arrived: shared, the second would never come.
    units.behaviour = () => {
      held.check();
      return { kind: "answer", data: { unit: { id: "u1", name: "县人民医院" } }, after: held.gate };
    };
    const ask = (id: string) =>
      post(
        gateway.url,
        { query: "query Unit($id: ID!) { unit(id: $id) { id name } }", variables: { id } },
        { authorization: `Bearer ${alice}` },
      ).then((r) => r.json() as Promise<{ data: { unit: { name: string } } }>);
    const answers = await Promise.all([ask("u1"), ask("u2")]);
    for (const answer of answers) expect(answer.data.unit.name).toBe("县人民医院");
    expect(units.seen).toHaveLength(2);
  }, 30_000);

  it("never shares a mutation: two identical concurrent mutations of one caller both reach the subgraph", async () => {
    const alice = await tokenFor("alice");
    const units = gateway.fakes.units;
    const held = gateAt(units, 2);
    units.seen.length = 0;
    units.behaviour = () => {
      held.check();
      return { kind: "answer", data: { cancelBooking: { id: "b1" } }, after: held.gate };
    };
    const cancel = () =>
      post(
        gateway.url,
        { query: `mutation { cancelBooking(input: { id: "b1" }) { id } }` },
        { authorization: `Bearer ${alice}` },
      ).then((r) => r.json());
    await Promise.all([cancel(), cancel()]);
    expect(units.seen).toHaveLength(2);
  }, 30_000);
});

describe("a gateway whose shared executions fail", () => {
  const gateway = useGatewayOverFakes(() => ({
    logger,
    verifyToken,
    resilience: { timeoutMs: 300, retries: 0, breakerFailures: 3, breakerCooldownMs: 60_000 },
  }));

  it("counts every copy of a shared query for the circuit breaker, as if each had called alone", async () => {
    const units = gateway.fakes.units;
    units.seen.length = 0;
    units.behaviour = () => ({ kind: "hang" });
    // Three copies at once: one call goes out, and hangs past the timeout for all three.
    const copies = await Promise.all(
      Array.from({ length: 3 }, () => post(gateway.url, { query: UNIT }).then((r) => r.json())),
    );
    for (const copy of copies) {
      expect((copy as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        "SUBGRAPH_TIMEOUT",
      );
    }
    const calls = units.seen.length;
    expect(calls).toBeLessThan(3);
    // Three failed requests opened the circuit: the next one is refused without a call.
    const next = (await (await post(gateway.url, { query: UNIT })).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(next.errors[0]?.extensions.code).toBe("SUBGRAPH_UNAVAILABLE");
    expect(units.seen.length).toBe(calls);
  }, 30_000);
});
