import pino, { type DestinationStream, type Logger, stdSerializers } from "pino";
import { scrubPersonalData, scrubText } from "./privacy";

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
    // No raw phone or ID number may reach a log, whatever a message or an error carries.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as typeof args);
      },
    },
    formatters: { log: (object) => scrubPersonalData(object) },
    serializers: { err: (error: Error) => scrubPersonalData(stdSerializers.err(error)) },
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-linli-gateway-secret"]',
        "headers.authorization",
      ],
      censor: "[redacted]",
    },
    ...(format === "pretty"
      ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname,name" } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
