import { Counter, collectDefaultMetrics, Gauge, Registry } from "prom-client";

/** The gateway's Prometheus metrics (served on the metrics port, see the README). */
export function createGatewayMetrics() {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "gateway" });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    redisConnected: new Gauge({
      name: "linli_gateway_redis_connected",
      help: "1 while the shared Redis connection is ready, 0 while the gateway runs on its own memory",
      registers: [registry],
    }),
    redisFallbacks: new Counter({
      name: "linli_gateway_redis_fallback_total",
      help: "Operations served from this process's memory because Redis was not connected, by store",
      labelNames: ["store"] as const,
      registers: [registry],
    }),
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
