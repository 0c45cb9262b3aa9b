/**
 * A quick measurement of the gateway's levers (coalescing, response cache, plan cache): starts
 * the demo county's graph once per setting and drives the county overview with autocannon,
 * identical requests and requests whose variables and caller differ. Not a test and not the
 * benchmark (`pnpm bench` is): a before/after check of one lever at a time.
 *
 *   node --import tsx tests/support/levers.ts [seconds per run, default 8] [setting …]
 *
 * Settings (default: all, in this order): off, on, noplan, cache. Name them to alternate,
 * e.g. `8 on off on off`: each graph starts cold, so order matters on a busy machine.
 *
 * With TEST_DATABASE_URL the agencies' databases are on that PostgreSQL server, else PGlite.
 */
import { readFileSync } from "node:fs";
import { xianyouCounty } from "@linli/demo-county";
import { CountyOverviewDocument } from "@linli/schema/operations";
import autocannon from "autocannon";
import { print } from "graphql";
import { startGraph } from "./graph";

const seconds = Number(process.argv[2] ?? 8);
const OVERVIEW = print(CountyOverviewDocument);
const months = (year: number) => ({ from: `${year}-01`, to: `${year}-12` });

/** User+system CPU time of a process so far (ms), from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
}

async function drive(url: string, bodies: string[], headers: Record<string, string>[], pid: number) {
  let next = 0;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url,
    method: "POST",
    connections: 10,
    duration: seconds,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          const i = next++ % bodies.length;
          return { ...request, body: bodies[i], headers: { ...request.headers, ...headers[i % headers.length] } };
        },
      },
    ],
  });
  const requests = result.requests.total;
  // Let the subgraphs finish what autocannon left in flight before the next run starts.
  await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: bodies[0] });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: Number(((cpuMs(pid) - cpuBefore) / Math.max(1, requests)).toFixed(3)),
    non2xx: result.non2xx + result.errors,
  };
}

const known: Record<string, [string, Record<string, string>]> = {
  off: ["coalesce off", { GATEWAY_COALESCE: "off" }],
  on: ["coalesce on (default)", {}],
  noplan: ["plan cache ~0 (1 KiB)", { QUERY_PLAN_CACHE_MB: "0.001" }],
  cache: ["response cache on", { RESPONSE_CACHE: "on" }],
};
const chosen = process.argv.slice(3);
const settings = (chosen.length > 0 ? chosen : Object.keys(known)).map((name) => {
  const setting = known[name];
  if (!setting) throw new Error(`unknown setting ${name}; one of ${Object.keys(known).join(", ")}`);
  return setting;
});

const rows: Record<string, unknown>[] = [];
for (const [name, env] of settings) {
  await using graph = await startGraph(xianyouCounty(), { gatewayEnv: env });
  const pid = graph.gateway.process.pid!;
  const identical = [JSON.stringify({ query: OVERVIEW, variables: months(2023) })];
  // Ten years of months and ten callers: every request differs from the one before.
  const varied = Array.from({ length: 10 }, (_, i) => JSON.stringify({ query: OVERVIEW, variables: months(2014 + i) }));
  const tokens = await Promise.all(
    Array.from({ length: 7 }, (_, i) => graph.token([{ role: "county_admin", personalData: false }], `bench-${i}`)),
  );
  const callers = tokens.map((token) => ({ authorization: `Bearer ${token}` }));
  // Warm up: plans, connections, JIT.
  await drive(graph.gatewayUrl, varied, callers, pid);
  rows.push({ setting: name, workload: "identical", ...(await drive(graph.gatewayUrl, identical, [{}], pid)) });
  rows.push({ setting: name, workload: "varied", ...(await drive(graph.gatewayUrl, varied, callers, pid)) });
}
console.table(rows);
