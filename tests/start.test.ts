import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { subgraphs } from "@linli/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, postGraphQL } from "./support/graph";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataRoot = mkdtempSync(join(tmpdir(), "linli-start-"));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

// What `pnpm start` does before it runs the runner: build every service that is stale (a fresh
// clone has no dist/ at all), so the runner and its children run compiled JavaScript only.
beforeAll(() => {
  execFileSync(process.execPath, ["packages/runner/src/build.ts", "--if-stale"], { cwd: root, stdio: "pipe" });
}, 300_000);

interface Started {
  runner: ChildProcess;
  exited: Promise<number | null>;
  gatewayPort: number;
  ports: number[];
  output: () => string;
}

/** `pnpm start`'s runner on free ports and fresh PGlite folders, waited for until it says it runs. */
async function startRunner(label: string): Promise<Started> {
  const gatewayPort = await freePort();
  const ports = await Promise.all(subgraphs.map(() => freePort()));
  const identityPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GATEWAY_PORT: String(gatewayPort),
    IDENTITY_PORT: String(identityPort),
  };
  subgraphs.forEach((s, i) => {
    env[`${s.envPrefix}_PORT`] = String(ports[i]);
    env[`${s.envPrefix}_DATA_DIR`] = join(dataRoot, label, s.name);
    delete env[`${s.envPrefix}_DATABASE_URL`];
  });
  const runner = spawn(process.execPath, ["packages/runner/dist/start.js"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  runner.stdout.on("data", (chunk) => {
    output += chunk;
  });
  runner.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => runner.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Linli is running")) {
        clearInterval(timer);
        resolve();
      } else if (runner.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`runner exited early:\n${output}`));
      }
    }, 200);
  });
  return { runner, exited, gatewayPort, ports: [...ports, identityPort], output: () => output };
}

/** The command lines of a process and every process under it, read from /proc (Linux). */
function processTree(pid: number): string[] {
  const lines: string[] = [];
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent id is the fourth field of /proc/<pid>/stat, after the command in brackets.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const visit = (at: number) => {
    try {
      lines.push(readFileSync(`/proc/${at}/cmdline`, "utf8").replaceAll("\0", " ").trim());
    } catch {
      return;
    }
    for (const child of children.get(at) ?? []) visit(child);
  };
  visit(pid);
  return lines;
}

/** True once nothing answers on any of the ports (polled: children take a moment to close). */
async function allClosed(ports: number[], withinMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const answering = await Promise.all(
      ports.map((port) =>
        fetch(`http://127.0.0.1:${port}/health`).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (!answering.includes(true)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

// A first start migrates four PGlite folders and loads the county: 150 s and more on a loaded
// two-core machine, past the e2e project's 120 s.
const START_MS = 360_000;

describe("pnpm start", () => {
  it(
    "runs the whole graph on empty PGlite folders with demo data, and stops every process on SIGTERM",
    async () => {
      const started = await startRunner("sigterm");
      try {
        const base = `http://127.0.0.1:${started.gatewayPort}`;
        expect(started.output()).toContain(`${base}/graphql`);
        // The pages line appears exactly when the gateway serves a build of the web pages.
        const home = await fetch(`${base}/`);
        const servesPages = home.ok && (home.headers.get("content-type") ?? "").startsWith("text/html");
        expect(started.output().includes(`are at ${base}/\n`)).toBe(servesPages);
        // The embedded identity provider runs too; the pages learn from the gateway where it is,
        // and the demo logins are printed with where to find them all.
        const identity = `http://127.0.0.1:${started.ports.at(-1)}`;
        expect(started.output()).toContain(`${identity}/logins`);
        expect(await (await fetch(`${base}/sign-in.json`)).json()).toEqual({ issuer: identity, clientId: "linli-web" });
        const discovery = await (await fetch(`${identity}/.well-known/openid-configuration`)).json();
        expect(discovery).toMatchObject({ issuer: identity, code_challenge_methods_supported: ["S256"] });
        expect(await (await fetch(`${identity}/logins`)).text()).toContain("liaison-01");
        const result = await postGraphQL<{ estates: { edges: { node: Record<string, unknown> }[] } }>(
          `http://127.0.0.1:${started.gatewayPort}/graphql`,
          `{ estates(first: 100) { edges { node { name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name } } } } }`,
        );
        expect(result.errors).toBeUndefined();
        // Compiled JavaScript only: the runner and its six services, none through tsx.
        if (existsSync("/proc")) {
          const commands = processTree(started.runner.pid as number);
          expect(commands.filter((command) => command.includes("dist/")).length).toBeGreaterThanOrEqual(7);
          expect(commands.filter((command) => command.includes("tsx"))).toEqual([]);
        }
        const mulan = result.data?.estates.edges.find((edge) => edge.node.name === "木兰滨河")?.node;
        expect(mulan).toMatchObject({
          partyBranch: { name: "木兰滨河小区党支部" },
          propertyCompany: { name: "嘉庆物业服务有限公司" },
          embeddedUnits: [{ name: "全安消防技术有限公司" }],
        });
      } finally {
        started.runner.kill("SIGTERM");
      }
      expect(await started.exited).toBe(0);
      expect(await allClosed([started.gatewayPort, ...started.ports])).toBe(true);
    },
    START_MS,
  );

  it(
    "leaves no service running when the runner itself is killed outright",
    async () => {
      const started = await startRunner("sigkill");
      started.runner.kill("SIGKILL");
      await started.exited;
      expect(await allClosed([started.gatewayPort, ...started.ports])).toBe(true);
    },
    START_MS,
  );
});
