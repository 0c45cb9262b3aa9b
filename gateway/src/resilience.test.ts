import { Writable } from "node:stream";
import { createLogger } from "@linli/service-kit";
import { afterEach, describe, expect, it } from "vitest";
import { CircuitBreaker } from "./breaker";
import { localVerifier, post, useGatewayOverFakes } from "./testing";

const { verifyToken } = await localVerifier();
const logLines: string[] = [];
const logger = createLogger({
  name: "gateway-test",
  level: "info",
  destination: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
});

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

describe("the circuit breaker", () => {
  it("opens after the threshold of consecutive failures and fails fast while open", () => {
    let now = 0;
    const breaker = new CircuitBreaker(3, 1_000, () => now);
    breaker.failure();
    breaker.failure();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.failure();
    expect(breaker.current).toBe("open");
    now = 999;
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("lets exactly one probe through after the cool-down, and closes when it succeeds", () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 1_000, () => now);
    breaker.failure();
    now = 1_000;
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.current).toBe("half-open");
    expect(breaker.tryAcquire()).toBe(false);
    breaker.success();
    expect(breaker.current).toBe("closed");
    expect(breaker.tryAcquire()).toBe(true);
  });

  it("opens again at once when the probe fails", () => {
    let now = 0;
    const breaker = new CircuitBreaker(5, 1_000, () => now);
    for (let i = 0; i < 5; i++) breaker.failure();
    now = 2_000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.failure();
    expect(breaker.current).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("forgets earlier failures after a success", () => {
    const breaker = new CircuitBreaker(2, 1_000);
    breaker.failure();
    breaker.success();
    breaker.failure();
    expect(breaker.current).toBe("closed");
  });
});

const ESTATE_AND_UNIT = `{ estate(id: "e1") { id name } unit(id: "u1") { id name } }`;
const estateAnswer = { kind: "answer" as const, data: { estate: { id: "e1", name: "南桥锦福家园" } } };
const unitAnswer = { kind: "answer" as const, data: { unit: { id: "u1", name: "县人民医院" } } };

describe("a gateway whose subgraphs hang, fail and recover", () => {
  const TIMEOUT_MS = 1_000;
  const COOLDOWN_MS = 300;
  const gateway = useGatewayOverFakes(() => ({
    logger,
    verifyToken,
    resilience: { timeoutMs: TIMEOUT_MS, retries: 2, breakerFailures: 3, breakerCooldownMs: COOLDOWN_MS },
  }));
  const fakes = gateway.fakes;

  afterEach(async () => {
    fakes.party.behaviour = () => estateAnswer;
    fakes.units.behaviour = () => unitAnswer;
    // Let any open circuit reach its probe, and close it with a good answer.
    await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 20));
    await post(gateway.url, { query: ESTATE_AND_UNIT });
    fakes.party.seen.length = 0;
    fakes.units.seen.length = 0;
  });

  it("answers the other agencies' fields and SUBGRAPH_TIMEOUT for a hung one, within the timeout", async () => {
    fakes.party.behaviour = () => estateAnswer;
    fakes.units.behaviour = () => ({ kind: "hang" });
    const started = Date.now();
    const response = await post(gateway.url, { query: ESTATE_AND_UNIT });
    const elapsed = Date.now() - started;
    const body = (await response.json()) as Body;
    expect(body.data).toEqual({ estate: { id: "e1", name: "南桥锦福家园" }, unit: null });
    expect(body.errors).toEqual([
      {
        message: "The units service did not answer in time; its fields are null in this response.",
        extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "units" },
      },
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    // Generous: on a loaded machine the process itself runs late; without the timeout it would hang.
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2_500);
  });

  it("retries a query after a 5xx and answers when a later attempt succeeds", async () => {
    let calls = 0;
    fakes.units.behaviour = () => (++calls <= 2 ? { kind: "status", status: 502 } : unitAnswer);
    const body = (await (await post(gateway.url, { query: ESTATE_AND_UNIT })).json()) as Body;
    expect(body.errors).toBeUndefined();
    expect(body.data?.unit).toEqual({ id: "u1", name: "县人民医院" });
    expect(fakes.units.seen).toHaveLength(3);
  });

  it("never retries a mutation, even after a 5xx", async () => {
    fakes.units.behaviour = () => ({ kind: "status", status: 503 });
    const body = (await (
      await post(gateway.url, {
        query: `mutation { cancelBooking(input: { id: "00000000-0000-4000-8000-000000000001" }) { id } }`,
      })
    ).json()) as Body;
    expect(body.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "units" });
    expect(fakes.units.seen).toHaveLength(1);
    expect(fakes.units.seen[0]?.query).toMatch(/^mutation/);
  });

  it("does not retry a query the subgraph refused with a 4xx", async () => {
    fakes.units.behaviour = () => ({ kind: "status", status: 400 });
    await post(gateway.url, { query: ESTATE_AND_UNIT });
    expect(fakes.units.seen).toHaveLength(1);
  });

  it("opens the circuit after repeated failures, fails fast without asking, and closes after a good probe", async () => {
    fakes.units.behaviour = () => ({ kind: "status", status: 500 });
    for (let i = 0; i < 3; i++) await post(gateway.url, { query: ESTATE_AND_UNIT });
    const asked = fakes.units.seen.length;
    expect(asked).toBe(9); // three calls of three attempts each

    const open = (await (await post(gateway.url, { query: ESTATE_AND_UNIT })).json()) as Body;
    expect(fakes.units.seen).toHaveLength(asked);
    expect(open.data?.estate).toEqual({ id: "e1", name: "南桥锦福家园" });
    expect(open.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "units" });
    expect(open.errors?.[0]?.message).toMatch(/not being asked for a while/);

    fakes.units.behaviour = () => unitAnswer;
    await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 20));
    const probe = (await (await post(gateway.url, { query: ESTATE_AND_UNIT })).json()) as Body;
    expect(probe.errors).toBeUndefined();
    expect(probe.data?.unit).toEqual({ id: "u1", name: "县人民医院" });
    const after = (await (await post(gateway.url, { query: ESTATE_AND_UNIT })).json()) as Body;
    expect(after.errors).toBeUndefined();
  });

  it("keeps subgraph addresses and upstream text out of the answer, and logs the cause with the request id", async () => {
    fakes.units.behaviour = () => ({ kind: "status", status: 500 });
    logLines.length = 0;
    const response = await post(gateway.url, { query: ESTATE_AND_UNIT });
    const requestId = response.headers.get("x-request-id");
    const text = await response.text();
    expect(text).not.toMatch(/127\.0\.0\.1|10\.0\.0\.7|5432|stack|:\d{4,5}\//);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.some((line) => line.requestId === requestId && line.subgraph === "units")).toBe(true);
  });

  it("passes on a subgraph's coded error without its stack trace or internal addresses", async () => {
    fakes.units.behaviour = () => ({
      kind: "answer",
      data: { unit: null },
      errors: [
        {
          message: "lookup failed at http://10.0.0.9:4003/graphql",
          path: ["unit"],
          extensions: { code: "NOT_FOUND", stacktrace: ["Error: at Pool.query (/srv/units/db.js:10)"] },
        },
      ],
    });
    const text = await (await post(gateway.url, { query: ESTATE_AND_UNIT })).text();
    expect(text).not.toMatch(/10\.0\.0\.9|stacktrace|db\.js/);
    const body = JSON.parse(text) as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers a subgraph's uncoded failure as a bare INTERNAL_SERVER_ERROR, logged in full with the request id", async () => {
    fakes.units.behaviour = () => ({
      kind: "answer",
      data: { unit: null },
      errors: [{ message: 'relation "units" does not exist: SELECT * FROM units WHERE id = $1', path: ["unit"] }],
    });
    logLines.length = 0;
    const response = await post(gateway.url, { query: ESTATE_AND_UNIT });
    const requestId = response.headers.get("x-request-id");
    const body = (await response.json()) as Body;
    expect(body.errors).toEqual([
      {
        message: "Internal server error",
        path: ["unit"],
        extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "units" },
      },
    ]);
    const logged = logLines.filter((line) => line.includes(requestId ?? "none"));
    expect(logged.join("\n")).toMatch(/SELECT \* FROM units/);
  });
});

