import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { ApolloGateway, type SupergraphManager } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyStatic from "@fastify/static";
import {
  answerHttpErrors,
  type Caller,
  callerFromAuthorization,
  checkRequestParams,
  enforceMinimumBodyRate,
  frontDoorOptions,
  type HttpTimeouts,
  IDEMPOTENCY_KEY_HEADER,
  InvalidTokenError,
  isIdempotencyKey,
  type Logger,
  refusal,
  staticLimits,
  type TokenVerifier,
  variableLimitsPlugin,
} from "@linli/service-kit/edge";
import Fastify, { type FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import { Redis } from "ioredis";
import { Agent } from "undici";
import { AgencyDataSource } from "./agency-data-source";
import type { CircuitBreaker } from "./breaker";
import { registerCalendars } from "./calendars";
import { sharedOperations } from "./coalesce";
import { formatGatewayError, logRequestErrors } from "./errors";
import { registerExports } from "./exports";
import { registerGraphiql } from "./graphiql";
import { createGatewayMetrics, type GatewayMetrics, requestMetricsPlugin } from "./metrics";
import { loadOperationManifest, manifestCache, redisCache, sha256 } from "./persisted";
import {
  type CostBudgetSettings,
  DEFAULT_COST_BUDGET,
  frontDoorLimiter,
  type RateLimitDecision,
  type RateLimitSettings,
} from "./rate-limit";
import { createReadiness, type Readiness } from "./readiness";
import { connectRedis } from "./redis";
import type { GatewayContext } from "./request-context";
import { defaultResilience, type ResilienceSettings } from "./resilience";
import { type ResponseCacheSettings, responseCache } from "./response-cache";
import { type SupergraphSubgraph, subgraphsOf } from "./supergraph";
import { rememberVerifiedTokens, type VerifiedTokenSettings } from "./verified-tokens";

export interface GatewayOptions {
  /** Any Federation 2 supergraph: its text, or a source that replaces it while serving (supergraph.ts). */
  supergraphSdl: string | SupergraphManager;
  /**
   * By subgraph name: where it answers instead of the supergraph's routing URL, and the secret
   * it expects in `x-linli-gateway-secret` (none: called without one). Throwing refuses the
   * supergraph that names it.
   */
  subgraphSettings?: (name: string) => SubgraphSettings;
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
  /** Requests per address (before verification), refused tokens per address, requests per caller (off when absent or `max` is 0). */
  rateLimit?: RateLimitSettings;
  /** Cost points per caller over time (default 10 000, 500 back each second; off when `points` is 0). */
  costBudget?: CostBudgetSettings;
  /** A folder of built web pages (packages/web/dist) to serve at `/`; none serves no pages. */
  webRoot?: string | undefined;
  /** Where the pages sign in (OpenID Connect issuer and their client id), served at /sign-in.json. */
  signIn?: { issuer: string; clientId: string } | undefined;
  /** GraphiQL at /graphiql and for a browser at /graphql (default: on unless production). */
  graphiql?: boolean;
  /** Identical query calls in flight to one subgraph for one caller share one call (default on). */
  coalesce?: boolean;
  /** Whole answers of the dashboard's figure operations (see response-cache.ts); off when absent. */
  responseCache?: ResponseCacheSettings | undefined;
  /** Approximate size of @apollo/gateway's query plan cache (MiB). */
  queryPlanCacheMb?: number;
  /** Header, request and keep-alive timeouts and the minimum body rate (service-kit's defaults). */
  httpTimeouts?: HttpTimeouts;
  /** Addresses or CIDRs of the balancers in front: limits then key on the client they forward for. */
  trustProxy?: string[];
  /** How long a verified token is trusted without verifying it again (default 30 s, at most 10 000 tokens). */
  verifiedTokens?: VerifiedTokenSettings;
}

export interface SubgraphSettings {
  url?: string | undefined;
  secret?: string | undefined;
}

export interface GatewayServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
  /** `/ready`'s state: `setUnready` for a drain, `subgraphStates` for metrics. */
  readiness: Readiness;
  metrics: GatewayMetrics;
}

/** Enough for every plan of the published operations many times over. */
export const DEFAULT_QUERY_PLAN_CACHE_MB = 16;
const DEFAULT_VERIFIED_TOKENS: VerifiedTokenSettings = { ttlMs: 30_000, max: 10_000 };
const LIMITER_CONNECT_WAIT_MS = 2_000;

