import { z } from "zod";

/**
 * Parses the process environment once. Every problem is reported together, then the process
 * exits: a misconfigured service should not start half-right.
 */
export function parseEnv<TShape extends z.ZodRawShape>(
  shape: TShape,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<TShape>> {
  const result = z.object(shape).safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  process.stderr.write(`Invalid environment:\n${lines.join("\n")}\n`);
  process.exit(1);
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

/** A boolean flag written as true/false/1/0 (z.coerce.boolean would read "false" as true). */
export const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1");

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

/**
 * A subgraph process's configuration from its environment. Names carry the agency's prefix
 * (PARTY_PORT, PARTY_DATABASE_URL …) so that one environment can configure all four.
 */
export function parseSubgraphEnv(prefix: string, defaultPort: number, defaultDataDir: string) {
  const env = parseEnv(
    {
      HOST: z.string().default("127.0.0.1"),
      PORT: port(defaultPort),
      DATABASE_URL: z.url().optional(),
      DATA_DIR: z.string().default(defaultDataDir),
      LOAD_DEMO_DATA: z.enum(["never", "if-empty", "always"]).default("never"),
      LOG_LEVEL: logLevel,
      LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
    },
    {
      HOST: process.env[`${prefix}_HOST`],
      PORT: process.env[`${prefix}_PORT`],
      DATABASE_URL: process.env[`${prefix}_DATABASE_URL`] || undefined,
      DATA_DIR: process.env[`${prefix}_DATA_DIR`],
      LOAD_DEMO_DATA: process.env.LOAD_DEMO_DATA,
      LOG_LEVEL: process.env.LOG_LEVEL,
      LOG_FORMAT: process.env.LOG_FORMAT,
    },
  );
  return {
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    loadDemoData: env.LOAD_DEMO_DATA,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
  };
}
