import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Child, freePort, startChild, waitUntilAnswers } from "@linli/runner/children";
import { directoryEnvironments, REGISTRY } from "@linli/runner/directory";
import { subgraphs, supergraphPath } from "@linli/schema";
import { ensureLocalKeys, operationCost } from "@linli/service-kit";
import { buildSchema, parse } from "graphql";
import { prepareDatabases } from "./databases";
import { runningChildren } from "./harness";

const gatewayDir = fileURLToPath(new URL("../../../gateway", import.meta.url));
const apiSchemaPath = fileURLToPath(new URL("../../../schema/api.graphql", import.meta.url));
const READY_MS = 180_000;

/**
 * The heaviest query the published limits allow an anonymous caller: 50 estates with 48
 * problems of each estate's public wall, every public field of each (cost 4,951 of 5,000).
 */
export const HEAVIEST = `query Heaviest($n: Int!, $m: Int!) {
  estates(first: $n) { edges { node { id name households problemWall(first: $m) { edges { node {
    id category question status reportedAt overdue answer answeredAt
  } } } } } }
}`;
export const HEAVIEST_VARIABLES = { n: 50, m: 48 };
const PLAIN = "{ counties { name } }";

export interface CrowdOptions {
  scale: number;
  databaseUrl?: string | undefined;
  cacheDir: string;
  fresh: boolean;
  /** Heavy anonymous callers, each from an address of its own. */
  callers: number;
  durationS: number;
  log: (line: string) => void;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

/**
 * Issue 16's benchmark: `callers` anonymous callers loop the heaviest allowed query for
 * `durationS` seconds while one more caller loops a plain `{ counties { name } }`; prints the
 * plain query's latency percentiles and what the crowd got. Our gateway runs with its
 * documented defaults, production mode, behind a "balancer" it trusts (this process, which
 * sends each caller's own address in X-Forwarded-For, as a balancer in front would).
 */
export async function runCrowd(options: CrowdOptions): Promise<{ p50: number; p99: number; max: number }> {
  const { log } = options;
  const cost = operationCost(buildSchema(readFileSync(apiSchemaPath, "utf8")), parse(HEAVIEST), HEAVIEST_VARIABLES);
  log(`heaviest allowed query: cost ${cost} (the limit is 5000)`);
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-crowd-keys-")));
  const seeded = await prepareDatabases({
    scale: options.scale,
    serverUrl: options.databaseUrl,
    cacheDir: options.cacheDir,
    fresh: options.fresh,
    log,
  });
  const secrets = Object.fromEntries(subgraphs.map((s) => [s.name, randomBytes(32).toString("base64url")]));
  const ports: Record<string, number> = {};
  for (const s of subgraphs) ports[s.name] = await freePort();
  const directoryEnv = directoryEnvironments(`http://127.0.0.1:${ports[REGISTRY]}`);
  const common = { AUTH_JWKS_PATH: keys.jwksPath, LOG_LEVEL: "warn", LOG_FORMAT: "json", NODE_ENV: "production" };
  log("start: four subgraphs and our gateway (default limits, production mode)");
  const children = subgraphs.map((s, index) => {
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
      () => {},
    );
    runningChildren.push(child);
    return child;
  });
  await Promise.all(
    subgraphs.map((s, i) =>
      waitUntilAnswers(`http://127.0.0.1:${ports[s.name]}/ready`, children[i] as Child, READY_MS),
    ),
  );
  const gatewayPort = await freePort();
  const gateway = startChild(
    "gateway",
    gatewayDir,
    {
      ...common,
      SUPERGRAPH_PATH: supergraphPath,
      GATEWAY_PORT: String(gatewayPort),
      TRUST_PROXY: "127.0.0.1",
      ...Object.fromEntries(
        subgraphs.flatMap((s) => [
          [`${s.envPrefix}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`],
          [`${s.envPrefix}_GATEWAY_SECRET`, secrets[s.name]],
        ]),
      ),
    },
    subgraphs.length,
    () => {},
  );
  runningChildren.push(gateway);
  const base = `http://127.0.0.1:${gatewayPort}`;
  await waitUntilAnswers(`${base}/health`, gateway, READY_MS);

  const ask = async (address: string, query: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, bytes: text.length };
  };
  // Warm up: plans and connections, as a running gateway has them.
  await ask("10.9.0.1", HEAVIEST, HEAVIEST_VARIABLES);
  await ask("10.9.0.2", PLAIN);

  log(`crowd: ${options.callers} anonymous callers loop the heaviest query for ${options.durationS} s`);
  const until = Date.now() + options.durationS * 1000;
  const crowd = { answered: 0, refused: 0, other: 0, bytes: 0 };
  const heavy = Array.from({ length: options.callers }, async (_, i) => {
    while (Date.now() < until) {
      const answer = await ask(`10.8.0.${i + 1}`, HEAVIEST, HEAVIEST_VARIABLES);
      crowd.bytes += answer.bytes;
      if (answer.status === 200) crowd.answered += 1;
      else if (answer.status === 429) crowd.refused += 1;
      else crowd.other += 1;
    }
  });
  const plainLatencies: number[] = [];
  const plainStatuses = new Map<number, number>();
  const plain = (async () => {
    while (Date.now() < until) {
      const answer = await ask("10.7.0.1", PLAIN);
      plainLatencies.push(answer.ms);
      plainStatuses.set(answer.status, (plainStatuses.get(answer.status) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let tick = 0;
  const progress = setInterval(() => {
    tick += 1;
    log(
      `  ${tick} s: crowd answered ${crowd.answered}, refused ${crowd.refused}; plain queries ${plainLatencies.length}`,
    );
  }, 1000);
  await Promise.all([...heavy, plain]);
  clearInterval(progress);

  const sorted = [...plainLatencies].sort((a, b) => a - b);
  const figures = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
  log("");
  log(
    `heavy callers: ${options.callers}; answered ${crowd.answered}, refused 429 ${crowd.refused}, other ${crowd.other}; ${(crowd.bytes / 1e6).toFixed(1)} MB`,
  );
  log(
    `plain { counties { name } }: ${plainLatencies.length} requests, statuses ${JSON.stringify(Object.fromEntries(plainStatuses))}`,
  );
  log(
    `plain-p50-ms ${figures.p50.toFixed(0)}  plain-p99-ms ${figures.p99.toFixed(0)}  plain-max-ms ${figures.max.toFixed(0)}`,
  );
  log(`crowd-p99-under-1s ${figures.p99 < 1000 ? "yes" : "no"}`);
  return figures;
}
