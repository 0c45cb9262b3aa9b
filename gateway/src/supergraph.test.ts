import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { createLogger, GATEWAY_SECRET_HEADER } from "@linli/service-kit";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatewayServer, type GatewayServer } from "./server";
import { envPrefixOf, subgraphsOf, supergraphSource } from "./supergraph";
import { FakeSubgraph, localVerifier, post } from "./testing";

// A foreign graph: none of the agencies' names, one name that is not a plain word.
const logger = createLogger({ name: "supergraph-test", level: "silent" });
const { verifyToken } = await localVerifier();
const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])`;
const inventorySdl = (fields = "stock: Int") => `${header}\ntype Query { ${fields} }`;
const reviewsSdl = `${header}\ntype Query { rating: Int }`;
const reviewsSecret = "reviews-secret-0123456789abcdef0123456";

function compose(inventoryUrl: string, reviewsUrl: string, inventoryFields?: string): string {
  const result = composeServices([
    { name: "inventory", url: inventoryUrl, typeDefs: parse(inventorySdl(inventoryFields)) },
    { name: "reviews-v2", url: reviewsUrl, typeDefs: parse(reviewsSdl) },
  ]);
  if (!result.supergraphSdl) throw new Error(String(result.errors));
  return result.supergraphSdl;
}

/** Answers the fields it is asked for: the probe's `__typename`, `stock`, `restocked`, `rating`. */
function answering(fake: FakeSubgraph, gate?: () => Promise<unknown> | undefined) {
  fake.behaviour = (query) => {
    const data: Record<string, unknown> = {};
    if (query.includes("__typename")) data.__typename = "Query";
    if (query.includes("stock")) data.stock = 7;
    if (query.includes("restocked")) data.restocked = 3;
    if (query.includes("rating")) data.rating = 5;
    const after = query.includes("__typename") ? undefined : gate?.();
    return { kind: "answer", data, ...(after ? { after } : {}) };
  };
  return fake;
}

const until = async (check: () => Promise<boolean>, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
};

it("names a subgraph's settings by its name upper-cased, anything but letters and digits as _", () => {
  expect(envPrefixOf("party")).toBe("PARTY");
  expect(envPrefixOf("reviews-v2")).toBe("REVIEWS_V2");
  expect(envPrefixOf("a.b c")).toBe("A_B_C");
});

it("reads the subgraphs and routing URLs of a supergraph, and refuses text that is not one", () => {
  const sdl = compose("http://inventory.example/graphql", "http://reviews.example/graphql");
  expect(subgraphsOf(sdl)).toEqual([
    { name: "inventory", url: "http://inventory.example/graphql" },
    { name: "reviews-v2", url: "http://reviews.example/graphql" },
  ]);
  expect(() => subgraphsOf("type Query { stock: Int }")).toThrow();
});

describe("a gateway over a supergraph of other subgraphs than the agencies", () => {
  const inventory = answering(new FakeSubgraph());
  const reviews = answering(new FakeSubgraph());
  let server: GatewayServer;
  let url: string;

  beforeAll(async () => {
    await Promise.all([inventory.start(), reviews.start()]);
    // inventory's routing URL goes nowhere: INVENTORY_URL's setting stands in for it.
    const supergraph = compose("http://127.0.0.1:9/graphql", reviews.url);
    server = await createGatewayServer({
      supergraphSdl: supergraph,
      subgraphSettings: (name) => (name === "inventory" ? { url: inventory.url } : { secret: reviewsSecret }),
      verifyToken,
      logger,
    });
    url = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server?.close();
    await Promise.all([inventory.stop(), reviews.stop()]);
  });

  it("answers from both, at the configured URL or else the supergraph's, with a secret only where one is set", async () => {
    const response = await post(url, { query: "{ stock rating }" });
    expect(await response.json()).toEqual({ data: { stock: 7, rating: 5 } });
    expect(inventory.seen.at(-1)?.headers[GATEWAY_SECRET_HEADER]).toBeUndefined();
    expect(reviews.seen.at(-1)?.headers[GATEWAY_SECRET_HEADER]).toBe(reviewsSecret);
  });

  it("lists the supergraph's subgraphs on /ready and /health, and stays ready (degraded) with one down", async () => {
    const ready = await fetch(url.replace(/graphql$/, "ready"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      supergraph: "loaded",
      subgraphs: { inventory: "up", "reviews-v2": "up" },
    });
    await reviews.stop();
    const degraded = await fetch(url.replace(/graphql$/, "ready"));
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({
      status: "degraded",
      subgraphs: { inventory: "up", "reviews-v2": "down" },
    });
    const health = await fetch(url.replace(/graphql$/, "health"));
    expect(await health.json()).toEqual({ status: "degraded", subgraphs: { inventory: "up", "reviews-v2": "down" } });
    expect(await server.readiness.subgraphStates()).toEqual({ inventory: "up", "reviews-v2": "down" });
    const metrics = await server.metrics.registry.metrics();
    expect(metrics).toMatch(/^linli_gateway_subgraph_up\{subgraph="inventory"[^}]*\} 1$/m);
    expect(metrics).toMatch(/^linli_gateway_subgraph_up\{subgraph="reviews-v2"[^}]*\} 0$/m);
  });
});

describe("replacing the supergraph file under a running gateway", () => {
  const inventory = new FakeSubgraph();
  const reviews = answering(new FakeSubgraph());
  let release: () => void = () => {};
  let held: Promise<unknown> | undefined;
  let server: GatewayServer;
  let url: string;
  let path: string;
  const write = (text: string) => {
    // As deployments do: a whole new file put in place by a rename.
    writeFileSync(`${path}.next`, text);
    renameSync(`${path}.next`, path);
  };
  const ask = async (query: string) => (await post(url, { query })).json() as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    answering(inventory, () => held);
    await Promise.all([inventory.start(), reviews.start()]);
    path = join(mkdtempSync(join(tmpdir(), "linli-supergraph-")), "supergraph.graphql");
    writeFileSync(path, compose(inventory.url, reviews.url));
    server = await createGatewayServer({
      supergraphSdl: supergraphSource({ path, pollIntervalMs: 1_000, logger, debounceMs: 50 }),
      verifyToken,
      logger,
    });
    url = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    release();
    await server?.close();
    await Promise.all([inventory.stop(), reviews.stop()]);
  });

  it("serves a valid new supergraph's field, while a request in flight on the old one finishes", async () => {
    expect(await ask("{ restocked }")).toMatchObject({
      errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }],
    });
    held = new Promise((resolve) => {
      release = () => resolve(undefined);
    });
    const inFlight = ask("{ stock }");
    await until(async () => inventory.seen.some((seen) => seen.query.includes("stock")));
    write(compose(inventory.url, reviews.url, "stock: Int restocked: Int"));
    held = undefined;
    expect(await until(async () => JSON.stringify(await ask("{ restocked }")) === '{"data":{"restocked":3}}')).toBe(
      true,
    );
    release();
    expect(await inFlight).toEqual({ data: { stock: 7 } });
  });

  it("refuses an invalid one and keeps serving the one before", async () => {
    write("type Query { restocked: Int"); // not even GraphQL
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await ask("{ restocked rating }")).toEqual({ data: { restocked: 3, rating: 5 } });
    // Valid GraphQL, but not a supergraph: refused too.
    write(inventorySdl("other: Int"));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await ask("{ restocked rating }")).toEqual({ data: { restocked: 3, rating: 5 } });
    expect((await fetch(url.replace(/graphql$/, "ready"))).status).toBe(200);
  });
});

describe("a supergraph polled from SUPERGRAPH_URL", () => {
  const inventory = answering(new FakeSubgraph());
  const reviews = answering(new FakeSubgraph());
  let published = "";
  let status = 200;
  const registry = createHttpServer((_request, response) => {
    response.writeHead(status, { "content-type": "text/plain" }).end(published);
  });
  let server: GatewayServer;
  let url: string;
  const ask = async (query: string) => JSON.stringify(await (await post(url, { query })).json());

  beforeAll(async () => {
    await Promise.all([inventory.start(), reviews.start()]);
    await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
    const address = registry.address();
    published = compose(inventory.url, reviews.url);
    server = await createGatewayServer({
      supergraphSdl: supergraphSource({
        path: "/nonexistent/supergraph.graphql",
        url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/supergraph`,
        pollIntervalMs: 100,
        logger,
      }),
      verifyToken,
      logger,
    });
    url = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server?.close();
    registry.close();
    await Promise.all([inventory.stop(), reviews.stop()]);
  });

  it("starts from the URL, serves what it publishes next, and keeps the last good one through errors and invalid text", async () => {
    expect(await ask("{ stock }")).toBe('{"data":{"stock":7}}');
    published = compose(inventory.url, reviews.url, "stock: Int restocked: Int");
    expect(await until(async () => (await ask("{ restocked }")) === '{"data":{"restocked":3}}')).toBe(true);
    status = 500;
    published = "trouble";
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await ask("{ restocked }")).toBe('{"data":{"restocked":3}}');
    status = 200;
    published = "type Query { restocked: Int }";
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await ask("{ restocked rating }")).toBe('{"data":{"restocked":3,"rating":5}}');
  });
});
