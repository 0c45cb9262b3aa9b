import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  LOCAL_AUDIENCE,
  LOCAL_IDENTITY_PORT,
  LOCAL_ISSUER,
  LOCAL_KEYS_DIR,
  logLevel,
  parseEnv,
  port,
} from "@linli/service-kit/edge";
import type { JWK } from "jose";
import { z } from "zod";
import { claimMappingSchema, type Federation } from "./federation";

const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()).min(1));

const env = parseEnv({
  IDENTITY_PORT: port(LOCAL_IDENTITY_PORT),
  IDENTITY_HOST: z.string().default("127.0.0.1"),
  /** Its public URL: the `iss` of every token, the AUTH_ISSUER the graph verifies. */
  IDENTITY_ISSUER: z.url().default(LOCAL_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(LOCAL_AUDIENCE),
  /** The private ES256 JWK it signs with (`pnpm start` makes the local one). */
  IDENTITY_SIGNING_KEY_PATH: z.string().default(`${LOCAL_KEYS_DIR}/signing-key.json`),
  /** Where the web pages live (sign-in and sign-out come back there). */
  IDENTITY_WEB_REDIRECT_URIS: list("http://127.0.0.1:4000/,http://localhost:5173/"),
  /** The demo logins' one password; empty turns the demo logins off (production). */
  IDENTITY_DEMO_PASSWORD: z.string().default("linli-demo"),
  /** Comma-separated cookie keys (the first signs); random per run when absent. */
  IDENTITY_COOKIE_KEYS: z.string().optional(),
  IDENTITY_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3_600).default(600),
  /** An external issuer to sign in with: all of these, or none. */
  IDENTITY_UPSTREAM_ISSUER: z.url().optional(),
  IDENTITY_UPSTREAM_CLIENT_ID: z.string().optional(),
  IDENTITY_UPSTREAM_CLIENT_SECRET: z.string().optional(),
  IDENTITY_UPSTREAM_NAME: z.string().default("外部账号"),
  IDENTITY_UPSTREAM_SCOPE: z.string().default("openid profile"),
  /** The mapping from its claims to Linli's grants, as JSON (see federation.ts). */
  IDENTITY_UPSTREAM_GRANTS: z.string().optional(),
  LOG_LEVEL: logLevel,
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
});

function federation(): Federation | undefined {
  if (!env.IDENTITY_UPSTREAM_ISSUER) return undefined;
  const problems: string[] = [];
  if (!env.IDENTITY_UPSTREAM_CLIENT_ID) problems.push("IDENTITY_UPSTREAM_CLIENT_ID is required");
  const mapping = claimMappingSchema.safeParse(safeJson(env.IDENTITY_UPSTREAM_GRANTS));
  if (!mapping.success)
    problems.push(`IDENTITY_UPSTREAM_GRANTS: ${mapping.error.issues.map((i) => i.message).join("; ")}`);
  if (problems.length > 0 || !mapping.success) {
    process.stderr.write(`Invalid environment:\n  ${problems.join("\n  ")}\n`);
    process.exit(1);
  }
  return {
    issuer: env.IDENTITY_UPSTREAM_ISSUER,
    clientId: env.IDENTITY_UPSTREAM_CLIENT_ID as string,
    clientSecret: env.IDENTITY_UPSTREAM_CLIENT_SECRET,
    displayName: env.IDENTITY_UPSTREAM_NAME,
    redirectUri: new URL("/federation/callback", env.IDENTITY_ISSUER).href,
    scope: env.IDENTITY_UPSTREAM_SCOPE,
    mapping: mapping.data,
  };
}

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return "not JSON";
  }
}

const redirectUris = env.IDENTITY_WEB_REDIRECT_URIS;

/** The only place the identity provider reads its environment. */
export const config = {
  port: env.IDENTITY_PORT,
  host: env.IDENTITY_HOST,
  issuer: env.IDENTITY_ISSUER,
  audience: env.AUTH_AUDIENCE,
  signingKey: JSON.parse(readFileSync(env.IDENTITY_SIGNING_KEY_PATH, "utf8")) as JWK,
  redirectUris,
  demoPassword: env.IDENTITY_DEMO_PASSWORD || undefined,
  cookieKeys: env.IDENTITY_COOKIE_KEYS?.split(",") ?? [randomBytes(32).toString("base64url")],
  accessTokenTtlSeconds: env.IDENTITY_ACCESS_TOKEN_TTL_SECONDS,
  federation: federation(),
  logLevel: env.LOG_LEVEL,
  logFormat: env.LOG_FORMAT,
};
