import { createServer, type Server } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { CircuitBreaker } from "./breaker";
import type { SubgraphState } from "./readiness";

/** Seconds; from a cached answer (a millisecond) to the subgraph timeout's order. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Distinct operation names kept as labels; past it a name counts as `other` (clients choose names). */
const OPERATION_LABELS = 200;
const BREAKER_STATES = { closed: 0, "half-open": 1, open: 2 } as const;

/**
 * The gateway's Prometheus metrics: process metrics and `linli_gateway_*`, served on their own
 * port (`GATEWAY_METRICS_PORT`), never beside the public graph.
 */
export function createGatewayMetrics(
  breakers: () => Iterable<[string, CircuitBreaker]> = () => [],
  subgraphStates: () => Promise<Record<string, SubgraphState>> = async () => ({}),
) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "gateway" });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers });
  return {
    registry,
    requestDuration: new Histogram({
      name: "linli_gateway_request_duration_seconds",
      help: "GraphQL requests the gateway executed, by operation name and outcome (ok, partial, error)",
      labelNames: ["operation", "outcome"] as const,
      buckets: BUCKETS,
      registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: "linli_gateway_subgraph_fetch_duration_seconds",
      help: "Calls to a subgraph, retries included, by outcome (ok, timeout, server_error, connection)",
      labelNames: ["subgraph", "outcome"] as const,
      buckets: BUCKETS,
      registers,
    }),
    subgraphErrors: counter(
      "linli_gateway_subgraph_errors_total",
      "Failed calls to a subgraph by kind (timeout, server_error, connection, circuit_open)",
      ["subgraph", "kind"] as const,
    ),
    subgraphTimeouts: counter(
      "linli_gateway_subgraph_timeouts_total",
      "Calls to a subgraph that ran out of SUBGRAPH_TIMEOUT_MS",
      ["subgraph"] as const,
    ),
    breakerState: new Gauge({
      name: "linli_gateway_subgraph_breaker_state",
      help: "Each subgraph's circuit breaker: 0 closed, 1 half-open, 2 open",
      labelNames: ["subgraph"] as const,
      registers,
      collect() {
        // Afresh each scrape: a subgraph a new supergraph dropped is not reported on.
        this.reset();
        for (const [subgraph, breaker] of breakers()) this.set({ subgraph }, BREAKER_STATES[breaker.current]);
      },
    }),
    subgraphUp: new Gauge({
      name: "linli_gateway_subgraph_up",
      help: "Each subgraph of the supergraph being served: 1 it answered the probe /ready asks, 0 down or its circuit open",
      labelNames: ["subgraph"] as const,
      registers,
      async collect() {
        const states = await subgraphStates();
        this.reset();
        for (const [subgraph, state] of Object.entries(states)) this.set({ subgraph }, state === "up" ? 1 : 0);
      },
    }),
    coalesced: counter(
      "linli_gateway_coalesced_total",
      "Requests answered by sharing one in flight: whole operations, or calls to a subgraph",
      ["level"] as const,
    ),
    responseCache: counter(
      "linli_gateway_response_cache_total",
      "Cacheable operations answered from the response cache (hit) or executed (miss)",
      ["result"] as const,
    ),
    rateLimited: counter(
      "linli_gateway_rate_limited_total",
      "Requests refused with 429, by limit (address, refused tokens, caller, cost)",
      ["limit"] as const,
    ),
    redisConnected: new Gauge({
      name: "linli_gateway_redis_connected",
      help: "1 while the shared Redis connection is ready, 0 while the gateway runs on its own memory",
      registers,
    }),
    redisFallbacks: counter(
      "linli_gateway_redis_fallback_total",
      "Operations served from this process's memory because Redis was not connected, by store",
      ["store"] as const,
    ),
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;

/** Times every operation Apollo executes, labelled by its name (bounded) and whether it had errors. */
export function requestMetricsPlugin<TContext extends object>(metrics: GatewayMetrics): ApolloServerPlugin<TContext> {
  const names = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (names.has(name)) return name;
    if (names.size >= OPERATION_LABELS) return "other";
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const outcome = !result?.errors?.length ? "ok" : result.data ? "partial" : "error";
          metrics.requestDuration.observe(
            { operation: label(operationName), outcome },
            (performance.now() - started) / 1_000,
          );
        },
      };
    },
  };
}

/** `/metrics` on a port of its own (an operator's network, not the public's). */
export async function serveMetrics(metrics: GatewayMetrics, options: { host: string; port: number }): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { "content-type": metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return server;
}
