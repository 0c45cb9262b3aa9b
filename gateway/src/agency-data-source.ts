import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import {
  GATEWAY_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  injectTraceContext,
  type Logger,
  OPERATION_HEADER,
} from "@linli/service-kit/edge";
import { GraphQLError } from "graphql";
import type { Agent } from "undici";
import { CircuitBreaker, CircuitOpenError } from "./breaker";
import type { GatewayMetrics } from "./metrics";
import { isMutationText } from "./operation-kind";
import type { GatewayContext } from "./request-context";
import { createSubgraphFetcher, type ResilienceSettings, SubgraphTimeoutError } from "./resilience";

/**
 * One subgraph as the gateway sees it. Every request carries that subgraph's own gateway
 * secret (none when it has none configured), the caller's token and the request id. A subgraph that cannot be reached
 * (refused, reset, non-2xx, not JSON) answers with a coded error naming the agency, never its
 * address; the full cause goes to the log with the request id. Calls go through a fetcher
 * with a timeout, retries for queries and a circuit breaker, and identical query calls in
 * flight together share one call unless `coalesce` is off (see resilience.ts, breaker.ts, coalesce.ts).
 */
export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;

  constructor(
    private readonly serviceName: string,
    url: string,
    readonly secret: string | undefined,
    private readonly logger: Logger,
    resilience: { settings: ResilienceSettings; agent: Agent; coalesce: boolean; metrics?: GatewayMetrics },
  ) {
    const breaker = new CircuitBreaker(resilience.settings.breakerFailures, resilience.settings.breakerCooldownMs);
    super({ url, fetcher: createSubgraphFetcher({ serviceName, breaker, logger, ...resilience }) });
    this.breaker = breaker;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (this.secret) headers.set(GATEWAY_SECRET_HEADER, this.secret);
    // The fetch span @apollo/gateway is in: the subgraph's server span becomes its child.
    injectTraceContext(headers);
    // Only what the gateway itself vouches for is passed on; nothing else from the client is.
    if ("authorization" in context && context.authorization) headers.set("authorization", context.authorization);
    if ("requestId" in context && context.requestId) headers.set("x-request-id", context.requestId);
    // A key belongs to the writes: the entity fetches that follow a mutation are queries and go
    // without it. It goes on unchanged, as any router forwards it: each subgraph tells the fields
    // of an operation apart itself (two fetches to one agency carry the same key).
    if ("idempotencyKey" in context && context.idempotencyKey && isMutationText(request.query)) {
      headers.set(IDEMPOTENCY_KEY_HEADER, context.idempotencyKey);
      if (context.operation) headers.set(OPERATION_HEADER, context.operation);
    }
  }

  override didEncounterError(error: Error, _request: unknown, _response: unknown, context?: GatewayContext): never {
    const requestId = context && "requestId" in context ? context.requestId : undefined;
    this.logger.error({ err: error, subgraph: this.serviceName, requestId }, "subgraph request failed");
    const extensions = { serviceName: this.serviceName };
    if (error instanceof SubgraphTimeoutError) {
      throw new GraphQLError(
        `The ${this.serviceName} service did not answer in time; its fields are null in this response.`,
        {
          extensions: { code: "SUBGRAPH_TIMEOUT", ...extensions },
        },
      );
    }
    const message =
      error instanceof CircuitOpenError
        ? `The ${this.serviceName} service is failing and is not being asked for a while; its fields are null in this response.`
        : `The ${this.serviceName} service did not answer; its fields are null in this response.`;
    throw new GraphQLError(message, { extensions: { code: "SUBGRAPH_UNAVAILABLE", ...extensions } });
  }
}
