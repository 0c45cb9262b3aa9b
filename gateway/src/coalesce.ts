import { createHash } from "node:crypto";
import { type Fetcher, type FetcherRequestInit, isMutation } from "./resilience";
import { type SubgraphAnswer, SubgraphResponse } from "./subgraph-response";

/** Forwarded headers that label a call without changing its answer. */
const NOT_PART_OF_THE_ANSWER = new Set(["x-request-id"]);

/**
 * What makes two subgraph calls interchangeable: the URL, the body, and every forwarded header
 * but the request id — the caller's full `Authorization` value and the gateway secret among
 * them, so callers whose permissions differ never share an answer. Hashed, so no token is
 * kept as a map key. `undefined` for a mutation: a write is never shared.
 */
export function coalesceKey(url: string, init: FetcherRequestInit): string | undefined {
  if (isMutation(init.body)) return undefined;
  const hash = createHash("sha256")
    .update(url)
    .update("\0")
    .update(init.body as string);
  const headers = Object.entries((init.headers ?? {}) as Record<string, string>)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !NOT_PART_OF_THE_ANSWER.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of headers) hash.update("\0").update(name).update("\0").update(value);
  return hash.digest("base64url");
}

/**
 * Identical query calls in flight at the same time go out once: the later ones wait for the
 * first one's answer and each gets its own copy of it. Wraps the whole resilient call, so the
 * timeout, retries and circuit breaker act once for all of them, and a failure reaches every
 * waiter. Nothing is kept once the call has answered: this is not a cache.
 */
export function coalescing(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return async (url, init = {}) => {
    const key = coalesceKey(url, init);
    if (key === undefined) return fetcher(url, init);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetcher(url, init).then(async (response) => ({
        url,
        status: response.status,
        headers: [...response.headers],
        body: await response.text(),
      }));
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    return new SubgraphResponse(await shared);
  };
}
