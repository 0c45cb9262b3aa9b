import { Counter, Registry } from "prom-client";

/** Per-process metrics, served at `/metrics` in the Prometheus text format. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  const sqlStatements = new Counter({
    name: "linli_sql_statements_total",
    help: "SQL statements issued by the application",
    registers: [registry],
  });
  const graphqlRequests = new Counter({
    name: "linli_graphql_requests_total",
    help: "GraphQL requests executed",
    registers: [registry],
  });
  return { registry, sqlStatements, graphqlRequests };
}

export type Metrics = ReturnType<typeof createMetrics>;
