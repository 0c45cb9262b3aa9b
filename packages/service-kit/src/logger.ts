import pino, { type Logger } from "pino";

export type { Logger };

export interface LoggerOptions {
  name: string;
  level?: string | undefined;
  format?: "json" | "pretty" | undefined;
}

/** pino with credentials redacted; `pretty` is for people watching `pnpm start`. */
export function createLogger({ name, level = "info", format = "json" }: LoggerOptions): Logger {
  return pino({
    name,
    level,
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
  });
}
