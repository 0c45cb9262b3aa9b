import type { Caller, TokenVerifier } from "@linli/service-kit/edge";

export interface VerifiedTokenSettings {
  /** How long a verified token is trusted without checking its signature again (ms); never past its `exp`. */
  ttlMs: number;
  /** Tokens remembered at most; the oldest is forgotten first. */
  max: number;
}

/** The `exp` claim of a token whose signature has just been verified (ms since the epoch). */
function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      exp?: unknown;
    };
    return typeof payload.exp === "number" ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/**
 * A dashboard sends the same token with every request; checking its signature each time
 * costs more CPU than the rest of the gateway's own work. A token verified once is trusted
 * for `ttlMs` (and never after it expires); a token that fails is never remembered, so a bad
 * one is refused every time.
 */
export function rememberVerifiedTokens(verify: TokenVerifier, settings: VerifiedTokenSettings): TokenVerifier {
  const verified = new Map<string, { caller: Caller; until: number }>();
  return async (token) => {
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return known.caller;
    if (known) verified.delete(token);
    const caller = await verify(token);
    const until = Math.min(now + settings.ttlMs, expiresAt(token));
    if (until > now && settings.max > 0) {
      if (verified.size >= settings.max) verified.delete(verified.keys().next().value as string);
      verified.set(token, { caller, until });
    }
    return caller;
  };
}
