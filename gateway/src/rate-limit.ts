import type { Redis } from "ioredis";

export interface RateLimitSettings {
  /** Requests one caller may make in one window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: how long until the caller's window ends. */
  retryAfterMs: number;
}

/** Fixed-window counters per caller key. */
export interface RateLimiter {
  hit(key: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/** Counters in this process: right for one gateway copy. */
export function memoryRateLimiter({ max, windowMs }: RateLimitSettings, now: () => number = Date.now): RateLimiter {
  let window = -1;
  let counts = new Map<string, number>();
  return {
    async hit(key) {
      const t = now();
      const current = Math.floor(t / windowMs);
      if (current !== window) {
        // A new window: last window's counters are of no use any more.
        window = current;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return { allowed: count <= max, retryAfterMs: (current + 1) * windowMs - t };
    },
    close: async () => {},
  };
}

/** Counters in Redis, shared by every gateway copy behind the load balancer. */
export function redisRateLimiter(
  redis: Redis,
  { max, windowMs }: RateLimitSettings,
  prefix = "linli:rate:",
  now: () => number = Date.now,
): RateLimiter {
  return {
    async hit(key) {
      const t = now();
      const current = Math.floor(t / windowMs);
      const redisKey = `${prefix}${key}:${current}`;
      const results = await redis.multi().incr(redisKey).pexpire(redisKey, windowMs).exec();
      const count = Number(results?.[0]?.[1] ?? 0);
      return { allowed: count <= max, retryAfterMs: (current + 1) * windowMs - t };
    },
    close: async () => {},
  };
}
