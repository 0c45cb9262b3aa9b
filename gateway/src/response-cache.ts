import type { Experimental_DidResolveQueryPlanCallback } from "@apollo/gateway";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Caller, Logger } from "@linli/service-kit/edge";
import { type DocumentNode, parse, print } from "graphql";
import type { Redis } from "ioredis";
import type { GatewayMetrics } from "./metrics";
import { loadOperationManifest, sha256 } from "./persisted";
import type { SharedRedis } from "./redis";
import type { GatewayContext } from "./request-context";

/**
 * The published operations whose answers may be cached: aggregate figures of places, never a
 * person's name, phone or address, whoever asks. Anything else — every other operation, and
 * any other text under one of these names — is never cached.
 */
export const CACHEABLE_OPERATIONS = ["CountyOverview", "SubdistrictDrillDown"] as const;

export interface ResponseCacheSettings {
  /** Where the published operations live (schema/operations). */
  operationsDir: string;
  /** How long an answer is kept at most: the bound on staleness after writes that bypass the gateway (seconds). */
  ttlSeconds: number;
  /** Prefix of every Redis key (entries and generations). */
  redisPrefix?: string;
}

/**
 * Cached answers and the generation of each subgraph's data. A mutation through the gateway
 * bumps the generation of every subgraph its plan called; an answer remembers the generations
 * of the subgraphs its plan called, as they were before it was fetched, and is stale once any
 * of them moved on.
 */
interface ResponseCacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  generations(subgraphs: readonly string[]): Promise<number[]>;
  bump(subgraphs: readonly string[]): Promise<void>;
}

function memoryStore(): ResponseCacheStore {
  const entries = new InMemoryLRUCache<string>({ maxSize: 32 * 2 ** 20 });
  const generations = new Map<string, number>();
  return {
    get: (key) => entries.get(key),
    set: (key, value, ttl) => entries.set(key, value, { ttl }),
    generations: async (subgraphs) => subgraphs.map((name) => generations.get(name) ?? 0),
    async bump(subgraphs) {
      for (const name of subgraphs) generations.set(name, (generations.get(name) ?? 0) + 1);
    },
  };
}

/** Shared by every gateway copy: a mutation through one makes every copy's next read fresh. */
function redisStore(redis: Redis, prefix: string): ResponseCacheStore {
  const generationKey = (name: string) => `${prefix}generation:${name}`;
  return {
    get: async (key) => (await redis.get(`${prefix}entry:${key}`)) ?? undefined,
    async set(key, value, ttl) {
      await redis.set(`${prefix}entry:${key}`, value, "EX", ttl);
    },
    generations: async (subgraphs) =>
      (await redis.mget(subgraphs.map(generationKey))).map((value) => (value ? Number(value) : 0)),
    async bump(subgraphs) {
      const pipeline = redis.pipeline();
      for (const name of subgraphs) pipeline.incr(generationKey(name));
      await pipeline.exec();
    },
  };
}

/** The subgraphs a query plan calls. */
export function subgraphsOfPlan(
  plan: Parameters<Experimental_DidResolveQueryPlanCallback>[0]["queryPlan"],
): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.kind === "Fetch" && typeof n.serviceName === "string") names.add(n.serviceName);
    for (const child of ["node", "nodes", "primary", "deferred", "rest", "ifClause", "elseClause"]) {
      const value = n[child];
      if (Array.isArray(value)) value.forEach(walk);
      else walk(value);
    }
  };
  walk(plan.node);
  return names;
}

/** One text for one operation however its fragments are ordered. */
const canonicalHash = (document: DocumentNode) =>
  sha256(
    document.definitions
      .map((definition) => print(definition))
      .sort()
      .join("\n\n"),
  );

/** The permission identity of a caller: the anonymous public is one identity, anyone else their subject and grants. */
export const identityOf = (caller: Caller) =>
  caller.subject === null ? "public" : sha256(JSON.stringify([caller.subject, caller.grants]));

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same variables. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

interface Entry {
  generations: Record<string, number>;
  data: Record<string, unknown>;
}

interface RequestState {
  mutation: boolean;
  key?: string;
  hit?: boolean;
  /** Every subgraph's generation, read before the answer was fetched. */
  before?: Record<string, number>;
  touched?: Set<string>;
}

const MEMO_LIMIT = 1_000;

