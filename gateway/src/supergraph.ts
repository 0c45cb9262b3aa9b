import { type FSWatcher, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import type { SupergraphManager } from "@apollo/gateway";
import type { Logger } from "@linli/service-kit/edge";

/** One subgraph as a supergraph names it: `join__graph(name:, url:)`. */
export interface SupergraphSubgraph {
  name: string;
  url: string;
}

/**
 * The subgraphs of a Federation 2 supergraph with their routing URLs. Throws when the text is
 * not a valid supergraph, so a refused one never reaches the gateway.
 */
export function subgraphsOf(supergraphSdl: string): SupergraphSubgraph[] {
  return Supergraph.build(supergraphSdl, { validateSupergraph: true })
    .subgraphsMetadata()
    .map(({ name, url }) => ({ name, url }));
}

/** The prefix of a subgraph's settings: its name upper-cased, any other character than A–Z and 0–9 as `_`. */
export const envPrefixOf = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, "_");

export interface SupergraphSourceOptions {
  /** The supergraph file, watched for changes. */
  path: string;
  /** Polled instead of the file when set. */
  url?: string | undefined;
  /** How often `url` is asked. */
  pollIntervalMs: number;
  logger: Logger;
  /** Ignores the burst of events one write makes; the last one is read. */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 200;
const FETCH_TIMEOUT_MS = 10_000;

/**
 * The supergraph for @apollo/gateway, replaced while serving: the file at `path` is watched
 * (its folder, so a file replaced by a rename, as editors and Kubernetes ConfigMaps do, is seen
 * too), or `url` is polled. A changed text that is a valid supergraph goes to the gateway's
 * `update`, which swaps the schema between requests: those in flight finish on the old one.
 * An invalid one is refused and logged, and the one before keeps serving.
 */
export function supergraphSource(options: SupergraphSourceOptions): SupergraphManager {
  const { logger } = options;
  const read = async (): Promise<string> => {
    if (!options.url) return readFile(options.path, "utf8");
    const response = await fetch(options.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`the supergraph URL answered HTTP ${response.status}`);
    return response.text();
  };
  return {
    async initialize({ update }) {
      let current = await read();
      // Refuse a bad start too, with the reason, before @apollo/gateway sees it.
      subgraphsOf(current);
      // One reload at a time: @apollo/gateway refuses an update while one is in progress.
      let chain = Promise.resolve();
      const reload = (origin: string) => {
        chain = chain.then(async () => {
          let next: string;
          try {
            next = await read();
          } catch (error) {
            logger.error({ err: error, origin }, "supergraph could not be read; the previous one keeps serving");
            return;
          }
          if (next === current) return;
          try {
            const subgraphs = subgraphsOf(next);
            update(next);
            current = next;
            logger.info({ origin, subgraphs: subgraphs.map((s) => s.name) }, "supergraph replaced");
          } catch (error) {
            logger.error({ err: error, origin }, "new supergraph refused; the previous one keeps serving");
          }
        });
      };

      let watcher: FSWatcher | undefined;
      let poller: NodeJS.Timeout | undefined;
      let debounce: NodeJS.Timeout | undefined;
      if (options.url) {
        poller = setInterval(() => reload(options.url as string), options.pollIntervalMs);
        poller.unref();
      } else {
        const file = basename(options.path);
        watcher = watch(dirname(options.path), (_event, changed) => {
          if (changed !== null && changed !== file) return;
          clearTimeout(debounce);
          debounce = setTimeout(() => reload(options.path), options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
        });
        watcher.on("error", (error) => logger.error({ err: error }, "watching the supergraph file failed"));
        watcher.unref();
      }
      return {
        supergraphSdl: current,
        async cleanup() {
          watcher?.close();
          clearInterval(poller);
          clearTimeout(debounce);
          await chain;
        },
      };
    },
  };
}
