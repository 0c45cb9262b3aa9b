import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

const COLORS = [36, 33, 35, 32, 34];
const prefixOf = (name: string, index: number) => `\x1b[${COLORS[index % COLORS.length]}m${name.padEnd(9)}|\x1b[0m `;

/**
 * Starts `src/index.ts` (or `entry`) of a package as its own Node process: a built `.js` entry
 * (`dist/index.js`) by plain Node, TypeScript through tsx (the tests and the bench run sources).
 * Each output line goes to `onLine`, by default printed with the child's name as a coloured prefix.
 */
export function startChild(
  name: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  index: number,
  onLine: (line: string) => void = (line) => process.stdout.write(`${prefixOf(name, index)}${line}\n`),
  entry = "src/index.ts",
): Child {
  const child = spawn(process.execPath, entry.endsWith(".js") ? [entry] : ["--import", "tsx", entry], {
    cwd,
    env: { ...process.env, ...env },
    // The IPC channel closes when this process dies, however it dies; the child then stops itself.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", onLine);
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, process: child, exited };
}

/** Polls `url` until it answers 2xx, the child exits, or the deadline passes. */
export async function waitUntilAnswers(url: string, child: Child, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} did not become ready within ${deadlineMs / 1000} s`);
}

/** SIGTERM to every child; SIGKILL to any still running after `graceMs`. */
export async function stopChildren(children: Child[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      child.process.kill("SIGTERM");
      const timer = setTimeout(() => child.process.kill("SIGKILL"), graceMs);
      await child.exited;
      clearTimeout(timer);
    }),
  );
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
