import { parseArgs } from "node:util";
import { xianyouCounty } from "@linli/demo-county";
import { loadCountyCopies, openAgencyDatabases, progressLine, type SeedProgress } from "./agencies";
import { subgraphDatabases } from "./env";

const USAGE = `pnpm seed [-- --scale N]

Loads the demo county (仙游县, every figure of the report) into each subgraph's database, migrating
it first: the same variables as the subgraphs (PARTY_DATABASE_URL or PARTY_DATA_DIR, …). Loading is
idempotent: run it twice and every figure stays the same. Each database records the copies it
holds (table linli_seed_copies): a seed stopped half way and run again carries on where it stopped.

  --scale N   load N copies of the county under the one county (every figure N times), for load
              tests; default 1
  --help      this text

Stop \`pnpm start\` first when the subgraphs run on their embedded databases (PGlite): one process
at a time may hold a PGlite data folder.`;

// pnpm 12 hands a literal "--" on to the script: it separates nothing here.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { scale: { type: "string", default: "1" }, help: { type: "boolean", default: false } },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  process.stderr.write(`--scale must be a whole number from 1 to 1000, not "${values.scale}"\n\n${USAGE}\n`);
  process.exit(2);
}

/** A line that redraws itself on a terminal; elsewhere (CI logs) a line per tenth, and at least one every 30 s. */
function reporter(): (progress: SeedProgress) => void {
  let lastTenth = -1;
  let lastAt = 0;
  return (progress) => {
    const line = `seeding ${progressLine(progress)}`;
    const done = progress.copy === progress.copies;
    const tenth = Math.floor((progress.copy / progress.copies) * 10);
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}${done ? "\n" : ""}`);
    else if (tenth > lastTenth || done || progress.seconds - lastAt >= 30) {
      lastTenth = tenth;
      lastAt = progress.seconds;
      process.stderr.write(`${line}\n`);
    }
  };
}

async function running(host: string, port: number): Promise<boolean> {
  try {
    await fetch(`http://${host}:${port}/health`, { signal: AbortSignal.timeout(500) });
    return true;
  } catch {
    return false;
  }
}

const targets = subgraphDatabases();
for (const target of targets) {
  if (!target.databaseUrl && (await running(target.host, target.port))) {
    process.stderr.write(
      `The ${target.name} subgraph is running on port ${target.port} and holds its PGlite folder: stop \`pnpm start\` first.\n`,
    );
    process.exit(1);
  }
}

const handles = await openAgencyDatabases(
  targets.map((t) => ({ name: t.name, url: t.databaseUrl, dataDir: t.dataDir })),
  ({ name, handle }) => {
    const target = targets.find((t) => t.name === name);
    process.stderr.write(`${name}: migrated (${handle.kind}${target?.databaseUrl ? "" : ` in ${target?.dataDir}`})\n`);
  },
);
try {
  const base = xianyouCounty();
  await loadCountyCopies(handles, scale, { county: base, onProgress: reporter() });
  process.stdout.write(
    `Loaded 仙游县 ×${scale}: ${base.estates.length * scale} estates, ${base.problems.length * scale} problems, ${base.members.length * scale} party members.\n`,
  );
} finally {
  for (const { handle } of handles) await handle.close();
}
