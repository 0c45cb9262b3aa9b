import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type Caller,
  GATEWAY_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  type Logger,
  OPERATION_HEADER,
} from "@linli/service-kit/edge";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Agent } from "undici";
import { limitRefusal } from "./limits";
import {
  CircuitBreaker,
  CircuitOpenError,
  createSubgraphFetcher,
  isMutationText,
  type ResilienceSettings,
  SubgraphTimeoutError,
} from "./resilience";

/** What the gateway knows of a request and passes on to every subgraph it asks. */
export interface GatewayContext {
  /** The caller's `Authorization` header, already verified here; subgraphs verify it again. */
  authorization?: string | undefined;
  /** Who the verified token says the caller is (the anonymous public without one). */
  caller: Caller;
  requestId: string;
  /** The client's `Idempotency-Key`, already validated here; passed on unchanged with mutation fetches. */
  idempotencyKey?: string | undefined;
  /** sha256 of the client's operation, with a key only: lets a subgraph refuse a key reused for another operation. */
  operation?: string | undefined;
}

/**
 * One agency's subgraph as the gateway sees it. Every request carries that agency's own
 * gateway secret, the caller's token and the request id. A subgraph that cannot be reached
 * (refused, reset, non-2xx, not JSON) answers with a coded error naming the agency, never its
 * address; the full cause goes to the log with the request id. Calls go through a fetcher
 * with a timeout, retries for queries and a circuit breaker, and identical query calls in
 * flight together share one call unless `coalesce` is off (see resilience.ts, coalesce.ts).
 */
export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;

  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly secret: string,
    private readonly logger: Logger,
    resilience: { settings: ResilienceSettings; agent: Agent; coalesce: boolean },
  ) {
    const breaker = new CircuitBreaker(resilience.settings.breakerFailures, resilience.settings.breakerCooldownMs);
    super({ url, fetcher: createSubgraphFetcher({ serviceName, breaker, logger, ...resilience }) });
    this.breaker = breaker;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
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

/** Extensions that would carry internals; never passed to a client, whoever set them. */
const INTERNAL_EXTENSIONS = new Set(["stacktrace", "exception", "http"]);
/** URLs and host:port pairs a (buggy) subgraph might put in a message. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/[^\s"']+|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?|localhost:\d+)/gi;

/**
 * Errors with a deliberate code (a subgraph's BAD_USER_INPUT, validation failures,
 * SUBGRAPH_UNAVAILABLE) reach the client with their message and code, minus anything that
 * could carry internals (stack traces, exception details, addresses). Anything uncoded is a
 * bug: answered as a bare INTERNAL_SERVER_ERROR; `logRequestErrors` has logged it in full.
 */
export function formatGatewayError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitRefusal(formatted, error);
    if (limit) return limit;
    const code = formatted.extensions?.code;
    if (!isUnexpected(code)) {
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
      );
      return { ...formatted, message: formatted.message.replace(ADDRESS, "[address]"), extensions };
    }
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(typeof serviceName === "string" ? { serviceName } : {}) },
    };
  };
}

/**
 * No code, INTERNAL_SERVER_ERROR, or DOWNSTREAM_SERVICE_ERROR (what @apollo/gateway calls a
 * subgraph's uncoded error, with the subgraph's raw message): not meant for a client.
 */
const isUnexpected = (code: unknown) =>
  typeof code !== "string" || code === "INTERNAL_SERVER_ERROR" || code === "DOWNSTREAM_SERVICE_ERROR";

/** Every error of a request goes to the log in full, with the request id the client also gets. */
export function logRequestErrors(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const unexpected = isUnexpected(code);
            logger[unexpected ? "error" : "info"](
              { err: error.originalError ?? error, code, path: error.path, requestId: contextValue.requestId },
              unexpected ? "unexpected error in a request" : "request error",
            );
          }
        },
      };
    },
  };
}
