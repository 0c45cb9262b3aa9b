import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Child, freePort, startChild, stopChildren, waitUntilAnswers } from "@linli/runner/children";
import { directoryEnvironments, REGISTRY } from "@linli/runner/directory";
import { subgraphs, supergraphPath } from "@linli/schema";
import { ensureLocalKeys, GATEWAY_SECRET_HEADER, readPrivateKey } from "@linli/service-kit";
import autocannon from "autocannon";
import { prepareDatabases } from "./databases";
import { type BenchOperation, type BenchRequest, benchOperations } from "./operations";
import { cpuMs, peakRssMb } from "./proc";

export type Workload = "identical" | "varied";
/** Our gateway, Hive Gateway with its JavaScript query planner, and Hive Gateway with its Rust one. */
export const GATEWAYS = ["ours", "hive", "hive-rust"] as const;
export type GatewayName = (typeof GATEWAYS)[number];
export type TargetName = GatewayName | "direct";

export interface BenchOptions {
  scale: number;
  /** Seconds per measured round. */
  duration: number;
  /** Seconds of one warm-up round per operation and target. */
  warmup: number;
  /** A B rounds per operation and workload. */
  pairs: number;
  connections: number;
  /** A PostgreSQL server; the bench makes its own databases on it. Without it, PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite copies are kept between runs. */
  cacheDir: string;
  fresh?: boolean;
  /** Only these operations (by name); all when empty. */
  only?: string[];
  log: (line: string) => void;
}

/** Gateway levers of issue 11, passed on to our gateway only (ignored by gateways without them). */
export const LEVER_VARIABLES = ["GATEWAY_COALESCE", "RESPONSE_CACHE", "QUERY_PLAN_CACHE_MB"] as const;

export interface Round {
  target: TargetName;
  pair: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms per request of the process that answered (the gateway, or the subgraph when direct). */
  cpuMsPerRequest: number;
  non2xx: number;
  errors: number;
}

export interface Row {
  operation: string;
  workload: Workload;
  target: TargetName;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
  rounds: Round[];
  /** ours / hive req/s, one per pair (ours rows only). */
  ratios?: number[];
  medianRatio?: number;
}

export interface CheckResult {
  operation: string;
  workload: Workload;
  requests: number;
  /** Every gateway returned the same data (and the same error codes) as ours for every request. */
  sameData: boolean;
  /** Requests answered with GraphQL errors (by our gateway), expected for callers a field refuses. */
  withErrors: number;
  /** The identical request answered without errors, with data. */
  identicalAnswered: boolean;
}

export interface BenchResult {
  startedAt: string;
  machine: { nproc: number; cpuModel: string; node: string; platform: string };
  options: Omit<BenchOptions, "log">;
  levers: Record<string, string | null>;
  seed: { seconds: number; reused: boolean; database: "postgres" | "pglite" };
  checks: CheckResult[];
  /** SQL statements one identical request costs, per subgraph, through each gateway. */
  sqlStatements: Record<string, Record<GatewayName, Record<string, number>>>;
  /** Bytes of the request bodies one identical request makes each gateway send each subgraph (all its fetches). */
  requestBytes: Record<string, Record<GatewayName, Record<string, number>>>;
  /**
   * Median ms of three identical requests sent one at a time, per operation and gateway: the
   * latency without queueing, which a slow operation (the overview at scale 100) still has when
   * a round completes too few requests to tell.
   */
  serialMs: Record<string, Record<GatewayName, number>>;
  rows: Row[];
  /** Single-subgraph lookup: p50 through our gateway ÷ p50 straight to the subgraph, per workload. */
  gatewayOverhead: Record<Workload, number | null>;
  ratioVsHive: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const gatewayDir = fileURLToPath(new URL("../../../gateway", import.meta.url));
const benchDir = fileURLToPath(new URL("..", import.meta.url));
/**
 * How long a process may take to answer. A subgraph's first start after a migration that
 * recounts its data grows with the scale: the party rollups' migration over ×100 took more than
 * the former fixed 3 minutes here, on PGlite and on PostgreSQL alike.
 */
const readyMs = (scale: number) => 180_000 + 6_000 * scale;

interface Target {
  name: TargetName;
  url: string;
  /** The process whose CPU and memory are measured. */
  pid: number;
  headers: Record<string, string>;
}

function headersOf(request: BenchRequest, extra: Record<string, string>): Record<string, string> {
  return {
    "content-type": "application/json",
    ...extra,
    ...(request.authorization ? { authorization: request.authorization } : {}),
  };
}

const bodyOf = (request: BenchRequest) =>
  JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables });

async function post(target: Target, request: BenchRequest): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(target.url, {
    method: "POST",
    headers: headersOf(request, target.headers),
    body: bodyOf(request),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

/** What must agree between gateways: the data and the codes of any errors (messages may be worded apart). */
function comparable(answer: { data?: unknown; errors?: unknown[] }): string {
  const codes = (answer.errors ?? [])
    .map((e) => (e as { extensions?: { code?: string } }).extensions?.code ?? "ERROR")
    .sort();
  return JSON.stringify({ data: answer.data ?? null, codes });
}

/** Where two JSON values first differ, as a path and both sides (for the log). */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (a === b) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
    return undefined;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Drives one target with autocannon: the identical request, or the rotation one after another. */
async function drive(target: Target, requests: BenchRequest[], seconds: number, connections: number) {
  const prepared = requests.map((r) => ({ body: bodyOf(r), headers: headersOf(r, target.headers) }));
  let next = 0;
  const first = prepared[0] as (typeof prepared)[number];
  // Whatever the previous round left queued in the subgraphs is answered before this one starts.
  await post(target, requests[0] as BenchRequest);
  const beforeCpu = cpuMs(target.pid);
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    // Seconds; a slow overview at scale 100 must count as slow, not as an error.
    timeout: 60,
    requests: [
      {
        method: "POST",
        path: new URL(target.url).pathname,
        headers: first.headers,
        body: first.body,
        ...(prepared.length > 1
          ? {
              setupRequest: (request: autocannon.Request) => {
                const chosen = prepared[next++ % prepared.length] as (typeof prepared)[number];
                return { ...request, body: chosen.body, headers: chosen.headers };
              },
            }
          : {}),
      },
    ],
  });
  const cpu = cpuMs(target.pid) - beforeCpu;
  const answered = result.requests.total;
  return {
    requests: answered,
    rps: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: answered > 0 ? cpu / answered : Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Each subgraph's SQL statements and GraphQL request bytes so far (from its /metrics). */
async function subgraphCounters(ports: Record<string, number>, secrets: Record<string, string>) {
  const statements: Record<string, number> = {};
  const bytes: Record<string, number> = {};
  for (const s of subgraphs) {
    const response = await fetch(`http://127.0.0.1:${ports[s.name]}/metrics`, {
      headers: { [GATEWAY_SECRET_HEADER]: secrets[s.name] as string },
    });
    const text = await response.text();
    const counter = (name: string) => {
      const match = new RegExp(`^${name}\\{[^}]*\\} (\\d+)$`, "m").exec(text);
      return match ? Number(match[1]) : Number.NaN;
    };
    statements[s.name] = counter("linli_sql_statements_total");
    bytes[s.name] = counter("linli_graphql_request_body_bytes_total");
  }
  return { statements, bytes };
}

/** Child processes of the running bench, so a signal handler can stop them. */
export const runningChildren: Child[] = [];

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  const keysDir = mkdtempSync(join(tmpdir(), "linli-bench-keys-"));
  const output: string[] = [];
  const remember = (name: string) => (line: string) => {
    output.push(`${name}: ${line}`);
    if (output.length > 200) output.shift();
  };
  try {
    const keys = await ensureLocalKeys(keysDir);
    const seeded = await prepareDatabases({
      scale: options.scale,
      serverUrl: options.databaseUrl,
      cacheDir: options.cacheDir,
      fresh: options.fresh ?? false,
      log,
    });

    const secrets = Object.fromEntries(subgraphs.map((s) => [s.name, randomBytes(32).toString("base64url")]));
    const ports: Record<string, number> = {};
    for (const s of subgraphs) ports[s.name] = await freePort();
    const directoryEnv = directoryEnvironments(`http://127.0.0.1:${ports[REGISTRY]}`);
    const common = { AUTH_JWKS_PATH: keys.jwksPath, LOG_LEVEL: "warn", LOG_FORMAT: "json", NODE_ENV: "production" };

    log("start: four subgraphs, our gateway and Hive Gateway with each query planner");
    const subgraphChildren = subgraphs.map((s, index) => {
      const database = seeded.databases.find((d) => d.name === s.name);
      const child = startChild(
        s.name,
        s.packageDir,
        {
          ...common,
          [`${s.envPrefix}_PORT`]: String(ports[s.name]),
          [`${s.envPrefix}_GATEWAY_SECRET`]: secrets[s.name],
          ...directoryEnv(s.name),
          ...(database?.url
            ? { [`${s.envPrefix}_DATABASE_URL`]: database.url }
            : { [`${s.envPrefix}_DATA_DIR`]: database?.dataDir, [`${s.envPrefix}_DATABASE_URL`]: "" }),
          LOAD_DEMO_DATA: "never",
        },
        index,
        remember(s.name),
      );
      runningChildren.push(child);
      return child;
    });
    await Promise.all(
      subgraphs.map((s, i) =>
        waitUntilAnswers(
          `http://127.0.0.1:${ports[s.name]}/ready`,
          subgraphChildren[i] as Child,
          readyMs(options.scale),
        ),
      ),
    );

    const routing = {
      SUPERGRAPH_PATH: supergraphPath,
      ...Object.fromEntries(
        subgraphs.flatMap((s) => [
          [`${s.envPrefix}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`],
          [`${s.envPrefix}_GATEWAY_SECRET`, secrets[s.name]],
        ]),
      ),
    };
    const oursPort = await freePort();
    const hivePort = await freePort();
    const hiveRustPort = await freePort();
    // Taken from this environment (startChild passes it on); recorded with the results.
    const levers = Object.fromEntries(LEVER_VARIABLES.map((name) => [name, process.env[name] ?? null]));
    const ours = startChild(
      "gateway",
      gatewayDir,
      // Hive has no upstream timeout: ours gets a long one, so neither answers early with nulls.
      {
        ...common,
        ...routing,
        GATEWAY_PORT: String(oursPort),
        RATE_LIMIT_MAX: "0",
        COST_BUDGET_POINTS: "0",
        SUBGRAPH_TIMEOUT_MS: "60000",
        ...(process.env.GATEWAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.GATEWAY_NODE_OPTIONS } : {}),
      },
      4,
      remember("gateway"),
    );
    runningChildren.push(ours);
    const hive = startChild(
      "hive",
      benchDir,
      { ...common, ...routing, HIVE_PORT: String(hivePort) },
      5,
      remember("hive"),
      "src/hive-gateway.ts",
    );
    runningChildren.push(hive);
    const hiveRust = startChild(
      "hive-rust",
      benchDir,
      { ...common, ...routing, HIVE_PORT: String(hiveRustPort), HIVE_QUERY_PLANNER: "rust" },
      6,
      remember("hive-rust"),
      "src/hive-gateway.ts",
    );
    runningChildren.push(hiveRust);
    await Promise.all([
      waitUntilAnswers(`http://127.0.0.1:${oursPort}/health`, ours, readyMs(options.scale)),
      waitUntilAnswers(`http://127.0.0.1:${hivePort}/healthcheck`, hive, readyMs(options.scale)),
      waitUntilAnswers(`http://127.0.0.1:${hiveRustPort}/healthcheck`, hiveRust, readyMs(options.scale)),
    ]);

    const targets: Record<TargetName, Target> = {
      ours: { name: "ours", url: `http://127.0.0.1:${oursPort}/graphql`, pid: ours.process.pid as number, headers: {} },
      hive: { name: "hive", url: `http://127.0.0.1:${hivePort}/graphql`, pid: hive.process.pid as number, headers: {} },
      "hive-rust": {
        name: "hive-rust",
        url: `http://127.0.0.1:${hiveRustPort}/graphql`,
        pid: hiveRust.process.pid as number,
        headers: {},
      },
      direct: { name: "direct", url: "", pid: 0, headers: {} },
    };
    const directTarget = (subgraph: string): Target => ({
      name: "direct",
      url: `http://127.0.0.1:${ports[subgraph]}/graphql`,
      pid: subgraphChildren[subgraphs.findIndex((s) => s.name === subgraph)]?.process.pid as number,
      headers: { [GATEWAY_SECRET_HEADER]: secrets[subgraph] as string },
    });

    let operations: BenchOperation[] = await benchOperations(options.scale, readPrivateKey(keys.privateKeyPath));
    if (options.only?.length) operations = operations.filter((op) => options.only?.includes(op.name));

    // Every gateway must give the same answers, or comparing their speed means nothing.
    const checks: CheckResult[] = [];
    const sqlStatements: BenchResult["sqlStatements"] = {};
    const requestBytes: BenchResult["requestBytes"] = {};
    const serialMs: BenchResult["serialMs"] = {};
    for (const op of operations) {
      const identical = await post(targets.ours, op.identical);
      if (identical.errors?.length) log(`check: ${op.name} answered ${JSON.stringify(identical.errors).slice(0, 500)}`);
      for (const workload of ["identical", "varied"] as const) {
        const sample = workload === "identical" ? [op.identical] : op.varied.slice(0, 16);
        let same = true;
        let withErrors = 0;
        for (const request of sample) {
          const [a, ...others] = await Promise.all(GATEWAYS.map((name) => post(targets[name], request)));
          others.forEach((b, i) => {
            if (!a || comparable(a) === comparable(b)) return;
            same = false;
            log(
              `check: ${op.name} differs between gateways (ours ≠ ${GATEWAYS[i + 1]}) at ${firstDifference(JSON.parse(comparable(a)), JSON.parse(comparable(b)))}; errors ${JSON.stringify([a.errors?.[0], b.errors?.[0]]).slice(0, 400)}`,
            );
          });
          if (a?.errors?.length) withErrors += 1;
        }
        checks.push({
          operation: op.name,
          workload,
          requests: sample.length,
          sameData: same,
          withErrors,
          identicalAnswered: !identical.errors?.length && identical.data != null,
        });
      }
      const counted = {} as Record<GatewayName, Record<string, number>>;
      const sent = {} as Record<GatewayName, Record<string, number>>;
      for (const name of GATEWAYS) {
        const before = await subgraphCounters(ports, secrets);
        await post(targets[name], op.identical);
        const after = await subgraphCounters(ports, secrets);
        const delta = (key: "statements" | "bytes") =>
          Object.fromEntries(subgraphs.map((s) => [s.name, (after[key][s.name] ?? 0) - (before[key][s.name] ?? 0)]));
        counted[name] = delta("statements");
        sent[name] = delta("bytes");
      }
      sqlStatements[op.name] = counted;
      requestBytes[op.name] = sent;
      const serial = {} as Record<GatewayName, number>;
      for (const name of GATEWAYS) {
        const times: number[] = [];
        for (let i = 0; i < 3; i += 1) {
          const started = performance.now();
          await post(targets[name], op.identical);
          times.push(performance.now() - started);
        }
        serial[name] = median(times);
      }
      serialMs[op.name] = serial;
    }
    const failed = checks.filter((c) => !c.sameData || !c.identicalAnswered);
    if (failed.length)
      log(`check: ${failed.length} check(s) failed: ${failed.map((c) => `${c.operation}/${c.workload}`).join(", ")}`);
    else log(`check: the ${GATEWAYS.length} gateways give the same answers`);

    const rows: Row[] = [];
    for (const op of operations) {
      const order: Target[] = [
        ...GATEWAYS.map((name) => targets[name]),
        ...(op.directSubgraph ? [directTarget(op.directSubgraph)] : []),
      ];
      for (const target of order) {
        if (options.warmup > 0) await drive(target, op.varied, options.warmup, options.connections);
      }
      for (const workload of ["identical", "varied"] as const) {
        const requests = workload === "identical" ? [op.identical] : op.varied;
        const rounds: Round[] = [];
        for (let pair = 1; pair <= options.pairs; pair += 1) {
          for (const target of order) {
            const measured = await drive(target, requests, options.duration, options.connections);
            rounds.push({ target: target.name, pair, ...measured });
          }
        }
        log(
          `round: ${op.name} ${workload}: ${order
            .map(
              (t) =>
                `${t.name} ${median(rounds.filter((r) => r.target === t.name).map((r) => r.rps)).toFixed(0)} req/s`,
            )
            .join(", ")}`,
        );
        for (const target of order) {
          const own = rounds.filter((r) => r.target === target.name);
          const row: Row = {
            operation: op.name,
            workload,
            target: target.name,
            rps: median(own.map((r) => r.rps)),
            p50: median(own.map((r) => r.p50)),
            p99: median(own.map((r) => r.p99)),
            cpuMsPerRequest: median(own.map((r) => r.cpuMsPerRequest)),
            peakRssMb: peakRssMb(target.pid),
            rounds: own,
          };
          if (target.name === "ours") {
            const hiveRounds = rounds.filter((r) => r.target === "hive");
            // A round that completed nothing gives no ratio (the median skips it).
            row.ratios = own.map((r, i) => (r.requests > 0 ? r.rps / (hiveRounds[i]?.rps ?? Number.NaN) : Number.NaN));
            row.medianRatio = median(row.ratios);
          }
          rows.push(row);
        }
      }
    }

    const overhead = (workload: Workload) => {
      const through = rows.find(
        (r) =>
          r.workload === workload &&
          r.target === "ours" &&
          operations.find((o) => o.name === r.operation)?.directSubgraph,
      );
      const direct = rows.find((r) => r.workload === workload && r.target === "direct");
      return through && direct && direct.p50 > 0 ? through.p50 / direct.p50 : null;
    };

    return {
      startedAt,
      machine: {
        nproc: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      options: {
        scale: options.scale,
        duration: options.duration,
        warmup: options.warmup,
        pairs: options.pairs,
        connections: options.connections,
        databaseUrl: options.databaseUrl ? "(given)" : undefined,
        cacheDir: options.cacheDir,
        fresh: options.fresh ?? false,
        only: options.only ?? [],
      },
      levers,
      seed: {
        seconds: seeded.seedSeconds,
        reused: seeded.reused,
        database: options.databaseUrl ? "postgres" : "pglite",
      },
      checks,
      sqlStatements,
      requestBytes,
      serialMs,
      rows,
      gatewayOverhead: { identical: overhead("identical"), varied: overhead("varied") },
      ratioVsHive: median(rows.flatMap((r) => (r.medianRatio === undefined ? [] : [r.medianRatio]))),
    };
  } catch (error) {
    if (output.length) log(`last lines of the children:\n${output.slice(-40).join("\n")}`);
    throw error;
  } finally {
    await stopChildren(runningChildren.splice(0));
    rmSync(keysDir, { recursive: true, force: true });
  }
}
