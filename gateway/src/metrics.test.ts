import { createLogger } from "@linli/service-kit";
import { describe, expect, it } from "vitest";
import { createGatewayMetrics, serveMetrics } from "./metrics";
import { localVerifier, post, useGatewayOverFakes } from "./testing";

const { verifyToken } = await localVerifier();
const logger = createLogger({ name: "gateway-test", level: "silent" });

/** The value of one series in Prometheus text, or undefined when it is not there. */
const series = (text: string, name: string, labels: Record<string, string>) => {
  const line = text
    .split("\n")
    .find(
      (l) =>
        l.startsWith(`${name}{`) && Object.entries(labels).every(([key, value]) => l.includes(`${key}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
};

describe("the gateway's metrics", () => {
  const gateway = useGatewayOverFakes(
    () => ({
      logger,
      verifyToken,
      resilience: { timeoutMs: 300, retries: 0, breakerFailures: 2, breakerCooldownMs: 60_000 },
    }),
    {
      setup: (fakes) => {
        fakes.party.behaviour = () => ({ kind: "answer", data: { counties: [{ id: "c1" }] } });
        fakes.units.behaviour = () => ({ kind: "status", status: 503 });
      },
    },
  );

  it("time each operation by name and outcome, each subgraph call, and count errors and the open breaker", async () => {
    expect(await (await post(gateway.url, { query: "query Counties { counties { id } }" })).json()).toEqual({
      data: { counties: [{ id: "c1" }] },
    });
    // Units fails twice (two failures open its breaker), then is not asked at all; the nullable
    // field is null beside the error: a partial answer.
    for (let i = 0; i < 3; i++) await post(gateway.url, { query: 'query Booking { booking(id: "b1") { id } }' });
    const text = await gateway.server().metrics.registry.metrics();
    expect(series(text, "linli_gateway_request_duration_seconds_count", { operation: "Counties", outcome: "ok" })).toBe(
      1,
    );
    expect(
      series(text, "linli_gateway_request_duration_seconds_count", { operation: "Booking", outcome: "partial" }),
    ).toBe(3);
    expect(
      series(text, "linli_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "party", outcome: "ok" }),
    ).toBe(1);
    expect(
      series(text, "linli_gateway_subgraph_fetch_duration_seconds_count", {
        subgraph: "units",
        outcome: "server_error",
      }),
    ).toBe(2);
    expect(series(text, "linli_gateway_subgraph_errors_total", { subgraph: "units", kind: "circuit_open" })).toBe(1);
    expect(series(text, "linli_gateway_subgraph_breaker_state", { subgraph: "units" })).toBe(2);
    expect(series(text, "linli_gateway_subgraph_breaker_state", { subgraph: "party" })).toBe(0);
    expect(text).toContain("process_resident_memory_bytes");
  });
});

describe("the metrics port", () => {
  it("serves /metrics in the Prometheus text format and nothing else", async () => {
    const metrics = createGatewayMetrics();
    metrics.rateLimited.inc({ limit: "caller" });
    const server = await serveMetrics(metrics, { host: "127.0.0.1", port: 0 });
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(series(await response.text(), "linli_gateway_rate_limited_total", { limit: "caller" })).toBe(1);
      expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
