import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Child, freePort, startChild, stopChildren, waitUntilAnswers } from "@linli/runner/children";
import { composeSupergraph } from "@linli/schema/compose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The gateway process as a county would run it over subgraphs that are not ours: its
// documented command, a supergraph of other names, settings by those names and nothing else.
const gatewayDir = fileURLToPath(new URL("../gateway", import.meta.url));
const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])`;
const reviewsSecret = "reviews-secret-0123456789abcdef0123456";

interface StandIn {
  server: Server;
  url: string;
  headers: IncomingHttpHeaders[];
}

/** A subgraph that answers the fields it is asked for with fixed values. */
async function standIn(values: Record<string, unknown>): Promise<StandIn> {
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const query = (JSON.parse(body || "{}") as { query?: string }).query ?? "";
      if (!query.includes("__ApolloServiceHealthCheck__")) headers.push(request.headers);
      const data = Object.fromEntries(Object.entries(values).filter(([field]) => query.includes(field)));
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: { __typename: "Query", ...data } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/graphql`, headers };
}

const supergraph = (inventoryUrl: string, reviewsUrl: string, inventoryFields = "stock: Int") =>
  composeSupergraph([
    { name: "inventory", url: inventoryUrl, sdl: `${header}\ntype Query { ${inventoryFields} }` },
    { name: "reviews-v2", url: reviewsUrl, sdl: `${header}\ntype Query { rating: Int }` },
  ]);

let inventory: StandIn;
let reviews: StandIn;
let gateway: Child;
let base: string;
let path: string;
const lines: string[] = [];
const ask = async (query: string) =>
  (await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  }).then((response) => response.json())) as Record<string, unknown>;
const replace = (text: string) => {
  writeFileSync(`${path}.next`, text);
  renameSync(`${path}.next`, path);
};
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

beforeAll(async () => {
  inventory = await standIn({ stock: 7, restocked: 3 });
  reviews = await standIn({ rating: 5 });
  path = join(mkdtempSync(join(tmpdir(), "linli-standalone-")), "supergraph.graphql");
  // inventory's routing URL leads nowhere: INVENTORY_URL stands in for it.
  writeFileSync(path, supergraph("http://127.0.0.1:9/graphql", reviews.url));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gateway = startChild(
    "gateway",
    gatewayDir,
    {
      SUPERGRAPH_PATH: path,
      GATEWAY_PORT: String(port),
      INVENTORY_URL: inventory.url,
      REVIEWS_V2_GATEWAY_SECRET: reviewsSecret,
      LOG_LEVEL: "info",
    },
    0,
    (line) => lines.push(line),
  );
  await waitUntilAnswers(`${base}/ready`, gateway, 60_000);
});
afterAll(async () => {
  await stopChildren(gateway ? [gateway] : [], 5_000);
  inventory?.server.close();
  reviews?.server.close();
});

describe("the gateway over a supergraph of other subgraphs than the agencies", () => {
  it("answers from both, by the per-name URL and the supergraph's, with a secret only where one is set", async () => {
    expect(await ask("{ stock rating }"), lines.join("\n")).toEqual({ data: { stock: 7, rating: 5 } });
    expect(inventory.headers.at(-1)?.["x-linli-gateway-secret"]).toBeUndefined();
    expect(reviews.headers.at(-1)?.["x-linli-gateway-secret"]).toBe(reviewsSecret);
  });

  it("lists the supergraph's subgraphs on /ready", async () => {
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      supergraph: "loaded",
      subgraphs: { inventory: "up", "reviews-v2": "up" },
    });
  });

  it("serves a valid replacement of its supergraph file, and refuses an invalid one, the old one serving on", async () => {
    replace(supergraph("http://127.0.0.1:9/graphql", reviews.url, "stock: Int restocked: Int"));
    const served = await eventually(
      async () => JSON.stringify(await ask("{ restocked }")) === '{"data":{"restocked":3}}',
    );
    expect(served, lines.join("\n")).toBe(true);
    replace("type Query { restocked: Int");
    expect(await eventually(async () => lines.some((line) => line.includes("new supergraph refused")))).toBe(true);
    expect(await ask("{ restocked rating }")).toEqual({ data: { restocked: 3, rating: 5 } });
  });

  it("stays ready with one subgraph killed, and shows it down on /health", async () => {
    await new Promise<void>((resolve) => {
      reviews.server.closeAllConnections();
      reviews.server.close(() => resolve());
    });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "degraded",
      subgraphs: { inventory: "up", "reviews-v2": "down" },
    });
    const health = await fetch(`${base}/health`);
    expect(await health.json()).toEqual({ status: "degraded", subgraphs: { inventory: "up", "reviews-v2": "down" } });
  });
});
