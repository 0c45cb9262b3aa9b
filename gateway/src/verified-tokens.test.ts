import { type Caller, InvalidTokenError } from "@linli/service-kit";
import { describe, expect, it } from "vitest";
import { rememberVerifiedTokens } from "./verified-tokens";

/** An unsigned token shape carrying `exp`; the verifier under test decides whether it is valid. */
const tokenExpiringAt = (exp: number, subject = "alice") =>
  `e30.${Buffer.from(JSON.stringify({ sub: subject, exp })).toString("base64url")}.sig`;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3_600;

function countingVerifier(valid: (token: string) => boolean) {
  const calls: string[] = [];
  const verify = async (token: string): Promise<Caller> => {
    calls.push(token);
    if (!valid(token)) throw new InvalidTokenError("bad signature");
    return { subject: token, grants: [] };
  };
  return { calls, verify };
}

describe("remembering verified tokens", () => {
  it("verifies a token once and answers its caller from memory after that", async () => {
    const { calls, verify } = countingVerifier(() => true);
    const remembered = rememberVerifiedTokens(verify, { ttlMs: 60_000, max: 10 });
    const token = tokenExpiringAt(inAnHour());
    expect(await remembered(token)).toEqual({ subject: token, grants: [] });
    expect(await remembered(token)).toEqual({ subject: token, grants: [] });
    expect(calls).toHaveLength(1);
  });

  it("never remembers a token that failed: it is refused every time", async () => {
    const { calls, verify } = countingVerifier(() => false);
    const remembered = rememberVerifiedTokens(verify, { ttlMs: 60_000, max: 10 });
    const token = tokenExpiringAt(inAnHour());
    await expect(remembered(token)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(remembered(token)).rejects.toBeInstanceOf(InvalidTokenError);
    expect(calls).toHaveLength(2);
  });

  it("never trusts a remembered token past its expiry", async () => {
    const { calls, verify } = countingVerifier(() => true);
    const remembered = rememberVerifiedTokens(verify, { ttlMs: 60_000, max: 10 });
    const expired = tokenExpiringAt(Math.floor(Date.now() / 1000) - 1);
    await remembered(expired);
    await remembered(expired);
    expect(calls).toHaveLength(2);
  });

  it("verifies again once the memory's time is up, and forgets the oldest token when full", async () => {
    const { calls, verify } = countingVerifier(() => true);
    const short = rememberVerifiedTokens(verify, { ttlMs: 1, max: 10 });
    const token = tokenExpiringAt(inAnHour());
    await short(token);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await short(token);
    expect(calls).toHaveLength(2);

    calls.length = 0;
    const small = rememberVerifiedTokens(verify, { ttlMs: 60_000, max: 2 });
    const [a, b, c] = ["a", "b", "c"].map((subject) => tokenExpiringAt(inAnHour(), subject)) as [
      string,
      string,
      string,
    ];
    for (const token of [a, b, c, b, c, a]) await small(token);
    expect(calls).toEqual([a, b, c, a]);
  });
});
