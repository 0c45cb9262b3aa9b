import { existsSync, readFileSync } from "node:fs";
import { createLogger, createTokenVerifier, stopOnSignals } from "@linli/service-kit/edge";
import { config } from "./env";
import { createGatewayServer } from "./server";

const logger = createLogger({ name: "gateway", level: config.logLevel, format: config.logFormat });
const server = await createGatewayServer({
  supergraphSdl: readFileSync(config.supergraphPath, "utf8"),
  subgraphUrls: config.subgraphUrls,
  subgraphSecrets: config.subgraphSecrets,
  verifyToken: createTokenVerifier(config.tokens),
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
  graphiql: config.graphiql,
});
if (!existsSync(config.webRoot)) logger.warn({ webRoot: config.webRoot }, "no built web pages: / serves nothing");
const url = await server.listen({ port: config.port, host: config.host });
logger.info({ url }, "gateway ready");

stopOnSignals(logger, () => server.close());
