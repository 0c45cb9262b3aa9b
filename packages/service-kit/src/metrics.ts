import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Seconds, from an index lookup to a slow figure. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Per-process metrics, served at `/metrics` (behind the gateway secret) in the Prometheus text format. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const sqlStatements = new Counter({
    name: "linli_sql_statements_total",
    help: "SQL statements issued by the application",
    registers,
  });
  const sqlDuration = new Histogram({
    name: "linli_sql_duration_seconds",
    help: "SQL statements by outcome (ok, error), from sending to the last row; on PGlite, those outside a transaction",
    labelNames: ["outcome"] as const,
    buckets: BUCKETS,
    registers,
  });
  const graphqlRequests = new Counter({
    name: "linli_graphql_requests_total",
    help: "GraphQL requests executed",
    registers,
  });
  const httpDuration = new Histogram({
    name: "linli_http_request_duration_seconds",
    help: "HTTP requests answered, by route, method and status code",
    labelNames: ["route", "method", "status"] as const,
    buckets: BUCKETS,
    registers,
  });
  return { registry, sqlStatements, sqlDuration, graphqlRequests, httpDuration };
}

export type Metrics = ReturnType<typeof createMetrics>;
