import * as oauth from "oauth4webapi";

/**
 * Sign-in at the county's OpenID Connect provider: Authorization Code with PKCE (oauth4webapi),
 * tokens kept in this module's memory only — never in localStorage or sessionStorage, where any
 * script of the origin could read them later. Only the PKCE verifier and state cross the one
 * redirect to the provider (in sessionStorage), and are deleted on the way back. A reload
 * forgets the tokens; signing in again is a redirect without a password while the provider's
 * session lasts.
 */
interface SignInSettings {
  issuer: string;
  clientId: string;
}

interface Tokens {
  access: string;
  refresh: string | undefined;
  idToken: string | undefined;
}

const PENDING_KEY = "linli.sign-in";
/** Refresh this long before the access token expires (or at 80 % of a shorter life). */
const REFRESH_LEAD_MS = 60_000;

let settings: Promise<SignInSettings | null> | undefined;
let server: Promise<oauth.AuthorizationServer> | undefined;
let tokens: Tokens | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/** Where the gateway says the pages sign in; null when it offers no sign-in. */
export function signInSettings(): Promise<SignInSettings | null> {
  settings ??= fetch("/sign-in.json", { cache: "no-store" }).then(
    (response) => (response.ok ? (response.json() as Promise<SignInSettings>) : null),
    () => null,
  );
  return settings;
}

// Plain http only for a provider on this machine (`pnpm start`, the tests).
const insecure = (issuer: URL) =>
  issuer.protocol === "http:" && ["127.0.0.1", "localhost"].includes(issuer.hostname)
    ? { [oauth.allowInsecureRequests]: true }
    : {};

async function provider(): Promise<{ as: oauth.AuthorizationServer; client: oauth.Client; options: object }> {
  const found = await signInSettings();
  if (!found) throw new Error("sign-in is not configured");
  const issuer = new URL(found.issuer);
  const options = insecure(issuer);
  server ??= oauth
    .discoveryRequest(issuer, { algorithm: "oidc", ...options })
    .then((response) => oauth.processDiscoveryResponse(issuer, response));
  return { as: await server, client: { client_id: found.clientId }, options };
}

const redirectUri = () => `${location.origin}/`;

/** The bearer token of the signed-in person, or null. */
export const accessToken = (): string | null => tokens?.access ?? null;

/** Sends the browser to the provider's login page; `returnTo` is the hash to come back to. */
export async function beginSignIn(returnTo: string): Promise<void> {
  const { as, client } = await provider();
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(as.authorization_endpoint ?? "");
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri(),
    response_type: "code",
    scope: "openid profile offline_access",
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.href);
}

/**
 * On the way back from the provider (`/?code=…&state=…`): exchanges the code, keeps the tokens
 * in memory and puts the page back on the hash it signed in from. False when this is no return.
 */
export async function completeSignIn(): Promise<boolean> {
  const callback = new URL(location.href);
  if (!callback.searchParams.has("state")) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as {
    verifier: string;
    state: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(PENDING_KEY);
  // The code leaves the address bar (and the history) at once.
  history.replaceState(null, "", `/${pending?.returnTo ?? ""}`);
  if (!pending) throw new Error("no sign-in was in progress");
  const { as, client, options } = await provider();
  const params = oauth.validateAuthResponse(as, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
    options,
  );
  keep(await oauth.processAuthorizationCodeResponse(as, client, response, { requireIdToken: true }));
  return true;
}

function keep(answer: oauth.TokenEndpointResponse) {
  tokens = {
    access: answer.access_token,
    refresh: answer.refresh_token ?? tokens?.refresh,
    idToken: answer.id_token ?? tokens?.idToken,
  };
  clearTimeout(refreshTimer);
  const lifeMs = (answer.expires_in ?? 600) * 1_000;
  refreshTimer = setTimeout(() => void refresh(), lifeMs - Math.min(REFRESH_LEAD_MS, lifeMs * 0.2));
}

/** A fresh access token before this one expires; signed out when the provider refuses. */
async function refresh(): Promise<void> {
  const current = tokens;
  if (!current?.refresh) return;
  try {
    const { as, client, options } = await provider();
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), current.refresh, options);
    keep(await oauth.processRefreshTokenResponse(as, client, response));
  } catch {
    tokens = null;
  }
}

/**
 * Forgets the tokens and, when signed in at the provider, ends the session there too (its
 * grant and refresh token are revoked), coming back to the front page. False when there was no
 * provider session to end.
 */
export async function endSession(): Promise<boolean> {
  const current = tokens;
  tokens = null;
  clearTimeout(refreshTimer);
  if (!current) return false;
  const { as, client } = await provider();
  if (!as.end_session_endpoint) return false;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    post_logout_redirect_uri: redirectUri(),
    ...(current.idToken ? { id_token_hint: current.idToken } : {}),
  }).toString();
  location.assign(url.href);
  return true;
}
