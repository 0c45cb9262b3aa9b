import { GATEWAY_PORT, routingUrl, subgraphs, supergraphPath } from "@linli/schema";
import { flag, logLevel, parseEnv, port } from "@linli/service-kit";
import { z } from "zod";

const env = parseEnv({
  GATEWAY_HOST: z.string().default("127.0.0.1"),
  GATEWAY_PORT: port(GATEWAY_PORT),
  SUPERGRAPH_PATH: z.string().default(supergraphPath),
  /** Apollo usage reporting and @apollo/gateway's own telemetry; off unless asked for (government data). */
  APOLLO_REPORTING: flag(false),
  LOG_LEVEL: logLevel,
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
  ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, z.url().optional()])),
});

/** The only place this process reads its environment. */
export const config = {
  host: env.GATEWAY_HOST,
  port: env.GATEWAY_PORT,
  supergraphPath: env.SUPERGRAPH_PATH,
  apolloReporting: env.APOLLO_REPORTING,
  logLevel: env.LOG_LEVEL,
  logFormat: env.LOG_FORMAT,
  /** Where each subgraph answers: `<PREFIX>_URL`, else the local default. */
  subgraphUrls: Object.fromEntries(
    subgraphs.map((s) => [s.name, (env as Record<string, unknown>)[`${s.envPrefix}_URL`] ?? routingUrl(s)]),
  ) as Record<string, string>,
};
