import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { type AddressInfo, connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, readPrivateKey, signToken } from "@linli/service-kit";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { loadOperationManifest, sha256 } from "./persisted";
import { frontDoorLimiter } from "./rate-limit";
import { type Agencies, localVerifier, post, useGatewayOverFakes } from "./testing";

const { keys, verifyToken } = await localVerifier();
const logger = createLogger({ name: "gateway-test", level: "silent" });
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Whether a Redis answers at REDIS_URL; the Redis variants are skipped, saying so, when not. */
async function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
const hasRedis = await redisReachable();
if (!hasRedis) console.warn(`Redis is not reachable at ${REDIS_URL}: the Redis variants are skipped.`);

const answerCounties = (counties: unknown[]) => (fakes: Agencies) => {
  fakes.party.behaviour = () => ({ kind: "answer", data: { counties } });
};
const COUNTIES = "{ counties { id } }";

describe("the operation manifest", () => {
  it("is empty for a missing or empty folder", () => {
    expect(loadOperationManifest(join(tmpdir(), "linli-no-such-folder")).size).toBe(0);
    expect(loadOperationManifest(mkdtempSync(join(tmpdir(), "linli-ops-"))).size).toBe(0);
  });

  it("holds every operation of every file, with the fragments it imports and uses, by the sha256 of its body", () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-ops-"));
    writeFileSync(
      join(dir, "estates.graphql"),
      '#import "./fragments.graphql"\nquery Estates { estates { edges { node { ...EstateName } } } }\nquery Counties { counties { id } }',
    );
    writeFileSync(
      join(dir, "fragments.graphql"),
      "fragment EstateName on Estate { name }\nfragment CountyName on County { name }",
    );
    writeFileSync(join(dir, "notes.txt"), "not an operation");
    const manifest = loadOperationManifest(dir);
    expect([...manifest.values()].map((op) => op.name).sort()).toEqual(["Counties", "Estates"]);
    for (const [hash, op] of manifest) expect(sha256(op.body)).toBe(hash);
    const estates = [...manifest.values()].find((op) => op.name === "Estates");
    expect(estates?.body).toContain("fragment EstateName on Estate");
    expect(estates?.body).not.toContain("CountyName");
  });

  it("refuses a file that spreads a fragment it does not import", () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-ops-"));
    writeFileSync(join(dir, "estates.graphql"), "query Estates { estates { edges { node { ...EstateName } } } }");
    writeFileSync(join(dir, "fragments.graphql"), "fragment EstateName on Estate { name }");
    expect(() => loadOperationManifest(dir)).toThrow(/EstateName/);
  });
});

