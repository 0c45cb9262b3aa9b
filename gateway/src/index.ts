import { existsSync } from "node:fs";
import {
  createLogger,
  createTokenVerifier,
  InvalidTokenError,
  startTracing,
  stopOnSignals,
} from "@linli/service-kit/edge";
import { config } from "./env";
import { serveMetrics } from "./metrics";
import { createGatewayServer } from "./server";
import { supergraphSource } from "./supergraph";

// Before the gateway is built: @apollo/gateway's spans (request, plan, each fetch) go to it.
const tracing = await startTracing("gateway", config.otlpEndpoint);
const logger = createLogger({ name: "gateway", level: config.logLevel, format: config.logFormat });
if (!config.tokens) {
  logger.warn("no token keys (AUTH_JWKS_URL, AUTH_JWKS_PATH): every token is refused, callers are anonymous only");
}
const server = await createGatewayServer({
  supergraphSdl: supergraphSource({ ...config.supergraph, logger }),
  subgraphSettings: config.subgraphSettings,
  verifyToken: config.tokens
    ? createTokenVerifier(config.tokens)
    : async () => {
        throw new InvalidTokenError("no token keys are configured");
      },
  logger,
  apolloReporting: config.apolloReporting,
  production: config.production,
  resilience: config.resilience,
  persistedOperations: { mode: config.persistedOperations, dir: config.operationsDir },
  redisUrl: config.redisUrl,
  rateLimit: config.rateLimit,
  costBudget: config.costBudget,
  trustProxy: config.trustProxy,
  httpTimeouts: config.httpTimeouts,
  coalesce: config.coalesce,
  responseCache: config.responseCache,
  queryPlanCacheMb: config.queryPlanCacheMb,
  webRoot: existsSync(config.webRoot) ? config.webRoot : undefined,
  signIn: config.signIn,
  graphiql: config.graphiql,
});
if (!existsSync(config.webRoot)) logger.warn({ webRoot: config.webRoot }, "no built web pages: / serves nothing");
const url = await server.listen({ port: config.port, host: config.host });
logger.info({ url }, "gateway ready");
const metricsServer = config.metrics ? await serveMetrics(server.metrics, config.metrics) : undefined;
if (config.metrics) logger.info(config.metrics, "metrics at /metrics");

stopOnSignals(
  logger,
  async () => {
    await server.close();
    metricsServer?.close();
    await tracing.shutdown();
  },
  {
    delayMs: config.shutdownDelayMs,
    setUnready: (reason) => server.readiness.setUnready(reason),
  },
);