/**
 * The response cache (RESPONSE_CACHE=on): whole answers of the cacheable operations, keyed by
 * the operation, its variables and the caller's permission identity; only answers without
 * errors; never a mutation. Redis when given, else memory of this process.
 */
export function responseCache(
  settings: ResponseCacheSettings & {
    /** The subgraphs of the supergraph being served (it may be replaced). */
    subgraphs: () => readonly string[];
    redis?: SharedRedis | undefined;
    metrics?: GatewayMetrics | undefined;
    logger: Logger;
  },
): { plugin: ApolloServerPlugin<GatewayContext>; didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback } {
  const store = settings.redis
    ? settings.redis.whileUp(
        "response-cache",
        redisStore(settings.redis.client, settings.redisPrefix ?? "linli:rc:"),
        memoryStore(),
      )
    : memoryStore();
  const manifest = loadOperationManifest(settings.operationsDir);
  const allowed = new Set<string>();
  for (const operation of manifest.values()) {
    if ((CACHEABLE_OPERATIONS as readonly string[]).includes(operation.name)) {
      allowed.add(canonicalHash(parse(operation.body)));
    }
  }
  // Printing a document costs; each distinct query text is judged once.
  const judged = new Map<string, boolean>();
  const cacheable = (queryHash: string, document: DocumentNode) => {
    let verdict = judged.get(queryHash);
    if (verdict === undefined) {
      verdict = allowed.has(canonicalHash(document));
      if (judged.size >= MEMO_LIMIT) judged.clear();
      judged.set(queryHash, verdict);
    }
    return verdict;
  };
  const states = new WeakMap<GatewayContext, RequestState>();

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      const state: RequestState = { mutation: false };
      states.set(contextValue, state);
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<GatewayContext>) {
          const { operation, document, queryHash, request } = requestContext;
          if (operation?.operation === "mutation") state.mutation = true;
          if (operation?.operation !== "query" || !document || !queryHash || !cacheable(queryHash, document)) {
            return null;
          }
          state.key = sha256(
            [
              queryHash,
              request.operationName ?? "",
              stableJson(request.variables),
              identityOf(contextValue.caller),
            ].join("\n"),
          );
          let raw: string | undefined;
          let current: number[];
          const subgraphs = settings.subgraphs();
          try {
            [raw, current] = await Promise.all([store.get(state.key), store.generations(subgraphs)]);
          } catch (error) {
            // Without the cache the answer is fetched as usual, and not kept.
            settings.logger.warn({ err: error }, "response cache unreadable");
            state.key = undefined;
            return null;
          }
          state.before = Object.fromEntries(subgraphs.map((name, index) => [name, current[index] ?? 0]));
          if (raw) {
            const entry = JSON.parse(raw) as Entry;
            const before = state.before;
            if (Object.entries(entry.generations).every(([name, generation]) => before[name] === generation)) {
              state.hit = true;
              return {
                http: requestContext.response.http,
                body: { kind: "single", singleResult: { data: entry.data } },
              };
            }
          }
          return null;
        },
        async willSendResponse({ response }) {
          if (state.key) {
            response.http.headers.set("x-response-cache", state.hit ? "hit" : "miss");
            settings.metrics?.responseCache.inc({ result: state.hit ? "hit" : "miss" });
          }
          if (state.mutation) {
            if (state.touched?.size) {
              await store.bump([...state.touched]).catch((error: unknown) => {
                // Cached answers of these subgraphs may be stale until their TTL runs out.
                settings.logger.error(
                  { err: error, subgraphs: [...(state.touched ?? [])] },
                  "response cache not invalidated",
                );
              });
            }
            return;
          }
          if (state.hit || !state.key || !state.before || !state.touched || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!data || (errors && errors.length > 0)) return;
          const before = state.before;
          const entry: Entry = {
            generations: Object.fromEntries([...state.touched].map((name) => [name, before[name] ?? 0])),
            data,
          };
          await store.set(state.key, JSON.stringify(entry), settings.ttlSeconds).catch((error: unknown) => {
            settings.logger.warn({ err: error }, "response cache not written");
          });
        },
      };
    },
  };

  const didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, requestContext }) => {
    const state = states.get(requestContext.context as GatewayContext);
    if (state) state.touched = subgraphsOfPlan(queryPlan);
  };

  return { plugin, didResolveQueryPlan };
}
