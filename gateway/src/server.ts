import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyStatic from "@fastify/static";
import { subgraphs } from "@linli/schema";
import {
  type Caller,
  callerFromAuthorization,
  IDEMPOTENCY_KEY_HEADER,
  InvalidTokenError,
  isIdempotencyKey,
  type Logger,
  type TokenVerifier,
} from "@linli/service-kit/edge";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { Redis } from "ioredis";
import { Agent, fetch as undiciFetch } from "undici";
import { sharedOperations } from "./coalesce";
import { AgencyDataSource, formatGatewayError, type GatewayContext, logRequestErrors } from "./errors";
import { armor, listArgumentLimit, operationLimits } from "./limits";
import { loadOperationManifest, manifestCache, redisCache, sha256 } from "./persisted";
import { memoryRateLimiter, type RateLimiter, type RateLimitSettings, redisRateLimiter } from "./rate-limit";
import { defaultResilience, type ResilienceSettings } from "./resilience";
import { type ResponseCacheSettings, responseCache } from "./response-cache";
import { rememberVerifiedTokens, type VerifiedTokenSettings } from "./verified-tokens";

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the supergraph's routing URLs. */
  subgraphUrls: Record<string, string>;
  /** Each subgraph's own gateway secret, by subgraph name. */
  subgraphSecrets: Record<string, string>;
  /** Verifies callers' tokens before anything is planned or fetched. */
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Apollo usage/schema reporting and @apollo/gateway's telemetry. Off unless asked for. */
  apolloReporting?: boolean;
  /** Production: no introspection, no field suggestions. */
  production?: boolean;
  /** Timeout, retries and circuit breaker for every subgraph call. */
  resilience?: ResilienceSettings;
  /** `safelist`: only the operations in `dir` run; `apq` (default): any valid operation, with APQ. */
  persistedOperations?: { mode: "apq" | "safelist"; dir: string };
  /** Shares the APQ cache and the rate-limit counters between gateway copies. */
  redisUrl?: string | undefined;
  /** Requests per caller per window (off when absent or `max` is 0). */
  rateLimit?: RateLimitSettings;
  /** A folder of built web pages (packages/web/dist) to serve at `/`; none serves no pages. */
  webRoot?: string | undefined;
  /** Identical query calls in flight to one subgraph for one caller share one call (default on). */
  coalesce?: boolean;
  /** Whole answers of the dashboard's figure operations (see response-cache.ts); off when absent. */
  responseCache?: ResponseCacheSettings | undefined;
  /** Approximate size of @apollo/gateway's query plan cache (MiB). */
  queryPlanCacheMb?: number;
  /** How long a verified token is trusted without verifying it again (default 30 s, at most 10 000 tokens). */
  verifiedTokens?: VerifiedTokenSettings;
}

export interface GatewayServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

/** How long `/ready` waits for each subgraph. */
const READY_TIMEOUT_MS = 2_000;
/** Enough for every plan of the published operations many times over. */
export const DEFAULT_QUERY_PLAN_CACHE_MB = 16;
const DEFAULT_VERIFIED_TOKENS: VerifiedTokenSettings = { ttlMs: 30_000, max: 10_000 };
/** One megabyte: far above any real operation, far below what hurts. */
const BODY_LIMIT = 1_048_576;

const refusal = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ errors: [{ message, extensions: { code } }] });

/** Fastify's own refusals (before GraphQL runs), as coded GraphQL errors. */
const HTTP_REFUSALS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE", "The request body is too large."],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    "UNSUPPORTED_MEDIA_TYPE",
    "Send GraphQL requests as application/json (or GET with a preflight header).",
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "MALFORMED_REQUEST", "The request body is not valid JSON."],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "MALFORMED_REQUEST", "The request body is empty."],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "MALFORMED_REQUEST", "The request's content length is wrong."],
};

