import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { subgraphs } from "@linli/schema";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, postGraphQL } from "./support/graph";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataRoot = mkdtempSync(join(tmpdir(), "linli-start-"));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

describe("pnpm start", () => {
  it("runs the whole graph on empty PGlite folders with demo data, and stops every process on SIGTERM", async () => {
    const gatewayPort = await freePort();
    const ports = await Promise.all(subgraphs.map(() => freePort()));
    const env: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: String(gatewayPort) };
    subgraphs.forEach((s, i) => {
      env[`${s.envPrefix}_PORT`] = String(ports[i]);
      env[`${s.envPrefix}_DATA_DIR`] = join(dataRoot, s.name);
      delete env[`${s.envPrefix}_DATABASE_URL`];
    });
    const runner = spawn(process.execPath, ["--import", "tsx", "packages/runner/src/start.ts"], {
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

    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (output.includes("Linli is running")) {
            clearInterval(timer);
            resolve();
          }
          if (runner.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`runner exited early:\n${output}`));
          }
        }, 200);
      });
      expect(output).toContain(`http://127.0.0.1:${gatewayPort}/graphql`);

      const result = await postGraphQL<{ estates: { edges: { node: Record<string, unknown> }[] } }>(
        `http://127.0.0.1:${gatewayPort}/graphql`,
        `{ estates(first: 100) { edges { node { name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const mulan = result.data?.estates.edges.find((edge) => edge.node.name === "木兰滨河")?.node;
      expect(mulan).toMatchObject({
        partyBranch: { name: "木兰滨河小区党支部" },
        propertyCompany: { name: "嘉庆物业服务有限公司" },
        embeddedUnits: [{ name: "全安消防技术有限公司" }],
      });
    } finally {
      runner.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // Every child is gone: nothing answers on any of the ports any more.
    for (const port of [gatewayPort, ...ports]) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });
});
