import type { Logger } from "@linli/service-kit/edge";
import { Redis } from "ioredis";
import type { GatewayMetrics } from "./metrics";

export interface SharedRedis {
  client: Redis;
  /** `shared` while Redis is connected, `local` (this process's memory) while it is not. */
  whileUp<T extends object>(store: string, shared: T, local: T): T;
  close(): Promise<void>;
}

/**
 * The gateway's Redis, connected lazily: the gateway starts and serves without it (APQ and the
 * response cache in memory, a warning and `linli_gateway_redis_connected 0`), and goes back to
 * it by itself when it comes (ioredis reconnects). Without an offline queue a command never
 * waits for a connection that is not there.
 */
export function connectRedis(url: string, logger: Logger, metrics: GatewayMetrics): SharedRedis {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let up = false;
  metrics.redisConnected.set(0);
  client.on("ready", () => {
    up = true;
    metrics.redisConnected.set(1);
    logger.info("redis connected: caches and limits are shared");
  });
  client.on("close", () => {
    if (up) logger.warn("redis connection lost: caches and limits in this process's memory until it returns");
    up = false;
    metrics.redisConnected.set(0);
  });
  let warned = false;
  client.on("error", (error) => {
    // ioredis reports every failed reconnect; one warning per outage is enough.
    if (warned && !up) return;
    warned = true;
    logger.warn({ err: error }, "redis unreachable: caches and limits in this process's memory until it comes");
  });
  client.on("ready", () => {
    warned = false;
  });
  client.connect().catch(() => {});
  return {
    client,
    whileUp<T extends object>(store: string, shared: T, local: T): T {
      return new Proxy(shared, {
        get(_target, property) {
          const target = client.status === "ready" ? shared : local;
          if (target === local) metrics.redisFallbacks.inc({ store });
          const value = Reflect.get(target, property);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
