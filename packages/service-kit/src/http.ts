import { randomUUID } from "node:crypto";
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { Span } from "@opentelemetry/api";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Caller } from "./auth/caller";
import { GATEWAY_SECRET_HEADER, secretMatches } from "./auth/credential";
import { callerFromAuthorization, InvalidTokenError, type TokenVerifier } from "./auth/tokens";
import type { Database } from "./db";
import { answerHttpErrors, enforceMinimumBodyRate, frontDoorOptions } from "./front-door";
import {
  IDEMPOTENCY_KEY_HEADER,
  type IdempotencyClaim,
  idempotencyClaim,
  idempotencyPlugin,
  isIdempotencyKey,
  isOperationFingerprint,
  OPERATION_HEADER,
} from "./idempotency";
import { checkRequestParams, limitRefusal, staticLimits, variableLimitsPlugin } from "./limits";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";
import { startServerSpan } from "./tracing";

/** Who asked, verified before any GraphQL runs. */
export interface RequestIdentity {
  caller: Caller;
  requestId: string;
  /** Set when the gateway passed an `Idempotency-Key` on (mutations only). */
  idempotency?: IdempotencyClaim | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    identity: RequestIdentity;
  }
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  /** Builds the per-request context (loaders, caller); called once per HTTP request. */
  context: (identity: RequestIdentity) => Promise<TContext> | TContext;
  /** This subgraph's secret: only a request carrying it (from the gateway) is answered. */
  gatewaySecret: string;
  /** Verifies the caller's token again, whatever the gateway decided. */
  verifyToken: TokenVerifier;
  logger: Logger;
  metrics: Metrics;
  /** Throws when a dependency (the database) is not reachable; drives `/ready`. */
  readiness: () => Promise<void>;
  /** Where idempotency keys and their answers are kept (the subgraph's own database); none ignores keys. */
  idempotencyStore?: Database<Record<string, unknown>>;
}

export interface SubgraphServer {
  app: FastifyInstance;
  /** Starts listening; resolves to the GraphQL endpoint URL. */
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
  /** From now on `/ready` answers 503 with this reason (draining before a stop); not undone. */
  setUnready(reason: string): void;
}

/**
 * Errors thrown on purpose carry a code and reach the client as they are; anything else is a
 * bug or an outage, logged in full and answered as a bare INTERNAL_SERVER_ERROR so that no
 * stack, SQL text or address leaves the process.
 */
export function maskUnexpectedErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** The client operation the router names, when it is well formed (see OPERATION_HEADER). */
function operationOf(request: FastifyRequest): string | undefined {
  const value = request.headers[OPERATION_HEADER];
  return isOperationFingerprint(value) ? value : undefined;
}

function unauthenticated(reply: FastifyReply, message: string) {
  return reply.code(401).send({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
}

export async function createSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer> {
  const { logger, metrics } = options;
  const app = Fastify({
    ...frontDoorOptions(),
    logger: false,
    // The gateway passes its request id on, so one id follows a request through every agency.
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
  });

  // One server span per request, child of the gateway's `traceparent` (no-op without tracing).
  const spans = new WeakMap<object, Span>();
  app.addHook("onRequest", (request, _reply, done) => {
    spans.set(
      request,
      startServerSpan(`${request.method} ${request.routeOptions.url ?? "unmatched"}`, request.headers, done),
    );
  });
  app.addHook("onResponse", async (request, reply) => {
    const span = spans.get(request);
    span?.setAttribute("http.response.status_code", reply.statusCode);
    span?.end();
    // The route's pattern, not the URL: a bounded label.
    const route = request.routeOptions.url ?? "unmatched";
    metrics.httpDuration.observe(
      { route, method: request.method, status: String(reply.statusCode) },
      reply.elapsedTime / 1_000,
    );
  });

  const countRequests: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      metrics.graphqlRequests.inc();
    },
  };

  // The same published limits as the gateway's, whoever stands in front (limits.ts). A router
  // never needs a suggestion, so "did you mean" is blocked here in every mode.
  const limits = staticLimits({ production: true });
  const masked = maskUnexpectedErrors(logger);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => limitRefusal(formatted, error) ?? masked(formatted, error),
    logger,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<TContext>[]),
      variableLimitsPlugin<TContext>(),
      // Traces would go to Apollo's usage reporting; this is government data.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
      countRequests,
      ...(options.idempotencyStore
        ? [idempotencyPlugin<TContext>(options.schema, options.idempotencyStore, logger)]
        : []),
    ],
  });
  await apollo.start();

  answerHttpErrors(app, logger);
  enforceMinimumBodyRate(app);
  app.decorateRequest("identity", null as unknown as RequestIdentity);
  // Only the gateway (or a caller holding the same credential) is answered, `_service` and
  // `_entities` included; then the caller's token is verified here too.
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    // What a router sends grows with nothing but the query and the places' keys; counted to show it.
    const length = Number(request.headers["content-length"] ?? 0);
    if (request.url.startsWith("/graphql") && Number.isFinite(length)) metrics.graphqlRequestBytes.inc(length);
    if (!secretMatches(request.headers[GATEWAY_SECRET_HEADER], options.gatewaySecret)) {
      return unauthenticated(reply, "This service answers only the Linli gateway.");
    }
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (key !== undefined && !isIdempotencyKey(key)) {
      return reply.code(400).send({
        errors: [
          { message: "The Idempotency-Key header is not valid.", extensions: { code: "INVALID_IDEMPOTENCY_KEY" } },
        ],
      });
    }
    try {
      const caller = await callerFromAuthorization(request.headers.authorization, options.verifyToken);
      request.identity = {
        caller,
        requestId: request.id,
        ...(key ? { idempotency: idempotencyClaim(key, caller.subject, operationOf(request)) } : {}),
      };
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      logger.info({ reason: error.message, requestId: request.id }, "token refused");
      return unauthenticated(reply, "The token is not valid.");
    }
  };
  // Variables are checked before Apollo reads them (it stringifies them, which deep nesting overflows).
  const hygiene = async (request: FastifyRequest, reply: FastifyReply) => {
    const refusal = checkRequestParams(request.method === "GET" ? request.query : request.body);
    if (refusal) {
      return reply.code(400).send({ errors: [{ message: refusal.message, extensions: { code: "BAD_USER_INPUT" } }] });
    }
  };
  await app.register(async (scope) => {
    scope.addHook("onRequest", guard);
    scope.addHook("preHandler", hygiene);
    await scope.register(fastifyApollo(apollo), {
      context: async (request) => {
        // Fail closed: never fall back to some identity if the guard did not run.
        if (!request.identity) throw new Error("a request reached GraphQL without passing the gateway guard");
        return options.context(request.identity);
      },
    });
    scope.get("/metrics", async (_request, reply) => {
      reply.header("content-type", metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  });

  app.get("/health", async () => ({ status: "ok" }));
  let unready: string | undefined;
  app.get("/ready", async (_request, reply) => {
    if (unready) return reply.code(503).send({ status: "unready", reason: unready });
    try {
      await options.readiness();
      return { status: "ready" };
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      return reply.code(503).send({ status: "unavailable" });
    }
  });

  return {
    app,
    async listen({ port, host }) {
      const address = await app.listen({ port, host });
      return `${address}/graphql`;
    },
    close: () => app.close(),
    setUnready(reason) {
      unready = reason;
    },
  };
}