export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { logger, subgraphUrls } = options;
  const production = options.production ?? false;
  if (!options.apolloReporting) {
    // @apollo/gateway sends host, OS and CPU metrics to Apollo unless this is set before it is built.
    process.env.APOLLO_TELEMETRY_DISABLED = "true";
  }
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true })
    : undefined;
  if (redis) {
    redis.on("error", (error) => logger.warn({ err: error }, "redis connection problem"));
    await redis.connect();
  }
  // One keep-alive pool for every subgraph call.
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 128 });
  const resilience = { settings: options.resilience ?? defaultResilience, agent, coalesce: options.coalesce ?? true };
  const cache = options.responseCache
    ? responseCache({ ...options.responseCache, subgraphs: subgraphs.map((s) => s.name), redis, logger })
    : undefined;
  const verifyToken = rememberVerifiedTokens(options.verifyToken, options.verifiedTokens ?? DEFAULT_VERIFIED_TOKENS);

  const dataSources = new Map<string, AgencyDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    // Apollo's LRU wants a whole number of bytes.
    experimental_approximateQueryPlanStoreMiB:
      Math.max(1, Math.round((options.queryPlanCacheMb ?? DEFAULT_QUERY_PLAN_CACHE_MB) * 2 ** 20)) / 2 ** 20,
    ...(cache ? { experimental_didResolveQueryPlan: cache.didResolveQueryPlan } : {}),
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      const secret = options.subgraphSecrets[name];
      if (!target) throw new Error(`No URL configured for subgraph "${name}"`);
      if (!secret) throw new Error(`No gateway secret configured for subgraph "${name}"`);
      const source = new AgencyDataSource(name, target, secret, logger, resilience);
      dataSources.set(name, source);
      return source;
    },
  });

  const persisted = options.persistedOperations ?? { mode: "apq" as const, dir: "" };
  const manifest = persisted.mode === "safelist" ? loadOperationManifest(persisted.dir) : undefined;
  if (manifest) logger.info({ operations: manifest.size }, "serving safelisted operations only");

  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, genReqId: () => randomUUID() });
  // GraphQL comes as application/json only: a text/plain POST is the shape of a cross-site form.
  app.removeContentTypeParser("text/plain");
  const limits = armor({ production });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError(),
    logger,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // APQ; its cache is the manifest in safelist mode, Redis when shared, else Apollo's bounded memory cache.
    persistedQueries: manifest
      ? { cache: manifestCache(manifest), ttl: null }
      : redis
        ? { cache: redisCache(redis), ttl: 86_400 }
        : { ttl: 86_400 },
    plugins: [
      ...(options.apolloReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
      ...limits.plugins,
      listArgumentLimit(operationLimits.listLength),
      logRequestErrors(logger) as ApolloServerPlugin<GatewayContext>,
      ...(cache ? [cache.plugin] : []),
      // After the response cache: a cached answer is served before any sharing is needed.
      ...(resilience.coalesce ? [sharedOperations((name) => dataSources.get(name)?.breaker)] : []),
    ],
  });
  await apollo.start();

  const limiter: RateLimiter | undefined =
    options.rateLimit && options.rateLimit.max > 0
      ? redis
        ? redisRateLimiter(redis, options.rateLimit)
        : memoryRateLimiter(options.rateLimit)
      : undefined;

  app.setErrorHandler((error: { code?: string; statusCode?: number }, request, reply) => {
    const known = error.code ? HTTP_REFUSALS[error.code] : undefined;
    if (known) return refusal(reply, ...known);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return refusal(reply, error.statusCode, "BAD_REQUEST", "The request could not be read.");
    }
    logger.error({ err: error, requestId: request.id }, "unexpected error in the gateway's HTTP layer");
    return refusal(reply, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  });

  // The caller verified in onRequest, for the GraphQL context; every /graphql request passed that hook.
  const callers = new WeakMap<FastifyRequest, Caller>();
  const callerOf = (request: FastifyRequest) => {
    const caller = callers.get(request);
    if (!caller) throw new Error("a GraphQL request reached Apollo without a verified caller");
    return caller;
  };
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
    if (!request.url.startsWith("/graphql")) return;
    // Identity headers are the gateway's to set; a client that sends them is forging.
    const forged = Object.keys(request.headers).filter((name) => name.startsWith("x-linli-"));
    if (forged.length > 0) {
      logger.warn({ headers: forged, requestId: request.id, ip: request.ip }, "forged identity headers refused");
      return refusal(reply, 400, "FORBIDDEN_HEADER", "Headers starting with x-linli- are set by the gateway only.");
    }
    const idempotencyKey = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (idempotencyKey !== undefined && !isIdempotencyKey(idempotencyKey)) {
      return refusal(
        reply,
        400,
        "INVALID_IDEMPOTENCY_KEY",
        "Idempotency-Key must be 8 to 128 characters of letters, digits and _ . : -",
      );
    }
    // A token that is present must be valid: a bad one is refused, never read as anonymous.
    let caller: Caller;
    try {
      caller = await callerFromAuthorization(request.headers.authorization, verifyToken);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      logger.info({ reason: error.message, requestId: request.id }, "token refused");
      return refusal(reply, 401, "UNAUTHENTICATED", "The token is not valid.");
    }
    callers.set(request, caller);
    if (limiter) {
      const key = caller.subject ? `sub:${caller.subject}` : `ip:${request.ip}`;
      const decision = await limiter.hit(key);
      if (!decision.allowed) {
        reply.header("retry-after", String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
        logger.info({ key, requestId: request.id }, "rate limit reached");
        return refusal(reply, 429, "RATE_LIMITED", "Too many requests; try again after the time in Retry-After.");
      }
    }
  });

  app.addHook("preHandler", async (request, reply) => {
    if (!request.url.startsWith("/graphql")) return;
    const body = request.body;
    if (Array.isArray(body)) {
      return refusal(reply, 400, "BATCHING_NOT_SUPPORTED", "Send one operation per request; batches are refused.");
    }
    if (request.method === "POST" && (typeof body !== "object" || body === null)) {
      return refusal(reply, 400, "MALFORMED_REQUEST", "The request body must be a JSON object.");
    }
    if (!manifest) return;
    const params = (request.method === "GET" ? request.query : body) as { query?: unknown };
    // A client may send the full text of a safelisted operation; anything else is refused.
    // A hash alone is looked up in the manifest by Apollo's APQ (PERSISTED_QUERY_NOT_FOUND when absent).
    if (typeof params.query === "string" && !manifest.has(sha256(params.query))) {
      logger.info({ requestId: request.id }, "operation outside the safelist refused");
      return refusal(reply, 400, "OPERATION_NOT_SAFELISTED", "Only the published operations may run here.");
    }
  });

  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const idempotencyKey = request.headers[IDEMPOTENCY_KEY_HEADER] as string | undefined;
      return {
        authorization: request.headers.authorization,
        caller: callerOf(request),
        requestId: request.id,
        idempotencyKey,
        ...(idempotencyKey ? { operation: operationFingerprint(request) } : {}),
      };
    },
  });
  app.get("/health", async () => ({ status: "ok" }));
  // Ready when the supergraph is loaded (it is before listening) and every subgraph answers
  // its own readiness check; asked afresh each time, names only, never addresses.
  app.get("/ready", async (_request, reply) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphReady(url, agent)] as const),
    );
    const subgraphs = Object.fromEntries(checks.map(([name, ok]) => [name, ok ? "ready" : "unavailable"]));
    const ready = checks.every(([, ok]) => ok);
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? "ready" : "unavailable", supergraph: "loaded", subgraphs });
  });

  if (options.webRoot) await app.register(fastifyStatic, { root: options.webRoot });

  return {
    async listen({ port, host }) {
      const address = await app.listen({ port, host });
      return `${address}/graphql`;
    },
    // Stops accepting, lets in-flight requests finish (Apollo's drain), then closes the pools.
    async close() {
      await app.close();
      await agent.close();
      await limiter?.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Which client operation a keyed request is: its text (or persisted hash), name and variables. */
function operationFingerprint(request: FastifyRequest): string {
  const params = (request.method === "GET" ? request.query : request.body) as {
    query?: unknown;
    operationName?: unknown;
    variables?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } };
  };
  const text = params?.query ?? params?.extensions?.persistedQuery?.sha256Hash ?? null;
  return sha256(JSON.stringify([text, params?.operationName ?? null, params?.variables ?? null]));
}

async function subgraphReady(graphqlUrl: string, agent: Agent): Promise<boolean> {
  try {
    const response = await undiciFetch(new URL("ready", new URL(".", graphqlUrl)), {
      dispatcher: agent,
      signal: AbortSignal.timeout(READY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
