import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GATEWAY_PORT, routingUrl, subgraphs, supergraphPath } from "@linli/schema";
import {
  defaultHttpTimeouts,
  flag,
  gatewaySecret,
  logLevel,
  parseEnv,
  port,
  tokenEnvShape,
  tokenSettings,
} from "@linli/service-kit/edge";
import { z } from "zod";
import { DEFAULT_COST_BUDGET } from "./rate-limit";
import { defaultResilience } from "./resilience";
import { DEFAULT_QUERY_PLAN_CACHE_MB } from "./server";

const env = parseEnv({
  GATEWAY_HOST: z.string().default("127.0.0.1"),
  GATEWAY_PORT: port(GATEWAY_PORT),
  SUPERGRAPH_PATH: z.string().default(supergraphPath),
  /** Apollo usage reporting and @apollo/gateway's own telemetry; off unless asked for (government data). */
  APOLLO_REPORTING: flag(false),
  /** `production` turns introspection and field suggestions off. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(defaultResilience.timeoutMs),
  SUBGRAPH_RETRIES: z.coerce.number().int().min(0).max(5).default(defaultResilience.retries),
  SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1_000).default(defaultResilience.breakerFailures),
  SUBGRAPH_BREAKER_COOLDOWN_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(600_000)
    .default(defaultResilience.breakerCooldownMs),
  /** `safelist`: only the operations of schema/operations run; `apq`: any valid operation, APQ allowed. */
  PERSISTED_OPERATIONS: z.enum(["apq", "safelist"]).default("apq"),
  OPERATIONS_DIR: z.string().default(join(dirname(supergraphPath), "operations")),
  /** Shared APQ cache and rate-limit counters; memory when unset. */
  REDIS_URL: z.url().optional(),
  /** Requests per caller (token subject, or address when anonymous) per window; 0 turns every request limit off. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Requests per client address per window, counted before any token is verified (default 2 × RATE_LIMIT_MAX). */
  RATE_LIMIT_ADDRESS_MAX: z.coerce.number().int().min(1).optional(),
  /** Refused tokens per address per window; past it the address is refused before verification. */
  BAD_TOKEN_MAX: z.coerce.number().int().min(1).default(20),
  /** The cost points a caller may spend at once (0 turns the budget off), and how many come back each second. */
  COST_BUDGET_POINTS: z.coerce.number().int().min(0).default(DEFAULT_COST_BUDGET.points),
  COST_BUDGET_RESTORE_PER_SECOND: z.coerce.number().int().min(1).default(DEFAULT_COST_BUDGET.restorePerSecond),
  /** Addresses or CIDRs of the load balancers in front, comma-separated: limits key on the client they forward for. */
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(defaultHttpTimeouts.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(defaultHttpTimeouts.requestTimeoutMs),
  /** Set it above the balancer's idle timeout, or the balancer may reuse a connection as it closes. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(defaultHttpTimeouts.keepAliveTimeoutMs),
  HTTP_MIN_BODY_BYTES_PER_SECOND: z.coerce.number().int().min(0).default(defaultHttpTimeouts.minBodyBytesPerSecond),
  /** Identical in-flight query calls to a subgraph for the same caller go out once. */
  GATEWAY_COALESCE: flag(true),
  /** Whole answers of the dashboard's figure operations, invalidated by mutations through the gateway. */
  RESPONSE_CACHE: flag(false),
  /** The longest a cached answer lives: the bound on staleness after writes that bypass the gateway. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** Prefix of the response cache's Redis keys, for gateways of different deployments sharing one Redis. */
  RESPONSE_CACHE_PREFIX: z.string().min(1).default("linli:rc:"),
  /** Approximate size of the query plan cache. */
  QUERY_PLAN_CACHE_MB: z.coerce.number().positive().max(1_024).default(DEFAULT_QUERY_PLAN_CACHE_MB),
  LOG_LEVEL: logLevel,
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
  /** GraphiQL at /graphiql (and /graphql for a browser): on in development, off in production unless `on`. */
  GRAPHIQL: z.enum(["on", "off"]).optional(),
  /** The built web pages served at `/` (`pnpm --filter @linli/web build`). */
  WEB_ROOT: z.string().default(fileURLToPath(new URL("../../packages/web/dist", import.meta.url))),
  ...tokenEnvShape,
  ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, z.url().optional()])),
  // The gateway proves itself to each subgraph with that subgraph's own secret.
  ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_GATEWAY_SECRET`, gatewaySecret])),
});

const byPrefix = (suffix: string) => (s: (typeof subgraphs)[number]) =>
  (env as Record<string, unknown>)[`${s.envPrefix}_${suffix}`];

/** The only place this process reads its environment. */
export const config = {
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  supergraphPath: env.SUPERGRAPH_PATH,
  apolloReporting: env.APOLLO_REPORTING,
  production: env.NODE_ENV === "production",
  resilience: {
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    retries: env.SUBGRAPH_RETRIES,
    breakerFailures: env.SUBGRAPH_BREAKER_FAILURES,
    breakerCooldownMs: env.SUBGRAPH_BREAKER_COOLDOWN_MS,
  },
  persistedOperations: env.PERSISTED_OPERATIONS,
  operationsDir: env.OPERATIONS_DIR,
  redisUrl: env.REDIS_URL,
  rateLimit: {
    max: env.RATE_LIMIT_MAX,
    windowMs: env.RATE_LIMIT_WINDOW_MS,
    addressMax: env.RATE_LIMIT_ADDRESS_MAX,
    badTokenMax: env.BAD_TOKEN_MAX,
  },
  costBudget: { points: env.COST_BUDGET_POINTS, restorePerSecond: env.COST_BUDGET_RESTORE_PER_SECOND },
  trustProxy: env.TRUST_PROXY,
  httpTimeouts: {
    ...defaultHttpTimeouts,
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    minBodyBytesPerSecond: env.HTTP_MIN_BODY_BYTES_PER_SECOND,
  },
  coalesce: env.GATEWAY_COALESCE,
  responseCache: env.RESPONSE_CACHE
    ? {
        operationsDir: env.OPERATIONS_DIR,
        ttlSeconds: env.RESPONSE_CACHE_TTL_SECONDS,
        redisPrefix: env.RESPONSE_CACHE_PREFIX,
      }
    : undefined,
  queryPlanCacheMb: env.QUERY_PLAN_CACHE_MB,
  logLevel: env.LOG_LEVEL,
  logFormat: env.LOG_FORMAT,
  webRoot: env.WEB_ROOT,
  graphiql: env.GRAPHIQL ? env.GRAPHIQL === "on" : env.NODE_ENV !== "production",
  tokens: tokenSettings(env),
  /** Where each subgraph answers: `<PREFIX>_URL`, else the local default. */
  subgraphUrls: Object.fromEntries(
    subgraphs.map((s) => [s.name, (byPrefix("URL")(s) as string | undefined) ?? routingUrl(s)]),
  ),
  subgraphSecrets: Object.fromEntries(subgraphs.map((s) => [s.name, byPrefix("GATEWAY_SECRET")(s) as string])),
};
