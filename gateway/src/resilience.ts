import type { Logger } from "@linli/service-kit/edge";
import type { Agent } from "undici";
import { type CircuitBreaker, CircuitOpenError } from "./breaker";
import { coalesceKey, sharedWhileInFlight } from "./coalesce";
import type { GatewayMetrics } from "./metrics";
import { type Fetcher, type FetcherRequestInit, isMutation } from "./operation-kind";
import { headerPairs, type SubgraphAnswer, SubgraphResponse } from "./subgraph-response";

/** How the gateway treats one subgraph that is slow, failing or down. */
export interface ResilienceSettings {
  /** The whole budget of one subgraph call, retries included (ms). */
  timeoutMs: number;
  /** Extra attempts for a query after a connection error, a timeout of one attempt or a 5xx. Never for a mutation. */
  retries: number;
  /** Consecutive failed calls that open the circuit. */
  breakerFailures: number;
  /** How long an open circuit fails fast before one probe is let through (ms). */
  breakerCooldownMs: number;
}

export const defaultResilience: ResilienceSettings = {
  timeoutMs: 5_000,
  retries: 2,
  breakerFailures: 5,
  breakerCooldownMs: 10_000,
};

/** The subgraph did not answer within the gateway's timeout. */
export class SubgraphTimeoutError extends Error {
  override name = "SubgraphTimeoutError";
}

/** A failure worth retrying and counting against the circuit: the subgraph answered 5xx. */
class SubgraphServerError extends Error {
  override name = "SubgraphServerError";
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * The fetcher of one subgraph: keep-alive connections through `agent` (undici's `request`, not
 * its fetch: far less CPU per call), one deadline for the whole call, its body read included,
 * bounded retries with backoff for queries only, and the circuit breaker. With `coalesce`,
 * identical query calls in flight together share one call (see coalesce.ts); each caller
 * still counts for the breaker, as if it had called alone.
 */
export function createSubgraphFetcher(options: {
  serviceName: string;
  settings: ResilienceSettings;
  breaker: CircuitBreaker;
  agent: Agent;
  logger: Logger;
  coalesce?: boolean;
  metrics?: GatewayMetrics | undefined;
}): Fetcher {
  const { serviceName, settings, breaker, agent, logger, metrics } = options;
  const share = options.coalesce
    ? sharedWhileInFlight<SubgraphAnswer>(() => metrics?.coalesced.inc({ level: "subgraph-call" }))
    : undefined;
  const subgraph = serviceName;
  const failed = (error: unknown, started: number) => {
    const kind =
      error instanceof SubgraphTimeoutError
        ? "timeout"
        : error instanceof SubgraphServerError
          ? "server_error"
          : "connection";
    if (kind === "timeout") metrics?.subgraphTimeouts.inc({ subgraph });
    metrics?.subgraphErrors.inc({ subgraph, kind });
    metrics?.subgraphFetchDuration.observe({ subgraph, outcome: kind }, (performance.now() - started) / 1_000);
  };
  let target: URL | undefined;

  async function call(url: string, init: FetcherRequestInit): Promise<SubgraphAnswer> {
    if (target?.href !== url) target = new URL(url);
    const { origin, pathname, search } = target;
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const attempts = isMutation(init.body) ? 1 : 1 + settings.retries;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await agent.request({
          origin,
          path: pathname + search,
          method: (init.method ?? "POST") as "POST",
          headers: init.headers as Record<string, string>,
          body: init.body as string | undefined,
          signal: deadline,
        });
        if (response.statusCode >= 500) {
          await response.body.dump();
          throw new SubgraphServerError(`${serviceName} answered ${response.statusCode}`);
        }
        const body = await response.body.text();
        return { url, status: response.statusCode, headers: headerPairs(response.headers), body };
      } catch (error) {
        lastError = deadline.aborted ? new SubgraphTimeoutError(`${serviceName} did not answer in time`) : error;
        if (deadline.aborted) break;
        if (attempt < attempts) {
          logger.warn({ err: error, subgraph: serviceName, attempt }, "retrying a query to a subgraph");
          await sleep(50 * 2 ** (attempt - 1) + Math.random() * 25, deadline);
          if (deadline.aborted) {
            lastError = new SubgraphTimeoutError(`${serviceName} did not answer in time`);
            break;
          }
        }
      }
    }
    throw lastError;
  }

  return async (url, init = {}) => {
    if (!breaker.tryAcquire()) {
      metrics?.subgraphErrors.inc({ subgraph, kind: "circuit_open" });
      throw new CircuitOpenError(`circuit open for ${serviceName}`);
    }
    const started = performance.now();
    try {
      const answer = await (share ? share(coalesceKey(url, init), () => call(url, init)) : call(url, init));
      breaker.success();
      metrics?.subgraphFetchDuration.observe({ subgraph, outcome: "ok" }, (performance.now() - started) / 1_000);
      return new SubgraphResponse(answer);
    } catch (error) {
      failed(error, started);
      breaker.failure();
      throw error;
    }
  };
}
