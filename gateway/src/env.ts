import { fileURLToPath } from "node:url";
import { GATEWAY_PORT, routingUrl, subgraphs, supergraphPath } from "@linli/schema";
import { flag, gatewaySecret, logLevel, parseEnv, port, tokenEnvShape, tokenSettings } from "@linli/service-kit";
import { z } from "zod";

const env = parseEnv({
  GATEWAY_HOST: z.string().default("127.0.0.1"),
  GATEWAY_PORT: port(GATEWAY_PORT),
  SUPERGRAPH_PATH: z.string().default(supergraphPath),
  /** Apollo usage reporting and @apollo/gateway's own telemetry; off unless asked for (government data). */
  APOLLO_REPORTING: flag(false),
  LOG_LEVEL: logLevel,
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
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
  logLevel: env.LOG_LEVEL,
  logFormat: env.LOG_FORMAT,
  webRoot: env.WEB_ROOT,
  tokens: tokenSettings(env),
  /** Where each subgraph answers: `<PREFIX>_URL`, else the local default. */
  subgraphUrls: Object.fromEntries(
    subgraphs.map((s) => [s.name, (byPrefix("URL")(s) as string | undefined) ?? routingUrl(s)]),
  ),
  subgraphSecrets: Object.fromEntries(subgraphs.map((s) => [s.name, byPrefix("GATEWAY_SECRET")(s) as string])),
};
