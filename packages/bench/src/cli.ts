import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stopChildren } from "@linli/runner/children";
import { runCrowd } from "./crowd";
import { median, runBench, runningChildren } from "./harness";
import { formatReport, formatScales } from "./report";

const USAGE = `pnpm bench [-- options]

Starts the four subgraphs with the demo county, our gateway and Hive Gateway (with its
JavaScript and with its Rust query planner) on the same supergraph and subgraphs, drives them
with autocannon in alternating rounds (identical requests,
then varied variables and callers) and prints one table; the last line is
"ratio-vs-hive <median ours/Hive req/s over every operation and both workloads>".

  --quick               scale 1, 2 pairs of 1 s rounds (under 2 minutes on 2 cores)
  --scale N[,N…]        copies of the demo county, 1 to 1000 (default 1); several, e.g. 1,100:
                        one run per scale, then a table of the overview and the drill-down
                        at each scale side by side
  --database-url URL    a PostgreSQL server (also DATABASE_URL): the bench creates
                        linli_bench_<subgraph>_s<scale> on it; without it PGlite folders
  --duration S          seconds per measured round (default 10; quick 1)
  --pairs N             A B pairs per operation and workload (default 3; quick 2)
  --warmup S            warm-up seconds per operation and gateway (default 3; quick 1)
  --connections N       autocannon connections (default 10)
  --only NAME           only this operation (repeatable): CountyOverview, EstateList100,
                        ResourceSearch, EstateLookup
  --fresh               reseed even when the cached copy matches
  --json PATH           where to write the JSON (default packages/bench/results/<time>.json; with
                        several scales, one file per scale beside PATH)
  --crowd               instead: issue 16's crowd benchmark. N anonymous callers (--callers,
                        default 8), each from its own address, loop the heaviest query the
                        limits allow for --duration seconds (default 10) while one more loops
                        { counties { name } }; prints the plain query's p50/p99 (target: p99
                        under 1 s) and what the crowd was answered
  --callers N           heavy callers of --crowd (default 8)
  --help                this text

Our gateway gets GATEWAY_COALESCE, RESPONSE_CACHE and QUERY_PLAN_CACHE_MB from this environment,
and GATEWAY_NODE_OPTIONS as its own NODE_OPTIONS.`;

// pnpm 12 hands a literal "--" on to the script: it separates nothing here.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    quick: { type: "boolean", default: false },
    scale: { type: "string" },
    "database-url": { type: "string" },
    duration: { type: "string" },
    pairs: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string", default: "10" },
    only: { type: "string", multiple: true },
    fresh: { type: "boolean", default: false },
    json: { type: "string" },
    help: { type: "boolean", default: false },
    crowd: { type: "boolean", default: false },
    callers: { type: "string" },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"\n\n${USAGE}\n`);
    process.exit(2);
  }
  return value;
}

const quick = values.quick;
const scales = (values.scale ?? "1").split(",").map((raw) => whole("scale", raw.trim(), 1, 1, 1000));
const scale = scales[0] as number;
const options = {
  scale,
  duration: whole("duration", values.duration, quick ? 1 : 10, 1, 600),
  pairs: whole("pairs", values.pairs, quick ? 2 : 3, 1, 20),
  warmup: whole("warmup", values.warmup, quick ? 1 : 3, 0, 600),
  connections: whole("connections", values.connections, 10, 1, 1000),
  databaseUrl: values["database-url"] ?? (process.env.DATABASE_URL || undefined),
  cacheDir: join(tmpdir(), "linli-bench"),
  fresh: values.fresh,
  only: values.only ?? [],
  log: (line: string) => process.stdout.write(`${line}\n`),
};

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write("bench: stopping every process it started…\n");
  await stopChildren(runningChildren.splice(0), 3_000);
  process.exit(130);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

if (values.crowd) {
  try {
    const figures = await runCrowd({
      scale,
      databaseUrl: options.databaseUrl,
      cacheDir: options.cacheDir,
      fresh: options.fresh,
      callers: whole("callers", values.callers, 8, 1, 200),
      durationS: options.duration,
      log: options.log,
    });
    process.exitCode = figures.p99 < 1000 ? 0 : 1;
  } finally {
    await stopChildren(runningChildren.splice(0), 3_000);
  }
  process.exit();
}

const results = [];
for (const each of scales) {
  const result = await runBench({ ...options, scale: each }).catch(async (error: unknown) => {
    // Stopped by a signal: the requests in flight failed with their processes; `stop` exits.
    if (stopping) await new Promise(() => {});
    throw error;
  });
  const jsonPath =
    values.json && scales.length === 1
      ? values.json
      : join(
          values.json ? dirname(values.json) : fileURLToPath(new URL("../results", import.meta.url)),
          `${result.startedAt.replace(/[:.]/g, "-")}-s${each}${quick ? "-quick" : ""}.json`,
        );
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n${formatReport(result)}\n\nJSON: ${jsonPath}\n`);
  if (result.checks.some((c) => !c.sameData || !c.identicalAnswered)) process.exitCode = 1;
  results.push(result);
}
if (results.length > 1) process.stdout.write(`\n${formatScales(results)}\n`);
process.stdout.write(`ratio-vs-hive ${median(results.map((r) => r.ratioVsHive)).toFixed(2)}\n`);
