import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/**
 * `pnpm audit:federation`: The Guild's federation-gateway-audit against our gateway, started
 * by its documented command (`node gateway/dist/index.js`, after `pnpm build`) with documented
 * settings only (SUPERGRAPH_PATH, GATEWAY_PORT, LOG_LEVEL). The audit serves each suite's subgraphs and
 * supergraph, runs our run script before each suite, and asks the gateway. Prints each suite
 * that failed and `N passed, M failed`; exits 1 below `--min` (193: what plain
 * @apollo/gateway 2.14 passes).
 */
const { values } = parseArgs({
  // `pnpm audit:federation -- --suite x` passes the `--` on.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    /** One suite only (its id), through the audit's `test-suite` command. */
    suite: { type: "string" },
    port: { type: "string", default: "4600" },
    min: { type: "string", default: "193" },
  },
});

const auditDir = process.env.FEDERATION_AUDIT_DIR;
if (!auditDir || !existsSync(join(auditDir, "src", "cli.ts"))) {
  process.stderr.write(
    "Set FEDERATION_AUDIT_DIR to a checkout of graphql-hive/federation-gateway-audit with its packages installed " +
      "(packages/bench/README.md says how); the audit is not on the npm registry.\n",
  );
  process.exit(2);
}
// graphql is the audit's peer dependency, and `npm ci --omit=dev` leaves it out: this workspace's one serves.
const graphqlLink = join(auditDir, "node_modules", "graphql");
if (!existsSync(graphqlLink))
  symlinkSync(dirname(fileURLToPath(import.meta.resolve("graphql/package.json"))), graphqlLink);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const tsx = import.meta.resolve("tsx");
const cli = `node --import ${tsx} ${join(auditDir, "src", "cli.ts")}`;
const port = Number(values.port);
/** Where the audit serves its subgraphs and supergraphs (its default). */
const auditPort = 4200;
const work = mkdtempSync(join(tmpdir(), "linli-federation-audit-"));

// The audit runs this before each suite, in `work`, with the suite's id.
const runScript = join(work, "run.sh");
writeFileSync(
  runScript,
  [
    "set -e",
    // What the audit's own `supergraph` command does, without starting a second copy of its CLI.
    `node -e 'fetch(process.argv[1]).then((r) => { if (!r.ok) process.exit(1); return r.text(); }).then((t) => require("node:fs").writeFileSync("supergraph.graphql", t))' "http://localhost:${auditPort}/$1/supergraph"`,
    `cd ${repo}`,
    `SUPERGRAPH_PATH="${work}/supergraph.graphql" GATEWAY_PORT=${port} LOG_LEVEL=warn exec node gateway/dist/index.js`,
    "",
  ].join("\n"),
);
chmodSync(runScript, 0o755);

const args = [
  ...(values.suite ? ["test-suite", "--test", values.suite] : ["test"]),
  "--cwd",
  work,
  "--run-script",
  runScript,
  "--graphql",
  `http://127.0.0.1:${port}/graphql`,
  "--healthcheck",
  `http://127.0.0.1:${port}/ready`,
];
// The bundle starts in a third of the time tsx takes, and the audit waits only so long for a gateway.
const built = spawnSync("pnpm", ["--silent", "build", "--if-stale"], { cwd: repo, stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
const started = Date.now();
const child = spawn("sh", ["-c", `${cli} ${args.map((arg) => JSON.stringify(arg)).join(" ")}`], {
  cwd: auditDir,
  stdio: "inherit",
  // The audit's wait for a started gateway (5 s by default): on a busy machine the gateway can
  // take that long to start, and a suite asked before it listens fails whole.
  env: { ...process.env, GATEWAY_TIMEOUT: process.env.GATEWAY_TIMEOUT ?? "30000" },
});
const code = await new Promise<number>((resolve) => child.on("exit", (exit) => resolve(exit ?? 1)));
const seconds = Math.round((Date.now() - started) / 1000);

if (values.suite) {
  process.stdout.write(`suite ${values.suite}: audit exited ${code} (${seconds} s); logs in ${work}/logs\n`);
  process.exit(code);
}
const results = join(work, "results.txt");
if (!existsSync(results)) {
  process.stderr.write(`the audit wrote no results (exit ${code}); logs in ${work}/logs\n`);
  process.exit(1);
}
// Its results file: a suite id, then one character per test (`.` passed, `X` failed), … then the totals.
const lines = readFileSync(results, "utf8").split("\n");
let passed = 0;
let failed = 0;
for (let i = 0; i + 1 < lines.length && lines[i] !== ""; i += 2) {
  const outcome = lines[i + 1] ?? "";
  const bad = [...outcome].filter((mark) => mark === "X").length;
  passed += [...outcome].filter((mark) => mark === ".").length;
  failed += bad;
  if (bad > 0) process.stdout.write(`failed in ${lines[i]}: ${outcome}\n`);
}
process.stdout.write(`federation-gateway-audit, ${seconds} s, logs in ${work}/logs\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(passed >= Number(values.min) ? 0 : 1);
