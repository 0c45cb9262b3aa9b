import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import { scrubLogData, scrubLogText, serializeError } from "./privacy";

export type { Logger };

export interface LoggerOptions {
  name: string;
  level?: string | undefined;
  format?: "json" | "pretty" | undefined;
  /** Where lines go (stdout unless given; tests capture them). */
  destination?: DestinationStream | undefined;
}

/** pino with credentials redacted; `pretty` is for people watching `pnpm start`. */
export function createLogger({ name, level = "info", format = "json", destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    // No raw phone, ID number or address may reach a log, nor a failing statement's parameters,
    // whatever a message or an error carries.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? scrubLogText(arg) : arg)) as typeof args);
      },
    },
    formatters: { log: (object) => scrubLogData(object) },
    serializers: {
      err: (error: unknown) => (error instanceof Error ? serializeError(error) : scrubLogData(error)),
    },
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-linli-gateway-secret"]',
        "headers.authorization",
        // A statement's bound values, wherever a caller logs them (the serializers withhold them too).
        "params",
        "*.params",
        "variables",
        "*.variables",
      ],
      censor: "[redacted]",
    },
    ...(format === "pretty"
      ? { transport: { target: prettyTarget(), options: { colorize: true, ignore: "pid,hostname,name" } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * pino-pretty's file, found from this package: pino would look it up from the file that called
 * it, which in a built service is the bundle, whose package need not depend on pino-pretty.
 */
const prettyTarget = () => createRequire(import.meta.url).resolve("pino-pretty");
