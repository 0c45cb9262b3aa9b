import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Child, startChild, waitUntilAnswers } from "@linli/runner/children";
import { subgraphs } from "@linli/schema";
import { ensureLocalKeys, GATEWAY_SECRET_HEADER } from "@linli/service-kit";
import { provisionDatabase } from "@linli/service-kit/testing";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./support/graph";

const gatewayDir = fileURLToPath(new URL("../gateway", import.meta.url));
const secrets = Object.fromEntries(subgraphs.map((s) => [s.name, randomBytes(32).toString("base64url")]));
const children: Child[] = [];
const lines: string[] = [];
afterAll(() => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill("SIGKILL");
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A POST whose body arrives in two parts: the request is in flight until `finish()` is called. */
function slowPost(url: string, headers: Record<string, string>, body: string) {
  let finish: () => void = () => {};
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", ...headers } });
    request.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
    request.flushHeaders();
    request.write(body.slice(0, 5));
    finish = () => request.end(body.slice(5));
  });
  return { answered, finish: () => finish() };
}

/** Whether a fresh connection to `url` is refused. */
async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * A balancer's view of a stopping copy: four callers send `send()` back to back while a poller
 * asks `/ready` every 50 ms; a balancer takes the copy out only `reactionMs` after `/ready`
 * first answers 503 (its probe period), so requests keep coming for that long and must all be
 * answered. Resolves to every answer's status, and how many were sent after the 503, once the
 * callers are done.
 */
async function streamUntilUnready(base: string, send: () => Promise<Response>, onStarted: () => void, reactionMs = 0) {
  let out = false;
  let sawUnready = false;
  const poller = (async () => {
    while (!sawUnready) {
      const ready = await fetch(`${base}/ready`).catch(() => undefined);
      if (ready?.status === 503) sawUnready = true;
      await ready?.body?.cancel();
      if (!sawUnready) await sleep(50);
    }
    await sleep(reactionMs);
    out = true;
  })();
  const statuses: number[] = [];
  let sentAfterUnready = 0;
  const caller = async () => {
    while (!out) {
      if (sawUnready) sentAfterUnready += 1;
      const response = await send().catch((error: Error) => ({ status: 0, text: async () => error.message }));
      const text = await response.text();
      statuses.push(response.status === 200 && !text.includes('"errors"') ? 200 : response.status || -1);
    }
  };
  const callers = Promise.all([caller(), caller(), caller(), caller()]);
  await sleep(300);
  onStarted();
  await callers;
  await poller;
  return { statuses, sawUnready, sentAfterUnready };
}

describe("SIGTERM to a subgraph", () => {
  it("refuses new connections, finishes the request in flight, closes its database and exits 0", async () => {
    const party = subgraphs.find((s) => s.name === "party")!;
    const database = await provisionDatabase("party");
    const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-keys-")));
    const port = await freePort();
    const child = startChild(
      "party",
      party.packageDir,
      {
        PARTY_PORT: String(port),
        PARTY_DATABASE_URL: database.url ?? "",
        PARTY_DATA_DIR: database.dataDir ?? "",
        PARTY_GATEWAY_SECRET: secrets.party,
        AUTH_JWKS_PATH: keys.jwksPath,
        LOAD_DEMO_DATA: "never",
        LOG_LEVEL: "info",
      },
      0,
      (line) => lines.push(`party| ${line}`),
    );
    children.push(child);
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitUntilAnswers(`${base}/ready`, child, 60_000);
      const inFlight = slowPost(
        `${base}/graphql`,
        { [GATEWAY_SECRET_HEADER]: secrets.party as string },
        JSON.stringify({ query: "{ counties { id } }" }),
      );
      await sleep(300);
      child.process.kill("SIGTERM");
      await sleep(500);
      expect(await refused(`${base}/health`), lines.join("\n")).toBe(true);
      inFlight.finish();
      expect(await inFlight.answered).toEqual({ status: 200, body: `${JSON.stringify({ data: { counties: [] } })}\n` });
      expect(await child.exited).toBe(0);
      expect(lines.join("\n")).toMatch(/stopping/);
    } finally {
      await database[Symbol.asyncDispose]();
    }
  });
});

/** A stand-in for every agency that answers `{ counties { id } }` after `delayMs`. */
async function fakeAgency(delayMs: number): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume().on("end", () => {
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ data: { counties: [{ id: "c1" }] } }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql` };
}

/** The gateway as its own process over `agencyUrl` for every agency; resolves once it answers. */
async function startGateway(agencyUrl: string, env: Record<string, string> = {}) {
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-keys-")));
  const port = await freePort();
  const gateway = startChild(
    "gateway",
    gatewayDir,
    {
      GATEWAY_PORT: String(port),
      AUTH_JWKS_PATH: keys.jwksPath,
      LOG_LEVEL: "info",
      ...env,
      ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_GATEWAY_SECRET`, secrets[s.name]])),
      ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, agencyUrl])),
    },
    1,
    (line) => lines.push(`gateway| ${line}`),
  );
  children.push(gateway);
  const base = `http://127.0.0.1:${port}`;
  await waitUntilAnswers(`${base}/health`, gateway, 60_000);
  return { gateway, base };
}

const postCounties = (base: string) =>
  fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ counties { id } }" }),
  });

describe("SIGTERM to the gateway", () => {
  const agencies: Server[] = [];
  afterAll(() => {
    for (const server of agencies) server.close();
  });

  it("with SHUTDOWN_DELAY_MS turns /ready 503, keeps serving a stream of requests for the delay, drops none and exits 0", async () => {
    const agency = await fakeAgency(20);
    agencies.push(agency.server);
    const { gateway, base } = await startGateway(agency.url, {
      SHUTDOWN_DELAY_MS: "1500",
      RATE_LIMIT_MAX: "0",
      COST_BUDGET_POINTS: "0",
    });
    // The balancer reacts 1 s after the 503, within the 1.5 s the gateway keeps serving.
    const { statuses, sawUnready, sentAfterUnready } = await streamUntilUnready(
      base,
      () => postCounties(base),
      () => gateway.process.kill("SIGTERM"),
      1_000,
    );
    expect(sawUnready, lines.join("\n")).toBe(true);
    expect(sentAfterUnready, "requests sent during the delay").toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(await gateway.exited).toBe(0);
    expect(await refused(`${base}/health`)).toBe(true);
  });

  it("refuses new connections, lets a slow in-flight query finish with its data, and exits 0", async () => {
    // The agencies answer after 1.5 s, so the query is still waiting on them when SIGTERM arrives.
    const agency = await fakeAgency(1_500);
    agencies.push(agency.server);
    const { gateway, base } = await startGateway(agency.url);
    const inFlight = postCounties(base);
    await sleep(500);
    gateway.process.kill("SIGTERM");
    await sleep(300);
    expect(await refused(`${base}/health`), lines.join("\n")).toBe(true);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { counties: [{ id: "c1" }] } });
    expect(await gateway.exited).toBe(0);
  });
});
