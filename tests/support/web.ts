import { existsSync } from "node:fs";
import type { DemoCounty } from "@linli/demo-county";
import { ensureWebBuilt } from "@linli/web/ensure-built";
import { type Browser, chromium } from "playwright-core";
import { type GraphOptions, type RunningGraph, startGraph } from "./graph";

export { ensureWebBuilt };

/** Debian's chromium (`apt-get install -y chromium`; .ci/run installs it). */
export const CHROMIUM = "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  // Root in CI cannot use Chromium's sandbox.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
}

/**
 * The built pages (built first when stale), the graph of `county` serving them (with the
 * embedded identity provider to sign in at, when `options.identity`), and a browser.
 */
export async function startGraphInBrowser(
  county: DemoCounty,
  options: GraphOptions = {},
): Promise<[RunningGraph, Browser]> {
  ensureWebBuilt();
  return Promise.all([startGraph(county, options), launchChromium()]);
}

export async function stopGraphInBrowser(graph: RunningGraph | undefined, browser: Browser | undefined) {
  await browser?.close();
  await graph?.[Symbol.asyncDispose]();
}
