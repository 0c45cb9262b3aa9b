import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from "jose";
import { z } from "zod";
import { ANONYMOUS, type Caller, GRANTS_CLAIM, type Grant, grantSchema } from "./caller";

export interface TokenSettings {
  issuer: string;
  audience: string;
  /** Accepted signing algorithms; anything else (including `none`) is refused. */
  algorithms: string[];
  /** Production: the identity provider's JWKS endpoint. */
  jwksUrl?: string | undefined;
  /** Local: a JWKS file (written by `pnpm start` / `pnpm token`). */
  jwksPath?: string | undefined;
}

/** The embedded identity provider's port under `pnpm start` (packages/identity). */
export const LOCAL_IDENTITY_PORT = 4010;
/** The local issuer: the embedded identity provider, and `pnpm token`, which signs with its key. */
export const LOCAL_ISSUER = `http://127.0.0.1:${LOCAL_IDENTITY_PORT}`;
export const LOCAL_AUDIENCE = "linli";
export const LOCAL_ALGORITHM = "ES256";

/** A token that is present but not acceptable: expired, forged, wrong issuer or audience … */
export class InvalidTokenError extends Error {}

const claimsSchema = z.object({
  sub: z.string().min(1),
  [GRANTS_CLAIM]: z.array(grantSchema).max(50).default([]),
});

/** Verifies bearer tokens and turns their claims into a Caller. */
export function createTokenVerifier(settings: TokenSettings) {
  const keys: JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : createLocalJWKSet(readJwks(settings.jwksPath));
  return async (token: string): Promise<Caller> => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        requiredClaims: ["exp", "sub"],
        clockTolerance: 5,
      });
      const claims = claimsSchema.parse(payload);
      return { subject: claims.sub, grants: claims[GRANTS_CLAIM] };
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : "invalid token");
    }
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;

/**
 * The caller behind an `Authorization` header: anonymous without one, a verified caller with
 * a valid `Bearer` token, and InvalidTokenError for anything else.
 */
export async function callerFromAuthorization(header: string | undefined, verify: TokenVerifier): Promise<Caller> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  if (!match?.[1]) throw new InvalidTokenError("the Authorization header is not a Bearer token");
  return verify(match[1]);
}

function readJwks(path: string | undefined): { keys: JWK[] } {
  if (!path) throw new Error("No token keys configured: set AUTH_JWKS_URL or AUTH_JWKS_PATH");
  return JSON.parse(readFileSync(path, "utf8")) as { keys: JWK[] };
}

export interface LocalKeys {
  jwksPath: string;
  privateKeyPath: string;
}

/**
 * The local signing key pair, made once in `dir`: `signing-key.json` (private, for `pnpm token`)
 * and `jwks.json` (public, for the gateway and subgraphs). For local use only.
 */
export async function ensureLocalKeys(dir: string): Promise<LocalKeys> {
  const privateKeyPath = join(dir, "signing-key.json");
  const jwksPath = join(dir, "jwks.json");
  if (!existsSync(privateKeyPath) || !existsSync(jwksPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { publicKey, privateKey } = await generateKeyPair(LOCAL_ALGORITHM, { extractable: true });
    const kid = `local-${Date.now().toString(36)}`;
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: LOCAL_ALGORITHM };
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: LOCAL_ALGORITHM, use: "sig" };
    writeFileSync(privateKeyPath, JSON.stringify(privateJwk), { mode: 0o600 });
    writeFileSync(jwksPath, JSON.stringify({ keys: [publicJwk] }));
  }
  return { jwksPath, privateKeyPath };
}

export interface TokenRequest {
  subject: string;
  grants: Grant[];
  issuer?: string;
  audience?: string;
  /** jose time span, e.g. "8h". */
  expiresIn?: string;
}

/** Signs a token with a private JWK (the local key, or a test's). */
export async function signToken(privateJwk: JWK, request: TokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, privateJwk.alg ?? LOCAL_ALGORITHM);
  return new SignJWT({ [GRANTS_CLAIM]: grantSchema.array().parse(request.grants) })
    .setProtectedHeader({ alg: privateJwk.alg ?? LOCAL_ALGORITHM, ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) })
    .setSubject(request.subject)
    .setIssuer(request.issuer ?? LOCAL_ISSUER)
    .setAudience(request.audience ?? LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? "8h")
    .sign(key);
}

export const readPrivateKey = (path: string): JWK => JSON.parse(readFileSync(path, "utf8")) as JWK;