describe("a gateway in safelist mode", () => {
  const dir = mkdtempSync(join(tmpdir(), "linli-ops-"));
  writeFileSync(join(dir, "counties.graphql"), "query Counties {\n  counties { id }\n}\n");
  const listed = [...loadOperationManifest(dir).values()][0]?.body ?? "";
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken, persistedOperations: { mode: "safelist", dir } }), {
    setup: answerCounties([{ id: "c1" }]),
  });
  const subgraphs = gateway.fakes;

  it("runs a listed operation sent by its hash alone", async () => {
    const response = await post(gateway.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(listed) } },
    });
    expect(await response.json()).toEqual({ data: { counties: [{ id: "c1" }] } });
  });

  it("runs a listed operation sent in full", async () => {
    const response = await post(gateway.url, { query: listed });
    expect(await response.json()).toEqual({ data: { counties: [{ id: "c1" }] } });
  });

  it("refuses any other operation with OPERATION_NOT_SAFELISTED, before asking a subgraph", async () => {
    const before = subgraphs.party.seen.length;
    const response = await post(gateway.url, { query: COUNTIES });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        { message: "Only the published operations may run here.", extensions: { code: "OPERATION_NOT_SAFELISTED" } },
      ],
    });
    expect(subgraphs.party.seen.length).toBe(before);
  });

  it("cannot be taught a new operation through APQ registration", async () => {
    const hash = sha256(COUNTIES);
    const register = await post(gateway.url, {
      query: COUNTIES,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(register.status).toBe(400);
    const byHash = (await (
      await post(gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    ).json()) as { errors: { extensions: { code: string } }[] };
    expect(byHash.errors[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe.each([
  { backend: "memory", redisUrl: undefined as string | undefined },
  { backend: "Redis", redisUrl: REDIS_URL },
])("a gateway in APQ mode with its cache in $backend", ({ backend, redisUrl }) => {
  const skip = backend === "Redis" && !hasRedis;
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken, redisUrl }), {
    setup: answerCounties([{ id: "c1" }]),
    skip,
  });

  it.skipIf(skip)("asks for an unknown hash, then runs it by hash once registered", async () => {
    const query = `{ counties { id } } # ${Math.random()}`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const miss = (await (await post(gateway.url, { extensions })).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(miss.errors[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(await (await post(gateway.url, { query, extensions })).json()).toEqual({
      data: { counties: [{ id: "c1" }] },
    });
    expect(await (await post(gateway.url, { extensions })).json()).toEqual({ data: { counties: [{ id: "c1" }] } });
  });
});

// Taken before the gateway of the block below starts: a port nothing listens on, for now.
const relayPort = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => resolve(port));
  });
});

describe("a gateway whose Redis is not there at start", () => {
  // A port where nothing listens until the test puts a relay to the real Redis on it.
  const relay = createServer((socket) => {
    const { hostname, port } = new URL(REDIS_URL);
    const upstream = connect({ host: hostname, port: Number(port || 6379) });
    socket.pipe(upstream).pipe(socket);
    socket.on("error", () => upstream.destroy());
    upstream.on("error", () => socket.destroy());
  });
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken, redisUrl: `redis://127.0.0.1:${relayPort}` }), {
    setup: answerCounties([{ id: "c1" }]),
  });
  afterAll(() => relay.close());

  it.skipIf(!hasRedis)(
    "serves APQ from memory, then shares it in Redis once Redis comes",
    async () => {
      const register = async () => {
        const query = `{ counties { id } } # ${Math.random()}`;
        const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
        const answer = await (await post(gateway.url, { query, extensions })).json();
        expect(answer).toEqual({ data: { counties: [{ id: "c1" }] } });
        return sha256(query);
      };
      const direct = new Redis(REDIS_URL, { enableOfflineQueue: false });
      await once(direct, "ready");
      try {
        const before = await register();
        expect(await direct.exists(`linli:apq:apq:${before}`)).toBe(0);
        relay.listen(relayPort, "127.0.0.1");
        await once(relay, "listening");
        // ioredis retries with a growing pause (at most 2 s); the next registrations land in Redis.
        let shared = 0;
        for (let attempt = 0; attempt < 40 && shared === 0; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          shared = await direct.exists(`linli:apq:apq:${await register()}`);
        }
        expect(shared).toBe(1);
      } finally {
        direct.disconnect();
      }
    },
    20_000,
  );
});

