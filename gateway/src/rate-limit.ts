import type { Redis } from "ioredis";
import {
  BurstyRateLimiter,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

export interface RateLimitSettings {
  /** Requests one caller (a token's subject, or the address of an anonymous one) may make per window; 0 turns every request limit off. */
  max: number;
  windowMs: number;
  /** Requests one address may make per window, counted before any token is verified (default 2 × `max`). */
  addressMax?: number;
  /** Refused tokens one address may present per window; past that it is refused before verification (default 20). */
  badTokenMax?: number;
  /** Prefix of the counters' Redis keys (default `linli:rl`), for deployments sharing one Redis. */
  prefix?: string;
}

/** A budget of cost points over time per caller, as Shopify's leaky bucket; 0 `points` turns it off. */
export interface CostBudgetSettings {
  /** The most a caller can spend at once (at least the cost limit of one operation). */
  points: number;
  /** How many points come back each second. */
  restorePerSecond: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: how long until the caller may try again. */
  retryAfterMs: number;
}

/** The gateway's counters: by address before verification, refused tokens by address, by caller, cost by caller. */
export interface FrontDoorLimiter {
  /** Counts a request from this address (before the token is looked at). */
  address(ip: string): Promise<RateLimitDecision>;
  /** Whether this address presented too many refused tokens lately (checked before verifying another). */
  badTokensExhausted(ip: string): Promise<RateLimitDecision>;
  /** Counts a refused token from this address. */
  badToken(ip: string): Promise<void>;
  /** Counts a request of this caller (`sub:<subject>` or `ip:<address>`). */
  caller(key: string): Promise<RateLimitDecision>;
  /** Charges an admitted operation's cost to this caller's budget. */
  cost(key: string, points: number): Promise<RateLimitDecision>;
}

export const DEFAULT_COST_BUDGET: CostBudgetSettings = { points: 10_000, restorePerSecond: 500 };
const DEFAULT_BAD_TOKEN_MAX = 20;

const allowed: RateLimitDecision = { allowed: true, retryAfterMs: 0 };

/**
 * Counters by rate-limiter-flexible: in Redis when a client is given (shared by every gateway
 * copy), each with an in-memory insurance limiter that takes over while Redis is unreachable,
 * so an outage of Redis makes the limits per copy instead of refusing every request. The
 * library counts in windows that start with a key's first request; the cost budget pairs a
 * one-second window of `restorePerSecond` with a burst pool of `points` refilled over
 * `points / restorePerSecond` seconds (its BurstyRateLimiter), which behaves as a leaky bucket.
 */
export function frontDoorLimiter(
  requests: RateLimitSettings | undefined,
  costBudget: CostBudgetSettings | undefined,
  redis?: Redis,
  prefix = requests?.prefix ?? "linli:rl",
): FrontDoorLimiter {
  const make = (name: string, points: number, durationSec: number): RateLimiterAbstract => {
    const options: IRateLimiterOptions = { keyPrefix: `${prefix}:${name}`, points, duration: durationSec };
    const memory = new RateLimiterMemory(options);
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
      : memory;
  };
  const requestsOn = requests !== undefined && requests.max > 0;
  const window = Math.max(1, Math.ceil((requests?.windowMs ?? 60_000) / 1000));
  const byAddress = requestsOn ? make("addr", requests.addressMax ?? requests.max * 2, window) : undefined;
  const byCaller = requestsOn ? make("caller", requests.max, window) : undefined;
  const badTokenMax = requests?.badTokenMax ?? DEFAULT_BAD_TOKEN_MAX;
  const badTokens = requestsOn ? make("badtoken", badTokenMax, window) : undefined;
  const costOn = costBudget !== undefined && costBudget.points > 0 && costBudget.restorePerSecond > 0;
  const cost = costOn
    ? new BurstyRateLimiter(
        make("cost", costBudget.restorePerSecond, 1),
        make("cost-burst", costBudget.points, Math.max(1, Math.ceil(costBudget.points / costBudget.restorePerSecond))),
      )
    : undefined;

  const consume = async (
    limiter: { consume(key: string, points?: number): Promise<RateLimiterRes> } | undefined,
    key: string,
    points = 1,
  ): Promise<RateLimitDecision> => {
    if (!limiter) return allowed;
    try {
      await limiter.consume(key, points);
      return allowed;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { allowed: false, retryAfterMs: refusal.msBeforeNext };
      throw refusal;
    }
  };

  return {
    address: (ip) => consume(byAddress, ip),
    caller: (key) => consume(byCaller, key),
    cost: (key, points) => consume(cost, key, points),
    async badTokensExhausted(ip) {
      const state = badTokens ? await badTokens.get(ip) : null;
      return state && state.consumedPoints >= badTokenMax
        ? { allowed: false, retryAfterMs: state.msBeforeNext }
        : allowed;
    },
    async badToken(ip) {
      await consume(badTokens, ip);
    },
  };
}
