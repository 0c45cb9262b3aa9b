import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GATEWAY_PORT, supergraphPath } from "@linli/schema/paths";
import {
  defaultHttpTimeouts,
  flag,
  gatewaySecret,
  logLevel,
  otlpEndpoint,
  parseEnv,
  port,
  shutdownDelayMs,
  tokenEnvShape,
  tokenSettings,
} from "@linli/service-kit/edge";
import { z } from "zod";
import { DEFAULT_COST_BUDGET } from "./rate-limit";
import { defaultResilience } from "./resilience";
import { DEFAULT_QUERY_PLAN_CACHE_MB, type SubgraphSettings } from "./server";
import { envPrefixOf } from "./supergraph";

const SECRET_SUFFIX = "_GATEWAY_SECRET";
/** The gateway's own `…_URL` settings: never read as a subgraph's URL. */
const OWN_URLS = new Set(["REDIS_URL", "AUTH_JWKS_URL", "SUPERGRAPH_URL"]);
const environment: Record<string, string | undefined> = { ...process.env };

const env = parseEnv({
  GATEWAY_HOST: z.string().default("127.0.0.1"),
  GATEWAY_PORT: port(GATEWAY_PORT),
  SUPERGRAPH_PATH: z.string().default(supergraphPath),
  /** Asked every SUPERGRAPH_POLL_SECONDS instead of watching SUPERGRAPH_PATH. */
  SUPERGRAPH_URL: z.url().optional(),
  SUPERGRAPH_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
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
  SHUTDOWN_DELAY_MS: shutdownDelayMs,
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
  /** Prometheus `/metrics` on a port of its own; unset: not served. */
  GATEWAY_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  GATEWAY_METRICS_HOST: z.string().default("127.0.0.1"),
  /** The built web pages served at `/` (`pnpm --filter @linli/web build`). */
  WEB_ROOT: z.string().default(fileURLToPath(new URL("../../packages/web/dist", import.meta.url))),
  /** The OpenID Connect issuer the pages sign in at (told them at /sign-in.json); unset: no sign-in button. */
  SIGN_IN_ISSUER: z.url().optional(),
  SIGN_IN_CLIENT_ID: z.string().min(1).default("linli-web"),
  ...tokenEnvShape,
  // The gateway proves itself to each subgraph with that subgraph's own secret, for any
  // subgraph name: every `<NAME>_GATEWAY_SECRET` set is checked here with the rest.
  ...Object.fromEntries(
    Object.keys(environment)
      .filter((name) => name.endsWith(SECRET_SUFFIX) && environment[name])
      .map((name) => [name, gatewaySecret]),
  ),
});

/**
 * By subgraph name (any the supergraph has): `<NAME>_URL` instead of the supergraph's routing
 * URL and `<NAME>_GATEWAY_SECRET`, NAME being the name upper-cased with `_` for anything but
 * letters and digits (`party` → PARTY_URL). A malformed URL throws: the supergraph naming it is refused.
 */
function subgraphSettings(name: string): SubgraphSettings {
  const prefix = envPrefixOf(name);
  const urlVariable = `${prefix}_URL`;
  const url = OWN_URLS.has(urlVariable) ? undefined : environment[urlVariable] || undefined;
  if (url !== undefined && !z.url().safeParse(url).success) throw new Error(`${urlVariable} is not a URL`);
  const secret = (env as Record<string, unknown>)[`${prefix}${SECRET_SUFFIX}`] as string | undefined;
  return { url, secret };
}

// Without AUTH_JWKS_URL, and without AUTH_JWKS_PATH set or the local key file made by `pnpm start`,
// no token can be verified: every token is then refused (401) and callers are anonymous only.
const tokens = tokenSettings(env);
const tokenKeys = tokens.jwksUrl || environment.AUTH_JWKS_PATH || existsSync(env.AUTH_JWKS_PATH) ? tokens : undefined;

/** The only place this process reads its environment. */
export const config = {
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  supergraph: {
    path: env.SUPERGRAPH_PATH,
    url: env.SUPERGRAPH_URL,
    pollIntervalMs: env.SUPERGRAPH_POLL_SECONDS * 1_000,
  },
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
  shutdownDelayMs: env.SHUTDOWN_DELAY_MS,
  otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
  metrics: env.GATEWAY_METRICS_PORT ? { port: env.GATEWAY_METRICS_PORT, host: env.GATEWAY_METRICS_HOST } : undefined,
  webRoot: env.WEB_ROOT,
  signIn: env.SIGN_IN_ISSUER ? { issuer: env.SIGN_IN_ISSUER, clientId: env.SIGN_IN_CLIENT_ID } : undefined,
  graphiql: env.GRAPHIQL ? env.GRAPHIQL === "on" : env.NODE_ENV !== "production",
  /** Undefined when no key is configured: every token is refused. */
  tokens: tokenKeys,
  subgraphSettings,
};
