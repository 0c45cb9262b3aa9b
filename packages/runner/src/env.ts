import { join } from "node:path";
import { GATEWAY_PORT, subgraphs } from "@linli/schema";
import { parseEnv, parseSubgraphEnv, port } from "@linli/service-kit";

const env = parseEnv({
  GATEWAY_PORT: port(GATEWAY_PORT),
  ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_PORT`, port(s.port)])),
});

/** The only place the runner reads its environment; the children read theirs themselves. */
export const config = {
  gatewayPort: env.GATEWAY_PORT,
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
