import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { CircuitBreaker } from "./breaker";
import { type FetcherRequestInit, isMutation } from "./operation-kind";
import type { GatewayContext } from "./request-context";

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
 * first one's answer (each caller makes its own response of it) or its failure. Nothing is
 * kept once the call has settled: this is not a cache. A call without a key runs on its own.
 */
export function sharedWhileInFlight<T>(
  onShared: () => void = () => {},
): (key: string | undefined, run: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, run) => {
    if (key === undefined) return run();
    let shared = inFlight.get(key);
    if (!shared) {
      shared = run();
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    } else onShared();
    return shared;
  };
}

/**
 * The same sharing one level up: identical queries in flight at the same time — same text,
 * operation name, variables and the caller's full `Authorization` value — are executed once,
 * and every copy answers with that execution's result. Many people opening one county page at
 * once then cost one plan and one round of subgraph calls, not one each. A mutation is never
 * shared, nor a query of another caller; nothing is kept once the execution has answered. As
 * with shared calls, every copy counts for the circuit breaker of an agency that failed it, as
 * if it had called alone: a crowd waiting on a hung agency opens its circuit as soon as the
 * same crowd asking one by one would.
 */
export function sharedOperations(
  /** The circuit breaker of a subgraph, by name: a copy that shared a failed call counts for it too. */
  breakerOf: (serviceName: string) => CircuitBreaker | undefined,
  onShared: () => void = () => {},
): ApolloServerPlugin<GatewayContext> {
  const inFlight = new Map<string, Promise<FormattedExecutionResult | undefined>>();
  return {
    async requestDidStart({ contextValue }) {
      let key: string | undefined;
      let answer: ((result: FormattedExecutionResult | undefined) => void) | undefined;
      return {
        async responseForOperation({ operation, queryHash, request, response }) {
          if (operation?.operation !== "query" || !queryHash) return null;
          key = createHash("sha256")
            .update([queryHash, request.operationName ?? "", JSON.stringify(request.variables ?? null)].join("\0"))
            .update("\0")
            .update(contextValue.authorization ?? "")
            .digest("base64url");
          const first = inFlight.get(key);
          if (first) {
            key = undefined;
            onShared();
            const result = await first;
            // The first copy ended without a result of its own (it cannot, but then: execute alone).
            if (!result) return null;
            countFailuresOf(result, breakerOf);
            return { http: response.http, body: { kind: "single", singleResult: { ...result } } };
          }
          inFlight.set(
            key,
            new Promise((resolve) => {
              answer = resolve;
            }),
          );
          return null;
        },
        async willSendResponse({ response }) {
          if (!key || !answer) return;
          inFlight.delete(key);
          answer(response.body.kind === "single" ? response.body.singleResult : undefined);
        },
      };
    },
  };
}

const FAILED_CALL = new Set(["SUBGRAPH_TIMEOUT", "SUBGRAPH_UNAVAILABLE"]);

/** One failure for each agency whose call failed in `result`, unless its circuit is already open (no call was made). */
function countFailuresOf(
  result: FormattedExecutionResult,
  breakerOf: (serviceName: string) => CircuitBreaker | undefined,
) {
  const failed = new Set<string>();
  for (const error of result.errors ?? []) {
    const { code, serviceName } = error.extensions ?? {};
    if (typeof code === "string" && FAILED_CALL.has(code) && typeof serviceName === "string") failed.add(serviceName);
  }
  for (const name of failed) {
    const breaker = breakerOf(name);
    if (breaker && breaker.current !== "open") breaker.failure();
  }
}
