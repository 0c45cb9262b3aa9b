import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "./logger";

/** What a server does before it stops accepting: `/ready` answers 503 from then on. */
export interface Drain {
  /** How long to keep serving after `setUnready`, for the balancer to take this copy out. */
  delayMs: number;
  setUnready(reason: string): void;
}

/**
 * On SIGTERM or SIGINT: with a `drain`, `/ready` turns 503 and the process keeps serving for
 * `drain.delayMs` (a balancer that polls `/ready`, or Kubernetes removing the endpoint, stops
 * sending meanwhile); then `close` stops accepting and lets in-flight work finish; then exit 0.
 */
export function stopOnSignals(logger: Logger, close: () => Promise<void>, drain?: Drain): void {
  let stopping = false;
  const stop = async (signal: string, delayMs: number) => {
    if (stopping) return;
    stopping = true;
    try {
      if (drain) drain.setUnready(`stopping (${signal})`);
      if (delayMs > 0) {
        logger.info({ signal, delayMs }, "unready; serving until the balancer has taken this copy out");
        await delay(delayMs);
      }
      logger.info({ signal }, "stopping");
      await close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "unclean stop");
      process.exit(1);
    }
  };
  const delayMs = drain?.delayMs ?? 0;
  process.once("SIGTERM", () => void stop("SIGTERM", delayMs));
  process.once("SIGINT", () => void stop("SIGINT", delayMs));
  // Started by a supervisor (`pnpm start`) over an IPC channel: its end closes when the
  // supervisor dies, even by SIGKILL, and a service must not outlive it (no balancer to wait for).
  if (process.connected) process.once("disconnect", () => void stop("supervisor gone", 0));
}