describe("rate limits", () => {
  it("counts each caller in a window and tells how long until it may try again", async () => {
    const limiter = frontDoorLimiter({ max: 2, windowMs: 60_000 }, undefined);
    expect((await limiter.caller("a")).allowed).toBe(true);
    expect((await limiter.caller("a")).allowed).toBe(true);
    expect((await limiter.caller("b")).allowed).toBe(true);
    const refused = await limiter.caller("a");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBeGreaterThan(50_000);
  });

  it("counts requests by address apart from callers, and refused tokens by address", async () => {
    const limiter = frontDoorLimiter({ max: 1, windowMs: 60_000, addressMax: 3, badTokenMax: 2 }, undefined);
    const byAddress = [];
    for (let i = 0; i < 4; i++) byAddress.push((await limiter.address("10.0.0.1")).allowed);
    expect(byAddress).toEqual([true, true, true, false]);
    expect((await limiter.address("10.0.0.2")).allowed).toBe(true);
    expect((await limiter.badTokensExhausted("10.0.0.1")).allowed).toBe(true);
    await limiter.badToken("10.0.0.1");
    await limiter.badToken("10.0.0.1");
    expect((await limiter.badTokensExhausted("10.0.0.1")).allowed).toBe(false);
    expect((await limiter.badTokensExhausted("10.0.0.2")).allowed).toBe(true);
  });

  it("charges cost to a budget that a heavy caller spends and a light caller keeps", async () => {
    const limiter = frontDoorLimiter(undefined, { points: 10_000, restorePerSecond: 500 });
    const heavy = [];
    for (let i = 0; i < 4; i++) heavy.push((await limiter.cost("ip:heavy", 4_000)).allowed);
    expect(heavy).toEqual([true, true, false, false]);
    expect((await limiter.cost("ip:light", 5)).allowed).toBe(true);
    // A second later, a second's worth of points is back: enough for a light query, not a heavy one.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await limiter.cost("ip:heavy", 400)).allowed).toBe(true);
    expect((await limiter.cost("ip:heavy", 4_000)).allowed).toBe(false);
  });

  it("turns every request limit off with max 0", async () => {
    const limiter = frontDoorLimiter({ max: 0, windowMs: 1_000 }, { points: 0, restorePerSecond: 1 });
    for (let i = 0; i < 50; i++)
      expect((await limiter.address("a")).allowed && (await limiter.cost("a", 1e9)).allowed).toBe(true);
  });

  it.skipIf(!hasRedis)("shares the counters of two gateway copies through Redis", async () => {
    const first = new Redis(REDIS_URL, { enableOfflineQueue: false });
    const second = new Redis(REDIS_URL, { enableOfflineQueue: false });
    try {
      await Promise.all([once(first, "ready"), once(second, "ready")]);
      const prefix = `linli:test:${Math.random()}`;
      const a = frontDoorLimiter({ max: 3, windowMs: 60_000 }, undefined, first, prefix);
      const b = frontDoorLimiter({ max: 3, windowMs: 60_000 }, undefined, second, prefix);
      const decisions = [
        await a.caller("sub:x"),
        await b.caller("sub:x"),
        await a.caller("sub:x"),
        await b.caller("sub:x"),
      ];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
      expect((await b.caller("sub:y")).allowed).toBe(true);
    } finally {
      first.disconnect();
      second.disconnect();
    }
  });

  it("keeps limiting in memory, and answering, while Redis is down", async () => {
    // Nothing listens on port 1: every Redis command fails, and the insurance limiter decides.
    const down = new Redis("redis://127.0.0.1:1", {
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    down.on("error", () => {});
    try {
      const limiter = frontDoorLimiter({ max: 2, windowMs: 60_000 }, undefined, down, `linli:test:${Math.random()}`);
      const decisions = [await limiter.caller("sub:x"), await limiter.caller("sub:x"), await limiter.caller("sub:x")];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    } finally {
      down.disconnect();
    }
  });

  describe.each([
    { backend: "memory", redisUrl: undefined as string | undefined },
    { backend: "Redis", redisUrl: REDIS_URL },
  ])("at a gateway counting in $backend", ({ backend, redisUrl }) => {
    const skip = backend === "Redis" && !hasRedis;
    const gateway = useGatewayOverFakes(
      () => ({
        logger,
        verifyToken,
        redisUrl,
        // A window long enough that the test never straddles two, and a fresh one per run.
        rateLimit: { max: 3, windowMs: 3_600_000, prefix: `linli:test:${Math.random()}` },
      }),
      { setup: answerCounties([]), skip },
    );

    it.skipIf(skip)(
      "answers 429 with RATE_LIMITED and Retry-After once a caller used its window, per token subject",
      async () => {
        const token = (subject: string) =>
          signToken(readPrivateKey(keys.privateKeyPath), { subject, grants: [] }).then((t) => ({
            authorization: `Bearer ${t}`,
          }));
        const subject = `caller-${Math.random()}`;
        const mine = await token(subject);
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await post(gateway.url, { query: COUNTIES }, mine)).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
        const refused = await post(gateway.url, { query: COUNTIES }, mine);
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await refused.json()).toEqual({
          errors: [
            {
              message: "Too many requests; try again after the time in Retry-After.",
              extensions: { code: "RATE_LIMITED" },
            },
          ],
        });
        // Another caller has a window of its own; so does the anonymous public, by address.
        expect((await post(gateway.url, { query: COUNTIES }, await token(`other-${Math.random()}`))).status).toBe(200);
      },
    );
  });
});
