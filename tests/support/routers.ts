import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { supergraphPath } from "@linli/schema";
import { GATEWAY_SECRET_HEADER, IDEMPOTENCY_KEY_HEADER } from "@linli/service-kit";
import type { GraphQLResponse, RequestOptions, RunningGraph } from "./graph";

/** A federation router in front of a running graph's subgraphs. */
export interface RunningRouter extends AsyncDisposable {
  name: string;
  url: string;
  query<TData = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData> & { status: number }>;
}

/** Our own gateway of a running graph, as a router like any other. */
export function ourGateway(graph: RunningGraph): RunningRouter {
  return {
    name: "the Linli gateway",
    url: graph.gatewayUrl,
    query: (source, variables, options) => routerQuery(graph.gatewayUrl, source, variables, options),
    [Symbol.asyncDispose]: async () => {},
  };
}

/**
 * Hive Gateway (The Guild's federation router) in this process, in front of the same subgraphs
 * as `graph`'s gateway, configured as a county would configure any router: the supergraph
 * file, each subgraph's URL, its secret, and the client's `authorization` and
 * `Idempotency-Key` forwarded to every subgraph. Nothing of Linli's own gateway runs in it.
 */
export async function startHiveGateway(graph: RunningGraph): Promise<RunningRouter> {
  const subgraphs = graph.subgraphs;
  const runtime = createGatewayRuntime({
    supergraph: supergraphPath,
    transportEntries: Object.fromEntries(
      Object.entries(subgraphs).map(([name, subgraph]) => [name, { location: subgraph.url }]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const headers: Record<string, string> = { [GATEWAY_SECRET_HEADER]: subgraphs[subgraphName]?.secret ?? "" };
        for (const name of ["authorization", IDEMPOTENCY_KEY_HEADER]) {
          const value = request.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        return headers;
      },
    },
    graphiql: false,
    landingPage: false,
    logging: "error",
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    name: "Hive Gateway",
    url,
    query: (source, variables, options) => routerQuery(url, source, variables, options),
    [Symbol.asyncDispose]: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

async function routerQuery<TData>(
  url: string,
  source: string,
  variables: Record<string, unknown> | undefined,
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData> & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.idempotencyKey ? { [IDEMPOTENCY_KEY_HEADER]: options.idempotencyKey } : {}),
    },
    body: JSON.stringify({ query: source, variables }),
  });
  const text = await response.text();
  try {
    return { ...(JSON.parse(text) as GraphQLResponse<TData>), status: response.status };
  } catch {
    return { errors: [{ message: text.slice(0, 200), extensions: { code: "NOT_JSON" } }], status: response.status };
  }
}
