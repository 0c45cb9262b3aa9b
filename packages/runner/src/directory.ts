import { randomBytes } from "node:crypto";
import { subgraphs } from "@linli/schema";
import { DIRECTORY_FEED_PATH } from "@linli/service-kit";

/** The subgraph that keeps the place registry and publishes its directory feed. */
export const REGISTRY = "party";

/**
 * Fresh credentials for the directory feed, one per reading agency, and the environment each
 * subgraph process gets: the registry every reader's secret, a reader its own and the feed's
 * address (`partyBase`, e.g. `http://127.0.0.1:4001`).
 */
export function directoryEnvironments(partyBase: string): (subgraph: string) => Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const s of subgraphs) {
    if (s.name !== REGISTRY) secrets[`${s.envPrefix}_DIRECTORY_SECRET`] = randomBytes(32).toString("base64url");
  }
  return (name) => {
    if (name === REGISTRY) return { ...secrets };
    const info = subgraphs.find((s) => s.name === name);
    if (!info) throw new Error(`unknown subgraph ${name}`);
    const variable = `${info.envPrefix}_DIRECTORY_SECRET`;
    return { DIRECTORY_URL: `${partyBase}${DIRECTORY_FEED_PATH}`, [variable]: secrets[variable] as string };
  };
}
