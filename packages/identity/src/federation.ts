import { type Grant, grantSchema } from "@linli/service-kit/edge";
import * as oauth from "oauth4webapi";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import { z } from "zod";
import type { Account } from "./accounts";
import { escapeHtml, page, redirect } from "./pages";

/**
 * Which Linli grants an external account gets: every rule whose claim has the value (equal to a
 * string claim, or one of an array claim's items, e.g. a `groups` claim) adds its grants.
 */
export const claimMappingSchema = z
  .array(z.object({ claim: z.string().min(1), value: z.string().min(1), grants: z.array(grantSchema).min(1) }))
  .min(1);
export type ClaimMapping = z.infer<typeof claimMappingSchema>;

/** An external OpenID Connect issuer that people sign in with; Linli still issues the graph's tokens. */
export interface Federation {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret?: string | undefined;
  /** Its name on the login button (e.g. 浙政钉). */
  displayName: string;
  /** `<this issuer>/federation/callback`, registered at the external issuer. */
  redirectUri: string;
  scope?: string;
  mapping: ClaimMapping;
}

/** The grants the mapping gives an external account's claims; none when no rule matches. */
export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): Grant[] {
  const grants: Grant[] = [];
  for (const rule of mapping) {
    const value = claims[rule.claim];
    const matches = Array.isArray(value) ? value.includes(rule.value) : value === rule.value;
    if (matches) grants.push(...rule.grants);
  }
  return grants;
}

interface Pending {
  uid: string;
  verifier: string;
  nonce: string;
  createdAt: number;
  /** Set once the external issuer answered: the account to sign in, or why not. */
  outcome?: { accountId: string } | { error: string };
}

const PENDING_MS = 10 * 60_000;
const CALLBACK_PATH = "/federation/callback";
const START = /^\/interaction\/([\w-]+)\/upstream(\/done)?$/;

/**
 * Sign-in through the external issuer, as a relying party with oauth4webapi (discovery, PKCE,
 * ID token validation against its JWKS): the external account's claims become a Linli account
 * whose grants the mapping decides, and the embedded provider signs the graph's tokens as for a
 * demo login. The external issuer's callback cannot see the interaction's cookie (it is scoped
 * to `/interaction/<uid>`), so the callback stores the outcome and sends the browser back there.
 */
export function federationRoutes(provider: Provider, federation: Federation, accounts: Map<string, Account>) {
  const client: oauth.Client = { client_id: federation.clientId };
  const clientAuth = federation.clientSecret ? oauth.ClientSecretPost(federation.clientSecret) : oauth.None();
  const issuerUrl = new URL(federation.issuer);
  // Plain http only for a local issuer (a test's or a developer's).
  const allowHttp = issuerUrl.protocol === "http:" && ["127.0.0.1", "localhost"].includes(issuerUrl.hostname);
  const options = allowHttp ? { [oauth.allowInsecureRequests]: true } : {};
  let discovered: Promise<oauth.AuthorizationServer> | undefined;
  const server = () => {
    discovered ??= oauth
      .discoveryRequest(issuerUrl, { algorithm: "oidc", ...options })
      .then((response) => oauth.processDiscoveryResponse(issuerUrl, response))
      .catch((error) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const pending = new Map<string, Pending>();
  const sweep = () => {
    for (const [state, entry] of pending) if (Date.now() - entry.createdAt > PENDING_MS) pending.delete(state);
  };

  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => {
    if (ctx.method !== "GET") return next();
    if (ctx.path === CALLBACK_PATH) {
      const state = ctx.query.state;
      const entry = typeof state === "string" ? pending.get(state) : undefined;
      if (!entry || typeof state !== "string") return fail(ctx, "登录请求已过期，请重新登录。");
      entry.outcome = await signInUpstream(new URL(ctx.href), state, entry).catch((error: Error) => ({
        error: error.message,
      }));
      return redirect(ctx, `/interaction/${entry.uid}/upstream/done?state=${encodeURIComponent(state)}`);
    }
    const match = START.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.uid !== match[1]) return next();
    if (!match[2]) {
      sweep();
      const as = await server();
      const state = oauth.generateRandomState();
      const entry: Pending = {
        uid: details.uid,
        verifier: oauth.generateRandomCodeVerifier(),
        nonce: oauth.generateRandomNonce(),
        createdAt: Date.now(),
      };
      pending.set(state, entry);
      const url = new URL(as.authorization_endpoint ?? "");
      url.search = new URLSearchParams({
        client_id: federation.clientId,
        redirect_uri: federation.redirectUri,
        response_type: "code",
        scope: federation.scope ?? "openid profile",
        state,
        nonce: entry.nonce,
        code_challenge: await oauth.calculatePKCECodeChallenge(entry.verifier),
        code_challenge_method: "S256",
      }).toString();
      return redirect(ctx, url.href);
    }
    const state = typeof ctx.query.state === "string" ? ctx.query.state : "";
    const entry = pending.get(state);
    pending.delete(state);
    if (!entry?.outcome || entry.uid !== details.uid) return fail(ctx, "登录请求已过期，请重新登录。");
    if ("error" in entry.outcome) return fail(ctx, entry.outcome.error);
    const result = { login: { accountId: entry.outcome.accountId } };
    return redirect(
      ctx,
      await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }),
    );
  };

  async function signInUpstream(callback: URL, state: string, entry: Pending) {
    const as = await server();
    const params = oauth.validateAuthResponse(as, client, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      params,
      federation.redirectUri,
      entry.verifier,
      options,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: entry.nonce,
      requireIdToken: true,
    });
    const idClaims = oauth.getValidatedIdTokenClaims(tokens);
    if (!idClaims) throw new Error("the external issuer sent no ID token");
    // Claims such as groups are often only at the userinfo endpoint.
    const info = as.userinfo_endpoint
      ? await oauth.processUserInfoResponse(
          as,
          client,
          idClaims.sub,
          await oauth.userInfoRequest(as, client, tokens.access_token, options),
        )
      : {};
    const claims: Record<string, unknown> = { ...idClaims, ...info };
    const grants = mapClaims(claims, federation.mapping);
    if (grants.length === 0) return { error: "这个账号在邻里没有角色，请联系管理员。" };
    // The external subject, qualified by its issuer, so it can never be taken for a demo login.
    const login = `${federation.issuer}#${idClaims.sub}`;
    const name = typeof claims.name === "string" ? claims.name : idClaims.sub;
    accounts.set(login, { login, name, grants });
    return { accountId: login };
  }
}

function fail(ctx: KoaContextWithOIDC, message: string) {
  ctx.status = 400;
  ctx.type = "html";
  ctx.body = page("登录失败", `<p class="error" role="alert">${escapeHtml(message)}</p>`);
}
