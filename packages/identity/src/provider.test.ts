import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xianyouCounty } from "@linli/demo-county";
import { createTokenVerifier, ensureLocalKeys, InvalidTokenError, readPrivateKey } from "@linli/service-kit/edge";
import * as oauth from "oauth4webapi";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "./accounts";
import { demoAccounts } from "./accounts";
import { createIdentityProvider, WEB_CLIENT_ID } from "./provider";
import { Browser, listenLater } from "./testing";

const PASSWORD = "test-password";
const AUDIENCE = "linli";
const UNIT = "7d3c5f5e-3a53-4d43-9f0b-0b6f4c6f0a11";
const liaison: Account = {
  login: "liaison-test",
  name: "测试单位 联络人",
  grants: [{ role: "unit_liaison", unit: UNIT }],
};
const http = { [oauth.allowInsecureRequests]: true };

let op: Awaited<ReturnType<typeof listenLater>>;
let app: Awaited<ReturnType<typeof listenLater>>;
let as: oauth.AuthorizationServer;
const client: oauth.Client = { client_id: WEB_CLIENT_ID };
let redirectUri: string;

type Settings = Parameters<typeof createIdentityProvider>[0];

async function startProvider(extra: (base: string) => Partial<Settings> = () => ({})) {
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-identity-")));
  const server = await listenLater();
  const identity = createIdentityProvider({
    issuer: server.base,
    audience: AUDIENCE,
    signingKey: readPrivateKey(keys.privateKeyPath),
    redirectUris: [`${app.base}/`],
    postLogoutRedirectUris: [`${app.base}/`],
    accounts: [liaison],
    demoPassword: PASSWORD,
    cookieKeys: ["a-test-cookie-key"],
    ...extra(server.base),
  });
  server.serve(identity.handle);
  return { server, identity, keys };
}

beforeAll(async () => {
  // The web client's origin: only its address is needed, nothing is served there.
  app = await listenLater();
  redirectUri = `${app.base}/`;
  op = (await startProvider()).server;
  const issuer = new URL(op.base);
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, http));
});
afterAll(async () => {
  await op?.[Symbol.asyncDispose]();
  await app?.[Symbol.asyncDispose]();
});

const atRedirect = (url: URL) => url.href.startsWith(redirectUri);

/** The web client's authorization request, with `params` beside its id and redirect URI. */
function authorizationUrl(params: Record<string, string>): URL {
  const url = new URL(as.authorization_endpoint as string);
  url.search = new URLSearchParams({
    client_id: WEB_CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: "code",
    ...params,
  }).toString();
  return url;
}

/** The web page's part: a PKCE authorization request, the login form, the code exchanged. */
async function signIn(browser: Browser, login: string, password: string) {
  return signInWith(browser, (page, html) => browser.submit(page, html, { login, password }, atRedirect));
}

async function signInWith(
  browser: Browser,
  onLoginPage: (page: URL, html: string) => Promise<{ url: URL; page?: Response }>,
) {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = authorizationUrl({
    scope: "openid profile offline_access",
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  });
  const loginPage = await browser.follow(url.href, atRedirect);
  if (!loginPage.page) throw new Error("no login page");
  const html = await loginPage.page.text();
  const back = await onLoginPage(loginPage.url, html);
  if (back.page) return { refused: back.page };
  const params = oauth.validateAuthResponse(as, client, back.url, state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri,
    verifier,
    http,
  );
  return { tokens: await oauth.processAuthorizationCodeResponse(as, client, response, { requireIdToken: true }) };
}

const verifier = () =>
  createTokenVerifier({ issuer: op.base, audience: AUDIENCE, algorithms: ["ES256"], jwksUrl: `${op.base}/jwks` });

