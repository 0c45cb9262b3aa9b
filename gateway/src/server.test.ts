import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { supergraphPath } from "@linli/schema/paths";
import { createLogger, ensureLocalKeys, readPrivateKey, signToken } from "@linli/service-kit";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGatewayError } from "./errors";
import { createGatewayServer, type GatewayServer } from "./server";
import { localVerifier, settingsByName, testSecrets } from "./testing";

const logger = createLogger({ name: "gateway-test", level: "silent" });
const { keys, verifyToken } = await localVerifier();
const secrets = testSecrets;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

/** A port that refuses connections: nothing listens there. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("the gateway with every agency unreachable", () => {
  let server: GatewayServer;
  let base: string;

  beforeAll(async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/graphql`;
    server = await createGatewayServer({
      supergraphSdl: readFileSync(supergraphPath, "utf8"),
      subgraphSettings: settingsByName({ party: url, property: url, units: url, volunteer: url }),
      verifyToken,
      logger,
    });
    base = (await server.listen({ port: 0, host: "127.0.0.1" })).replace(/\/graphql$/, "");
  });
  afterAll(() => server?.close());

  it("turns @apollo/gateway's telemetry to Apollo off when reporting was not asked for", () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("answers SUBGRAPH_UNAVAILABLE naming the agency, never its address", async () => {
    const response = await post(`${base}/graphql`, { query: "{ estates { edges { node { name } } } }" });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "party" });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  });

  it("is alive and ready to serve, degraded, listing each agency down by name", async () => {
    const down = { party: "down", property: "down", units: "down", volunteer: "down" };
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "degraded", subgraphs: down });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "degraded", supergraph: "loaded", subgraphs: down });
  });

  it("answers 503 on /ready once told it is unready (draining), and stays alive", async () => {
    server.readiness.setUnready("shutting down");
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unready", reason: "shutting down" });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it("refuses an operation that does not validate against the supergraph with a coded error", async () => {
    const response = await post(`${base}/graphql`, { query: "{ estates { nope } }" });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("identity at the gateway", () => {
  let server: GatewayServer;
  let gatewayUrl: string;
  let partyHeaders: IncomingHttpHeaders[] = [];
  const party = createHttpServer((request, response) => {
    partyHeaders.push(request.headers);
    request.resume().on("end", () => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ data: { estates: { edges: [] } } }));
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => party.listen(0, "127.0.0.1", resolve));
    const address = party.address();
    const partyUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql`;
    const down = `http://127.0.0.1:${await closedPort()}/graphql`;
    server = await createGatewayServer({
      supergraphSdl: readFileSync(supergraphPath, "utf8"),
      subgraphSettings: settingsByName({ party: partyUrl, property: down, units: down, volunteer: down }),
      verifyToken,
      logger,
    });
    gatewayUrl = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server?.close();
    party.close();
  });

  it("passes the caller's token, the agency's own secret and a request id on, and nothing the client forged", async () => {
    partyHeaders = [];
    const token = await signToken(readPrivateKey(keys.privateKeyPath), {
      subject: "liaison-1",
      grants: [{ role: "unit_liaison", unit: "5b0c3f3e-6a55-4f1e-9a43-1d5f0f6b7c11" }],
    });
    const response = await post(
      gatewayUrl,
      { query: "{ estates { edges { node { id } } } }" },
      { authorization: `Bearer ${token}`, "x-forwarded-user": "county_admin" },
    );
    expect(response.status).toBe(200);
    expect(partyHeaders).toHaveLength(1);
    expect(partyHeaders[0]?.["x-linli-gateway-secret"]).toBe(secrets.party);
    expect(partyHeaders[0]?.authorization).toBe(`Bearer ${token}`);
    expect(partyHeaders[0]?.["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(partyHeaders[0]?.["x-forwarded-user"]).toBeUndefined();
  });

  it("refuses a client that sends the gateway's own identity headers, before asking any agency", async () => {
    partyHeaders = [];
    const forgeries: Record<string, string>[] = [
      { "x-linli-gateway-secret": secrets.party },
      { "x-linli-caller": "county_admin" },
    ];
    for (const forged of forgeries) {
      const response = await post(gatewayUrl, { query: "{ estates { edges { node { id } } } }" }, forged);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: "Headers starting with x-linli- are set by the gateway only.",
            extensions: { code: "FORBIDDEN_HEADER" },
          },
        ],
      });
    }
    expect(partyHeaders).toHaveLength(0);
  });

  it("refuses a token it cannot verify with 401, before asking any agency", async () => {
    partyHeaders = [];
    const otherKeys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-other-keys-")));
    const forged = await signToken(readPrivateKey(otherKeys.privateKeyPath), {
      subject: "mallory",
      grants: [{ role: "county_admin", personalData: true }],
    });
    for (const authorization of [`Bearer ${forged}`, "Bearer not.a.jwt", "Basic dXNlcjpwYXNz"]) {
      const response = await post(gatewayUrl, { query: "{ estates { edges { node { id } } } }" }, { authorization });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [{ message: "The token is not valid.", extensions: { code: "UNAUTHENTICATED" } }],
      });
    }
    const expired = await signToken(readPrivateKey(keys.privateKeyPath), {
      subject: "late",
      grants: [],
      expiresIn: "-1m",
    });
    expect((await post(gatewayUrl, { query: "{ __typename }" }, { authorization: `Bearer ${expired}` })).status).toBe(
      401,
    );
    expect(partyHeaders).toHaveLength(0);
  });

  it("lets the anonymous public in without a token", async () => {
    const response = await post(gatewayUrl, { query: "{ estates { edges { node { id } } } }" });
    expect(response.status).toBe(200);
    expect(partyHeaders.at(-1)?.authorization).toBeUndefined();
  });
});

describe("gateway error formatting", () => {
  const format = formatGatewayError();

  it("passes a subgraph's coded error through", () => {
    const formatted = { message: "`first` must be between 1 and 100.", extensions: { code: "BAD_USER_INPUT" } };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual(formatted);
  });

  it("answers an uncoded failure as a bare INTERNAL_SERVER_ERROR", () => {
    const formatted = {
      message: "connect ECONNREFUSED 10.0.0.7:5432",
      path: ["estate"],
      extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at Socket…"] },
    };
    expect(format(formatted, new Error(formatted.message))).toEqual({
      message: "Internal server error",
      path: ["estate"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});
