import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Logger } from "@linli/service-kit/edge";
import type { Agent } from "undici";
import { coalesceKey, sharedWhileInFlight } from "./coalesce";
import { headerPairs, type SubgraphAnswer, SubgraphResponse } from "./subgraph-response";

export type Fetcher = RemoteGraphQLDataSource["fetcher"];
export type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

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

/** The circuit is open: the subgraph was not asked at all. */
export class CircuitOpenError extends Error {
  override name = "CircuitOpenError";
}

/** A failure worth retrying and counting against the circuit: the subgraph answered 5xx. */
class SubgraphServerError extends Error {
  override name = "SubgraphServerError";
}

type State = "closed" | "open" | "half-open";

/**
 * A circuit breaker for one subgraph. Written here rather than taken from opossum: opossum
 * wraps the call with its own timeout and error types, while here the timeout is one budget
 * shared with the retries and only transport failures (not GraphQL errors, not 4xx) count.
 */
export class CircuitBreaker {
  private state: State = "closed";
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly failureThreshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): State {
    return this.state;
  }

  /** Whether a call may go out now; in half-open, only the one probe may. */
  tryAcquire(): boolean {
    if (this.state === "closed") return true;
    if (this.state === "open") {
      if (this.now() - this.openedAt < this.cooldownMs) return false;
      this.state = "half-open";
      this.probing = false;
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    this.state = "closed";
    this.failures = 0;
    this.probing = false;
  }

  failure(): void {
    this.failures += 1;
    this.probing = false;
    if (this.state === "half-open" || this.failures >= this.failureThreshold) {
      this.state = "open";
      this.openedAt = this.now();
    }
  }
}

/** Whether a subgraph call may write; anything not plainly a query is treated as a write. */
export function isMutation(body: FetcherRequestInit["body"]): boolean {
  if (typeof body !== "string") return true; // unknown: never risk repeating a write
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query !== "string" || isMutationText(query);
  } catch {
    return true;
  }
}

/** Whether an operation the query planner wrote for a subgraph is a mutation. */
export const isMutationText = (query: string | undefined): boolean =>
  typeof query === "string" && /^\s*mutation\b/.test(query);

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
}): Fetcher {
  const { serviceName, settings, breaker, agent, logger } = options;
  const share = options.coalesce ? sharedWhileInFlight<SubgraphAnswer>() : undefined;
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
    if (!breaker.tryAcquire()) throw new CircuitOpenError(`circuit open for ${serviceName}`);
    try {
      const answer = await (share ? share(coalesceKey(url, init), () => call(url, init)) : call(url, init));
      breaker.success();
      return new SubgraphResponse(answer);
    } catch (error) {
      breaker.failure();
      throw error;
    }
  };
}