export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { logger } = options;
  const production = options.production ?? false;
  if (!options.apolloReporting) {
    // @apollo/gateway sends host, OS and CPU metrics to Apollo unless this is set before it is built.
    process.env.APOLLO_TELEMETRY_DISABLED = "true";
  }
  const dataSources = new Map<string, AgencyDataSource>();
  // The subgraphs of the supergraph being served, as named in it; replaced with it.
  let served: SupergraphSubgraph[] = [];
  // The subgraphs of the supergraph being served only: one dropped by a reload leaves the metrics too.
  const metrics = createGatewayMetrics(
    () =>
      served.flatMap(({ name }): [string, CircuitBreaker][] => {
        const source = dataSources.get(name);
        return source ? [[name, source.breaker]] : [];
      }),
    () => readiness.subgraphStates(),
  );
  // Not awaited: the gateway serves without Redis and uses it once it is there.
  const redis = options.redisUrl ? connectRedis(options.redisUrl, logger, metrics) : undefined;
  // One keep-alive pool for every subgraph call.
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 128 });
  const resilience = {
    settings: options.resilience ?? defaultResilience,
    agent,
    coalesce: options.coalesce ?? true,
    metrics,
  };
  const cache = options.responseCache
    ? responseCache({ ...options.responseCache, subgraphs: () => served.map((s) => s.name), redis, logger, metrics })
    : undefined;
  const verifyToken = rememberVerifiedTokens(options.verifyToken, options.verifiedTokens ?? DEFAULT_VERIFIED_TOKENS);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    // Always, production included: a supergraph that does not validate is refused, at start or on reload.
    validateSupergraph: true,
    // Apollo's LRU wants a whole number of bytes.
    experimental_approximateQueryPlanStoreMiB:
      Math.max(1, Math.round((options.queryPlanCacheMb ?? DEFAULT_QUERY_PLAN_CACHE_MB) * 2 ** 20)) / 2 ** 20,
    ...(cache ? { experimental_didResolveQueryPlan: cache.didResolveQueryPlan } : {}),
    buildService: ({ name, url }) => {
      const settings = options.subgraphSettings?.(name) ?? {};
      const target = settings.url ?? url;
      if (!target) throw new Error(`Subgraph "${name}" has no routing URL in the supergraph and none configured`);
      const source = new AgencyDataSource(name, target, settings.secret, logger, resilience);
      dataSources.set(name, source);
      return source;
    },
  });

  const persisted = options.persistedOperations ?? { mode: "apq" as const, dir: "" };
  const manifest = persisted.mode === "safelist" ? loadOperationManifest(persisted.dir) : undefined;
  if (manifest) logger.info({ operations: manifest.size }, "serving safelisted operations only");

  const app = Fastify({
    ...frontDoorOptions(options.httpTimeouts),
    logger: false,
    genReqId: () => randomUUID(),
    // Behind balancers, the client's address is read from X-Forwarded-For, trusting only these hops.
    ...(options.trustProxy && options.trustProxy.length > 0 ? { trustProxy: options.trustProxy } : {}),
  });
  // GraphQL comes as application/json only: a text/plain POST is the shape of a cross-site form.
  app.removeContentTypeParser("text/plain");
  const limits = staticLimits({ production });
  const budget = options.costBudget ?? DEFAULT_COST_BUDGET;
  // The cost of an admitted operation is charged to its caller; an empty budget is a 429 saying what it cost.
  const chargeCost = async (cost: number, context: GatewayContext) => {
    const decision = await limiter.cost(context.clientKey ?? "unknown", cost);
    if (decision.allowed) return;
    metrics.rateLimited.inc({ limit: "cost" });
    const retryAfter = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new GraphQLError("This caller's cost budget is spent for now; try again after the time in Retry-After.", {
      extensions: {
        code: "RATE_LIMITED",
        limit: "cost",
        cost,
        budget: budget.points,
        restorePerSecond: budget.restorePerSecond,
        retryAfterSeconds: retryAfter,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
      },
    });
  };
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
        ? { cache: redis.whileUp("apq", redisCache(redis.client), new InMemoryLRUCache<string>()), ttl: 86_400 }
        : { ttl: 86_400 },
    plugins: [
      ...(options.apolloReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
      ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
      variableLimitsPlugin<GatewayContext>(chargeCost),
      logRequestErrors(logger) as ApolloServerPlugin<GatewayContext>,
      ...(cache ? [cache.plugin] : []),
      // After the response cache: a cached answer is served before any sharing is needed.
      ...(resilience.coalesce
        ? [
            sharedOperations(
              (name) => dataSources.get(name)?.breaker,
              () => metrics.coalesced.inc({ level: "operation" }),
            ),
          ]
        : []),
      requestMetricsPlugin<GatewayContext>(metrics),
    ],
  });
  const readiness = createReadiness(
    () =>
      served.flatMap(({ name }) => {
        const source = dataSources.get(name);
        return source
          ? [{ name, url: source.url, secret: source.secret, circuitOpen: () => source.breaker.current === "open" }]
          : [];
      }),
    agent,
  );
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    served = subgraphsOf(coreSupergraphSdl);
    readiness.setLoaded();
  });
  await apollo.start();

  // Counters of their own connection: without an offline queue, a command fails at once while
  // Redis is down and the in-memory insurance limiter answers instead (see rate-limit.ts).
  const limiterRedis = options.redisUrl
    ? new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  if (limiterRedis) {
    limiterRedis.on("error", () => {}); // reported by the shared connection above
    // Wait for the connection (briefly): until it is up the insurance limiter counts alone, so
    // a caller's first requests would be counted in memory and its next ones in Redis, and a
    // window could let through more than `max`. Redis down: start anyway, limits per copy.
    await Promise.race([
      limiterRedis.connect().catch(() => {}),
      delay(LIMITER_CONNECT_WAIT_MS, undefined, { ref: false }),
    ]);
  }
  const limiter = frontDoorLimiter(options.rateLimit, options.costBudget ?? DEFAULT_COST_BUDGET, limiterRedis);

  answerHttpErrors(app, logger);
  enforceMinimumBodyRate(app, options.httpTimeouts);

  // The caller verified in onRequest, for the GraphQL context; every /graphql request passed that hook.
  const callers = new WeakMap<FastifyRequest, Caller>();
  const clientKeys = new WeakMap<FastifyRequest, string>();
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
    // By address first, before any work on the token; then refused tokens by address; then by caller.
    const tooMany = (decision: RateLimitDecision, key: string, what: string) => {
      reply.header("retry-after", String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
      logger.info({ key, requestId: request.id }, `rate limit reached: ${what}`);
      metrics.rateLimited.inc({ limit: what });
      return refusal(reply, 429, "RATE_LIMITED", "Too many requests; try again after the time in Retry-After.");
    };
    const ip = request.ip;
    const byAddress = await limiter.address(ip);
    if (!byAddress.allowed) return tooMany(byAddress, `ip:${ip}`, "address");
    if (request.headers.authorization !== undefined) {
      const bad = await limiter.badTokensExhausted(ip);
      if (!bad.allowed) return tooMany(bad, `ip:${ip}`, "refused tokens");
    }
    // A token that is present must be valid: a bad one is refused, never read as anonymous.
    let caller: Caller;
    try {
      caller = await callerFromAuthorization(request.headers.authorization, verifyToken);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await limiter.badToken(ip);
      logger.info({ reason: error.message, requestId: request.id }, "token refused");
      return refusal(reply, 401, "UNAUTHENTICATED", "The token is not valid.");
    }
    callers.set(request, caller);
    const key = caller.subject ? `sub:${caller.subject}` : `ip:${ip}`;
    clientKeys.set(request, key);
    const byCaller = await limiter.caller(key);
    if (!byCaller.allowed) return tooMany(byCaller, key, "caller");
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
    // Before Apollo reads the variables (it stringifies them, which deep nesting overflows).
    const unsafe = checkRequestParams(request.method === "GET" ? request.query : body);
    if (unsafe) return refusal(reply, 400, "BAD_USER_INPUT", unsafe.message);
    if (!manifest) return;
    const params = (request.method === "GET" ? request.query : body) as { query?: unknown };
    // A client may send the full text of a safelisted operation; anything else is refused.
    // A hash alone is looked up in the manifest by Apollo's APQ (PERSISTED_QUERY_NOT_FOUND when absent).
    if (typeof params.query === "string" && !manifest.has(sha256(params.query))) {
      logger.info({ requestId: request.id }, "operation outside the safelist refused");
      return refusal(reply, 400, "OPERATION_NOT_SAFELISTED", "Only the published operations may run here.");
    }
  });

  registerGraphiql(app, { ...options, schema: () => gateway.schema });
  registerExports(app, { ...options, schema: () => gateway.schema });
  registerCalendars(app, {
    agency: (name) => (served.some((s) => s.name === name) ? dataSources.get(name) : undefined),
    agent,
    logger,
  });
  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const idempotencyKey = request.headers[IDEMPOTENCY_KEY_HEADER] as string | undefined;
      return {
        authorization: request.headers.authorization,
        caller: callerOf(request),
        clientKey: clientKeys.get(request),
        requestId: request.id,
        idempotencyKey,
        ...(idempotencyKey ? { operation: operationFingerprint(request) } : {}),
      };
    },
  });
  // Alive while the process answers; the detail says how each subgraph is, asked afresh.
  app.get("/health", async () => {
    const subgraphs = await readiness.subgraphStates();
    const degraded = Object.values(subgraphs).some((state) => state !== "up");
    return { status: degraded ? "degraded" : "ok", subgraphs };
  });
  // A load balancer's question: can this copy serve? An agency down is degraded, not unready:
  // every copy would be taken out at once, losing the partial answers (see readiness.ts).
  app.get("/ready", async (_request, reply) => {
    const { ready, body } = await readiness.ready();
    return reply.code(ready ? 200 : 503).send(body);
  });

  // The pages learn at run time where to sign in, so one build serves any deployment.
  const signIn = options.signIn;
  if (signIn)
    app.get("/sign-in.json", async (_request, reply) => reply.header("cache-control", "no-store").send(signIn));
  if (options.webRoot) await app.register(fastifyStatic, { root: options.webRoot });

  return {
    readiness,
    metrics,
    async listen({ port, host }) {
      const address = await app.listen({ port, host });
      return `${address}/graphql`;
    },
    // Stops accepting, lets in-flight requests finish (Apollo's drain), then closes the pools.
    async close() {
      await app.close();
      await agent.close();
      limiterRedis?.disconnect();
      await redis?.close();
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
