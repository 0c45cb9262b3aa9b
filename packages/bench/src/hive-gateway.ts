/**
 * Hive Gateway as the bench's reference: the same supergraph file and subgraph URLs as our
 * gateway, the same per-subgraph secret header and the caller's `authorization` passed on.
 * Run as its own process by the bench (environment below); not part of Linli.
 *
 * HIVE_PORT, SUPERGRAPH_PATH, <PREFIX>_URL and <PREFIX>_GATEWAY_SECRET for each subgraph;
 * HIVE_QUERY_PLANNER `rust` for Hive's Rust query planner (@graphql-hive/router-runtime: Hive
 * Router's planner as a native addon) instead of its JavaScript one.
 */
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { subgraphs } from "@linli/schema";
import { GATEWAY_SECRET_HEADER } from "@linli/service-kit";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const secrets = Object.fromEntries(subgraphs.map((s) => [s.name, required(`${s.envPrefix}_GATEWAY_SECRET`)]));

const planner = process.env.HIVE_QUERY_PLANNER ?? "javascript";
if (planner !== "javascript" && planner !== "rust")
  throw new Error(`HIVE_QUERY_PLANNER is javascript or rust, not ${planner}`);

const gateway = createGatewayRuntime({
  supergraph: required("SUPERGRAPH_PATH"),
  ...(planner === "rust" ? { unifiedGraphHandler } : {}),
  transportEntries: Object.fromEntries(subgraphs.map((s) => [s.name, { location: required(`${s.envPrefix}_URL`) }])),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({
      [GATEWAY_SECRET_HEADER]: secrets[subgraphName],
      authorization: request.headers.get("authorization"),
    }),
  },
  // Extras our gateway does not have, off so both do the same work.
  graphiql: false,
  landingPage: false,
  logging: "error",
  requestId: false,
  // Hive merges parallel fetches to one subgraph into one request; at scale 100 the overview's two
  // entity fetches to units (each with the county's ~15,000 estate ids) then pass the subgraphs'
  // 1 MB body limit. Ours sends one request per fetch; so does Hive here.
  __experimental__batchExecution: false,
});

const server = createServer(gateway);
server.listen(Number(required("HIVE_PORT")), "127.0.0.1", () => {
  process.stdout.write(`hive gateway (${planner} query planner) ready on ${process.env.HIVE_PORT}\n`);
});

const stop = () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
if (process.connected) process.once("disconnect", stop);