describe("the gateway's readiness", () => {
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken }));
  const fakes = gateway.fakes;

  const everyAgency = (state: string) => ({ party: state, property: state, units: state, volunteer: state });

  it("stays ready but degraded while a subgraph is stopped, and whole again when it returns on its port, without a restart", async () => {
    expect((await fetch(`${gateway.base}/ready`)).status).toBe(200);
    const port = fakes.volunteer.port;
    await fakes.volunteer.stop();
    const down = await fetch(`${gateway.base}/ready`);
    expect(down.status).toBe(200);
    expect(await down.json()).toEqual({
      status: "degraded",
      supergraph: "loaded",
      subgraphs: { ...everyAgency("up"), volunteer: "down" },
    });
    const health = await fetch(`${gateway.base}/health`);
    expect(await health.json()).toEqual({ status: "degraded", subgraphs: { ...everyAgency("up"), volunteer: "down" } });
    await fakes.volunteer.start(port);
    const back = await fetch(`${gateway.base}/ready`);
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ status: "ready", supergraph: "loaded", subgraphs: everyAgency("up") });
  });

  it("reports a subgraph that answers 503 as down, and itself still ready", async () => {
    fakes.property.behaviour = () => ({ kind: "status", status: 503 });
    const ready = await fetch(`${gateway.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "degraded", subgraphs: { property: "down" } });
    fakes.property.behaviour = () => ({ kind: "answer", data: {} });
    expect(await (await fetch(`${gateway.base}/ready`)).json()).toMatchObject({ status: "ready" });
  });
});
