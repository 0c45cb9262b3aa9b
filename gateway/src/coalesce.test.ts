import { createLogger, readPrivateKey, signToken } from "@linli/service-kit";
import { Response } from "undici";
import { describe, expect, it } from "vitest";
import { coalesceKey, coalescing } from "./coalesce";
import type { Fetcher, FetcherRequestInit } from "./resilience";
import { localVerifier, post, useGatewayOverFakes } from "./testing";

const QUERY = JSON.stringify({ query: `query { unit(id: "u1") { id name } }`, variables: {} });
const MUTATION = JSON.stringify({ query: `mutation { cancelBooking(input: { id: "b1" }) { id } }`, variables: {} });
const URL_ = "http://127.0.0.1:1/graphql";
const init = (body: string, authorization?: string, requestId = "r1"): FetcherRequestInit => ({
  method: "POST",
  headers: {
    "content-type": "application/json",
    "x-request-id": requestId,
    ...(authorization ? { authorization } : {}),
  },
  body,
});

/** A fetcher whose calls stay in flight until `release()`; each answers with the caller's authorization. */
function heldFetcher() {
  const calls: FetcherRequestInit[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetcher = (async (_url: string, options: FetcherRequestInit = {}) => {
    calls.push(options);
    await gate;
    const authorization = (options.headers as Record<string, string>).authorization ?? "public";
    return new Response(JSON.stringify({ data: { seenAs: authorization } }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  }) as unknown as Fetcher;
  return { fetcher, calls, release };
}

const bodyOf = async (response: Promise<Awaited<ReturnType<Fetcher>>>) => (await response).json();

describe("coalescing subgraph calls", () => {
  it("sends identical queries of the same caller in flight together once, and gives each its own copy", async () => {
    const held = heldFetcher();
    const fetch = coalescing(held.fetcher);
    const first = fetch(URL_, init(QUERY, "Bearer a", "r1"));
    const second = fetch(URL_, init(QUERY, "Bearer a", "r2"));
    held.release();
    const [a, b] = await Promise.all([first, second]);
    expect(held.calls).toHaveLength(1);
    expect(a).not.toBe(b);
    expect(await a.json()).toEqual({ data: { seenAs: "Bearer a" } });
    expect(await b.json()).toEqual({ data: { seenAs: "Bearer a" } });
  });

  it("never merges the calls of callers with different tokens: each gets the answer for its own token", async () => {
    const held = heldFetcher();
    const fetch = coalescing(held.fetcher);
    const calls = [
      fetch(URL_, init(QUERY, "Bearer a")),
      fetch(URL_, init(QUERY, "Bearer b")),
      fetch(URL_, init(QUERY)),
    ].map(bodyOf);
    held.release();
    expect(await Promise.all(calls)).toEqual([
      { data: { seenAs: "Bearer a" } },
      { data: { seenAs: "Bearer b" } },
      { data: { seenAs: "public" } },
    ]);
    expect(held.calls).toHaveLength(3);
  });

  it("keys on the whole authorization value, not a prefix of it", () => {
    const long = `Bearer ${"x".repeat(500)}`;
    expect(coalesceKey(URL_, init(QUERY, `${long}1`))).not.toBe(coalesceKey(URL_, init(QUERY, `${long}2`)));
    expect(coalesceKey(URL_, init(QUERY, long, "r1"))).toBe(coalesceKey(URL_, init(QUERY, long, "r2")));
    expect(coalesceKey(URL_, init(QUERY, long))).not.toContain("x".repeat(20));
  });

  it("never merges mutations, even identical ones of one caller", async () => {
    const held = heldFetcher();
    const fetch = coalescing(held.fetcher);
    const calls = [fetch(URL_, init(MUTATION, "Bearer a")), fetch(URL_, init(MUTATION, "Bearer a"))];
    held.release();
    await Promise.all(calls);
    expect(held.calls).toHaveLength(2);
    expect(coalesceKey(URL_, init(MUTATION, "Bearer a"))).toBeUndefined();
  });

  it("gives every waiter the failure of the shared call, and keeps nothing once it has answered", async () => {
    let calls = 0;
    const failing = (async () => {
      calls += 1;
      throw new Error("connection refused");
    }) as unknown as Fetcher;
    const fetch = coalescing(failing);
    const results = await Promise.allSettled([
      fetch(URL_, init(QUERY, "Bearer a")),
      fetch(URL_, init(QUERY, "Bearer a")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(calls).toBe(1);
    await expect(fetch(URL_, init(QUERY, "Bearer a"))).rejects.toThrow("connection refused");
    expect(calls).toBe(2);
  });
});

const { keys, verifyToken } = await localVerifier();
const logger = createLogger({ name: "coalesce-test", level: "silent" });
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
});
