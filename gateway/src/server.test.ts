import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { supergraphPath } from "@linli/schema";
import { createLogger } from "@linli/service-kit";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGatewayError } from "./errors";
import { createGatewayServer, type GatewayServer } from "./server";

const logger = createLogger({ name: "gateway-test", level: "silent" });

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
      subgraphUrls: { party: url, property: url, units: url, volunteer: url },
      logger,
    });
    base = (await server.listen({ port: 0, host: "127.0.0.1" })).replace(/\/graphql$/, "");
  });
  afterAll(() => server?.close());

  it("turns @apollo/gateway's telemetry to Apollo off when reporting was not asked for", () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("answers SUBGRAPH_UNAVAILABLE naming the agency, never its address", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ estates { edges { node { name } } } }" }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "party" });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  });

  it("is alive but not ready, listing each agency by name", async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: "unavailable",
      subgraphs: { party: "unavailable", property: "unavailable", units: "unavailable", volunteer: "unavailable" },
    });
  });

  it("refuses an operation that does not validate against the supergraph with a coded error", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ estates { nope } }" }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("gateway error formatting", () => {
  const format = formatGatewayError(logger);

  it("passes a subgraph's coded error through", () => {
    const formatted = { message: "`first` must be between 1 and 100.", extensions: { code: "BAD_USER_INPUT" } };
    expect(format(formatted, new GraphQLError(formatted.message))).toBe(formatted);
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