describe("the embedded identity provider", () => {
  it("signs a liaison in with Authorization Code and PKCE; the access token verifies as the graph verifies it and carries the grants", async () => {
    const { tokens } = await signIn(new Browser(), liaison.login, PASSWORD);
    expect(tokens?.token_type).toBe("bearer");
    expect(tokens?.expires_in).toBe(600);
    const caller = await verifier()(tokens?.access_token ?? "");
    expect(caller).toEqual({ subject: "liaison-test", grants: [{ role: "unit_liaison", unit: UNIT }] });
    expect(tokens?.refresh_token).toBeTruthy();
  });

  it("refuses a wrong password on its login page and issues no code", async () => {
    const { refused, tokens } = await signIn(new Browser(), liaison.login, "wrong");
    expect(tokens).toBeUndefined();
    expect(refused?.status).toBe(401);
    expect(await refused?.text()).toContain("账号或密码不正确");
  });

  it("refuses an authorization request without PKCE", async () => {
    const url = authorizationUrl({ scope: "openid" });
    const { url: back } = await new Browser().follow(url.href, atRedirect);
    expect(back.searchParams.get("error")).toBe("invalid_request");
    expect(back.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("refreshes the access token with the refresh token, and a token signed by another key does not verify", async () => {
    const { tokens } = await signIn(new Browser(), liaison.login, PASSWORD);
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), tokens?.refresh_token ?? "", http);
    const refreshed = await oauth.processRefreshTokenResponse(as, client, response);
    expect(refreshed.access_token).not.toBe(tokens?.access_token);
    expect((await verifier()(refreshed.access_token)).grants).toEqual(liaison.grants);
    // A second provider with a key of its own: the graph's verifier (this one's JWKS) refuses its tokens.
    const other = await startProvider();
    try {
      const issuer = new URL(other.server.base);
      const otherAs = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, http));
      const saved = as;
      as = otherAs;
      const foreign = await signIn(new Browser(), liaison.login, PASSWORD).finally(() => {
        as = saved;
      });
      await expect(verifier()(foreign.tokens?.access_token ?? "")).rejects.toBeInstanceOf(InvalidTokenError);
    } finally {
      await other.server[Symbol.asyncDispose]();
    }
  });

  it("signs out at end_session: the refresh token is revoked and the next sign-in asks for the password again", async () => {
    const browser = new Browser();
    const { tokens } = await signIn(browser, liaison.login, PASSWORD);
    const logout = new URL(as.end_session_endpoint as string);
    logout.search = new URLSearchParams({
      id_token_hint: tokens?.id_token ?? "",
      post_logout_redirect_uri: redirectUri,
      client_id: WEB_CLIENT_ID,
    }).toString();
    const confirm = await browser.follow(logout.href, atRedirect);
    const done = await browser.submit(confirm.url, (await confirm.page?.text()) ?? "", {}, atRedirect);
    expect(done.url.href).toBe(redirectUri);
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), tokens?.refresh_token ?? "", http);
    await expect(oauth.processRefreshTokenResponse(as, client, response)).rejects.toMatchObject({
      error: "invalid_grant",
    });
    // Signed out: the same browser meets the login page again rather than a code.
    const again = await signIn(browser, liaison.login, "wrong");
    expect(again.refused?.status).toBe(401);
  });

  it("has a demo login for every role of the demo county, each with a valid grant and a login of its own", () => {
    const county = xianyouCounty();
    const accounts = demoAccounts(county);
    expect(new Set(accounts.map((a) => a.login)).size).toBe(accounts.length);
    const roles = new Set(accounts.flatMap((a) => a.grants.map((g) => g.role)));
    expect([...roles].sort()).toEqual(
      [
        "agency_admin",
        "branch_secretary",
        "community_worker",
        "county_admin",
        "property_manager",
        "resident",
        "unit_liaison",
        "volunteer_lead",
      ].sort(),
    );
    const liaisons = accounts.filter((a) => a.grants[0]?.role === "unit_liaison");
    expect(liaisons.map((a) => (a.grants[0] as { unit: string }).unit)).toEqual(county.units.map((u) => u.id));
    expect(accounts.find((a) => a.login === "liaison-01")?.name).toContain(county.units[0]?.name ?? "?");
  });
});

describe("sign-in through an external OIDC issuer", () => {
  it("maps the external account's claims to Linli grants by the configured mapping, and refuses an account no rule matches", async () => {
    const upstream = await listenLater();
    const linli = await startProvider((base) => ({
      accounts: [],
      federation: {
        issuer: upstream.base,
        clientId: "linli",
        clientSecret: "a-secret-of-the-external-issuer",
        displayName: "测试身份源",
        redirectUri: `${base}/federation/callback`,
        mapping: [{ claim: "groups", value: "unit-liaisons", grants: [{ role: "unit_liaison", unit: UNIT }] }],
      },
    }));
    // The external issuer: a second oidc-provider with its development login (any login works).
    const external = new Provider(upstream.base, {
      clients: [
        {
          client_id: "linli",
          client_secret: "a-secret-of-the-external-issuer",
          redirect_uris: [`${linli.server.base}/federation/callback`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      claims: { openid: ["sub"], profile: ["name", "groups"] },
      findAccount: async (_ctx, sub) => ({
        accountId: sub,
        claims: async () => ({
          sub,
          name: `外部 ${sub}`,
          groups: sub === "zhang" ? ["unit-liaisons", "staff"] : ["staff"],
        }),
      }),
      cookies: { keys: ["external-cookie-key"] },
    });
    upstream.serve(external.callback());
    const saved = as;
    try {
      const issuer = new URL(linli.server.base);
      as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, http));
      const linliVerifier = createTokenVerifier({
        issuer: linli.server.base,
        audience: AUDIENCE,
        algorithms: ["ES256"],
        jwksUrl: `${linli.server.base}/jwks`,
      });
      const zhang = await signInExternally(new Browser(), "zhang");
      expect(await linliVerifier(zhang.tokens?.access_token ?? "")).toEqual({
        subject: `${upstream.base}#zhang`,
        grants: [{ role: "unit_liaison", unit: UNIT }],
      });
      const li = await signInExternally(new Browser(), "li");
      expect(li.tokens).toBeUndefined();
      expect(li.refused?.status).toBe(400);
      expect(await li.refused?.text()).toContain("没有角色");
    } finally {
      as = saved;
      await linli.server[Symbol.asyncDispose]();
      await upstream[Symbol.asyncDispose]();
    }
  });
});

/** Linli's login page → the external issuer's login and consent → back to Linli → a code for the web client. */
function signInExternally(browser: Browser, login: string) {
  return signInWith(browser, async (page, html) => {
    const button = /href="([^"]*\/upstream)"/.exec(html)?.[1];
    if (!button) throw new Error("no external sign-in on the login page");
    const externalLogin = await browser.follow(new URL(button, page).href, atRedirect);
    const consent = await browser.submit(
      externalLogin.url,
      (await externalLogin.page?.text()) ?? "",
      { login, password: "any" },
      atRedirect,
    );
    if (consent.page?.status !== 200 || !consent.page) return consent;
    return browser.submit(consent.url, await consent.page.text(), {}, atRedirect);
  });
}
