import { AsyncLocalStorage } from "node:async_hooks";
import { Counter, Registry } from "prom-client";

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

/** Per-process metrics, served at `/metrics` in the Prometheus text format. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  const sqlStatements = new Counter({
    name: "linli_sql_statements_total",
    help: "SQL statements issued by the application for requests (housekeeping not counted)",
    registers: [registry],
  });
  const graphqlRequests = new Counter({
    name: "linli_graphql_requests_total",
    help: "GraphQL requests executed",
    registers: [registry],
  });
  const graphqlRequestBytes = new Counter({
    name: "linli_graphql_request_body_bytes_total",
    help: "Bytes of the GraphQL request bodies received (their Content-Length)",
    registers: [registry],
  });
  return { registry, sqlStatements, graphqlRequests, graphqlRequestBytes };
}

export type Metrics = ReturnType<typeof createMetrics>;
