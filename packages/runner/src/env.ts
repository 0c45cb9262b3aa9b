import { GATEWAY_PORT, subgraphs } from "@linli/schema";
import { parseEnv, port } from "@linli/service-kit";

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
