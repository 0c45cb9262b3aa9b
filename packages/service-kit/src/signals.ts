import type { Logger } from "./logger";

/** On SIGTERM or SIGINT: stop accepting, let `close` finish in-flight work, then exit. */
export function stopOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    try {
      await close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "unclean stop");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  // Started by a supervisor (`pnpm start`) over an IPC channel: its end closes when the
  // supervisor dies, even by SIGKILL, and a service must not outlive it.
  if (process.connected) process.once("disconnect", () => void stop("supervisor gone"));
}
