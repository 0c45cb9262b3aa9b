import { createHash, timingSafeEqual } from "node:crypto";

/** The header by which the gateway proves a request came through it; one secret per subgraph. */
export const GATEWAY_SECRET_HEADER = "x-linli-gateway-secret";

/** Constant-time comparison, so the secret cannot be guessed byte by byte from timings. */
export function secretMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== "string") return false;
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
