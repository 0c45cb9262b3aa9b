import { join } from "node:path";
import { GATEWAY_PORT, subgraphs } from "@linli/schema";
import { LOCAL_IDENTITY_PORT, parseEnv, parseSubgraphEnv, port } from "@linli/service-kit";
import { z } from "zod";

const env = parseEnv({
  GATEWAY_PORT: port(GATEWAY_PORT),
  IDENTITY_PORT: port(LOCAL_IDENTITY_PORT),
  // Where tokens are verified when not against the local key (the gateway reads them itself).
  AUTH_JWKS_URL: z.string().optional(),
  AUTH_JWKS_PATH: z.string().optional(),
  ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_PORT`, port(s.port)])),
});

/** The only place the runner reads its environment; the children read theirs themselves. */
export const config = {
  gatewayPort: env.GATEWAY_PORT,
  identityPort: env.IDENTITY_PORT,
  /** The embedded identity provider's issuer: every process verifies it, `pnpm token` signs as it. */
  identityIssuer: `http://127.0.0.1:${env.IDENTITY_PORT}`,
  /** Whether tokens are verified against keys elsewhere, so that no local key is needed. */
  externalKeys: Boolean(env.AUTH_JWKS_URL || env.AUTH_JWKS_PATH),
  subgraphPorts: Object.fromEntries(
    subgraphs.map((s) => [s.name, (env as Record<string, unknown>)[`${s.envPrefix}_PORT`] as number]),
  ),
};

/** Where `pnpm seed` finds each subgraph's database: its own variables, as the subgraph reads them. */
export function subgraphDatabases() {
  return subgraphs.map((s) => {
    const env = parseSubgraphEnv(s.envPrefix, s.port, join(s.packageDir, ".data"));
    return { name: s.name, port: env.port, host: env.host, databaseUrl: env.databaseUrl, dataDir: env.dataDir };
  });
}
