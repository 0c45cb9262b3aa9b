import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LOCAL_ALGORITHM, LOCAL_AUDIENCE, LOCAL_ISSUER, type TokenSettings } from "./auth/tokens";

/** Where `pnpm start` and `pnpm token` keep the local signing key (git-ignored). */
export const LOCAL_KEYS_DIR = fileURLToPath(new URL("../../../.linli/keys", import.meta.url));

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

/** A boolean flag written as true/false, 1/0 or on/off (z.coerce.boolean would read "false" as true). */
export const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "on", "off"])
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1" || value === "on");

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

/** Token verification settings, shared by the gateway and every subgraph. */
export const tokenEnvShape = {
  AUTH_ISSUER: z.string().min(1).default(LOCAL_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(LOCAL_AUDIENCE),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWKS_PATH: z.string().default(`${LOCAL_KEYS_DIR}/jwks.json`),
  AUTH_ALGORITHMS: z
    .string()
    .default(LOCAL_ALGORITHM)
    .transform((list) => list.split(",").map((alg) => alg.trim()))
    .refine((algs) => algs.length > 0 && !algs.some((alg) => alg.toLowerCase() === "none" || alg.startsWith("HS")), {
      message: "only asymmetric algorithms (ES256, RS256, EdDSA …) are accepted",
    }),
};

export function tokenSettings(env: z.infer<z.ZodObject<typeof tokenEnvShape>>): TokenSettings {
  return {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    algorithms: env.AUTH_ALGORITHMS,
    jwksUrl: env.AUTH_JWKS_URL,
    jwksPath: env.AUTH_JWKS_URL ? undefined : env.AUTH_JWKS_PATH,
  };
}

/** PostgreSQL connections per process (`<PREFIX>_DATABASE_POOL_MAX`, else `DATABASE_POOL_MAX`). */
export const databasePoolMax = z.coerce.number().int().min(1).max(1_000).default(10);

/**
 * After SIGTERM, how long a process keeps serving with `/ready` at 503 before it stops accepting:
 * longer than its balancer takes to notice (Kubernetes: endpoint removal). 0 on a laptop.
 */
export const shutdownDelayMs = z.coerce.number().int().min(0).max(120_000).default(0);

/** Where spans go by OTLP over HTTP (`http://collector:4318`); unset: no tracing at all. */
export const otlpEndpoint = z.url().optional();

/** A per-subgraph gateway credential: long and random. */
export const gatewaySecret = z.string().min(32, "must be at least 32 characters");

/**
 * A subgraph's part in the directory of places (`directory.ts`): the registry publishes it to
 * the readers named (each reads with `<READER>_DIRECTORY_SECRET`); a reader pulls it from
 * `DIRECTORY_URL` with its own `<PREFIX>_DIRECTORY_SECRET`.
 */
export type DirectoryRole = { role: "publisher"; readers: readonly string[] } | { role: "reader" };

export type DirectoryConfig =
  | { role: "publisher"; readerSecrets: Record<string, string> }
  | { role: "reader"; feedUrl?: string | undefined; secret?: string | undefined; everyMs: number };

/** At most 10 s between two polls: a place's change shows in every agency's figures within that. */
const pollMs = z.coerce.number().int().min(100).max(10_000).default(2_000);

function parseDirectoryEnv(prefix: string, directory: DirectoryRole | undefined): DirectoryConfig | undefined {
  if (!directory) return undefined;
  if (directory.role === "publisher") {
    const shape = Object.fromEntries(directory.readers.map((reader) => [reader, gatewaySecret.optional()]));
    const env = parseEnv(
      shape,
      Object.fromEntries(directory.readers.map((r) => [r, process.env[`${r}_DIRECTORY_SECRET`] || undefined])),
    );
    const readerSecrets: Record<string, string> = {};
    for (const [reader, secret] of Object.entries(env)) if (typeof secret === "string") readerSecrets[reader] = secret;
    return { role: "publisher", readerSecrets };
  }
  const env = parseEnv(
    { DIRECTORY_URL: z.url().optional(), DIRECTORY_SECRET: gatewaySecret.optional(), DIRECTORY_POLL_MS: pollMs },
    {
      DIRECTORY_URL: process.env.DIRECTORY_URL || undefined,
      DIRECTORY_SECRET: process.env[`${prefix}_DIRECTORY_SECRET`] || undefined,
      DIRECTORY_POLL_MS: process.env.DIRECTORY_POLL_MS,
    },
  );
  return { role: "reader", feedUrl: env.DIRECTORY_URL, secret: env.DIRECTORY_SECRET, everyMs: env.DIRECTORY_POLL_MS };
}

/**
 * A subgraph process's configuration from its environment. Names carry the agency's prefix
 * (PARTY_PORT, PARTY_DATABASE_URL …) so that one environment can configure all four.
 */
export function parseSubgraphEnv(
  prefix: string,
  defaultPort: number,
  defaultDataDir: string,
  directory?: DirectoryRole,
) {
  const env = parseEnv(
    {
      HOST: z.string().default("127.0.0.1"),
      PORT: port(defaultPort),
      DATABASE_URL: z.url().optional(),
      DATABASE_POOL_MAX: databasePoolMax,
      SHUTDOWN_DELAY_MS: shutdownDelayMs,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
      DATA_DIR: z.string().default(defaultDataDir),
      LOAD_DEMO_DATA: z.enum(["never", "if-empty", "always"]).default("never"),
      LOG_LEVEL: logLevel,
      LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
      GATEWAY_SECRET: gatewaySecret.optional(),
      ...tokenEnvShape,
    },
    {
      HOST: process.env[`${prefix}_HOST`],
      PORT: process.env[`${prefix}_PORT`],
      DATABASE_URL: process.env[`${prefix}_DATABASE_URL`] || undefined,
      DATABASE_POOL_MAX: process.env[`${prefix}_DATABASE_POOL_MAX`] || process.env.DATABASE_POOL_MAX || undefined,
      SHUTDOWN_DELAY_MS: process.env.SHUTDOWN_DELAY_MS || undefined,
      OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
      DATA_DIR: process.env[`${prefix}_DATA_DIR`],
      LOAD_DEMO_DATA: process.env.LOAD_DEMO_DATA,
      LOG_LEVEL: process.env.LOG_LEVEL,
      LOG_FORMAT: process.env.LOG_FORMAT,
      GATEWAY_SECRET: process.env[`${prefix}_GATEWAY_SECRET`] || undefined,
      AUTH_ISSUER: process.env.AUTH_ISSUER,
      AUTH_AUDIENCE: process.env.AUTH_AUDIENCE,
      AUTH_JWKS_URL: process.env.AUTH_JWKS_URL || undefined,
      AUTH_JWKS_PATH: process.env.AUTH_JWKS_PATH,
      AUTH_ALGORITHMS: process.env.AUTH_ALGORITHMS,
    },
  );
  return {
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    shutdownDelayMs: env.SHUTDOWN_DELAY_MS,
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    dataDir: env.DATA_DIR,
    loadDemoData: env.LOAD_DEMO_DATA,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    /** Required to serve (checked at start), not to migrate. */
    gatewaySecret: env.GATEWAY_SECRET,
    secretVariable: `${prefix}_GATEWAY_SECRET`,
    tokens: tokenSettings(env),
    directory: parseDirectoryEnv(prefix, directory),
    directorySecretVariable: `${prefix}_DIRECTORY_SECRET`,
  };
}
