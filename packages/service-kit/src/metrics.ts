import { AsyncLocalStorage } from "node:async_hooks";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

const housekeeping = new AsyncLocalStorage<true>();

/**
 * Runs `work` as housekeeping (the directory's feed and sync): its SQL statements are not counted
 * as the application's, so a request's statement count stays what the request cost.
 */
export const asHousekeeping = <T>(work: () => Promise<T>): Promise<T> => housekeeping.run(true, work);

/** Counts one statement unless it is housekeeping's. */
export function countStatement(metrics: { sqlStatements: Counter }): void {
  if (!housekeeping.getStore()) metrics.sqlStatements.inc();
}

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
    help: "SQL statements issued by the application for requests (housekeeping not counted)",
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
  const graphqlRequestBytes = new Counter({
    name: "linli_graphql_request_body_bytes_total",
    help: "Bytes of the GraphQL request bodies received (their Content-Length)",
    registers,
  });
  const httpDuration = new Histogram({
    name: "linli_http_request_duration_seconds",
    help: "HTTP requests answered, by route, method and status code",
    labelNames: ["route", "method", "status"] as const,
    buckets: BUCKETS,
    registers,
  });
  return { registry, sqlStatements, sqlDuration, graphqlRequests, graphqlRequestBytes, httpDuration };
}

export type Metrics = ReturnType<typeof createMetrics>;
