import type { IncomingMessage, ServerResponse } from "node:http";
import { GRANTS_CLAIM, LOCAL_ALGORITHM } from "@linli/service-kit/edge";
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from "oidc-provider";
import type { Account } from "./accounts";
import { federationRoutes } from "./federation";
import { interactionRoutes } from "./interactions";
import { escapeHtml, page } from "./pages";
import type { IdentitySettings } from "./settings";

export type { IdentitySettings } from "./settings";

/** The web pages' client: public (no secret), Authorization Code with PKCE, refresh tokens. */
export const WEB_CLIENT_ID = "linli-web";
/** The resource indicator of the graph: access tokens for it are JWTs the graph verifies. */
export const GRAPH_RESOURCE = "urn:linli:graph";

export interface IdentityProvider {
  provider: Provider;
  /** The request handler, for `http.createServer`. */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** The accounts by login, demo and federated ones alike. */
  accounts: Map<string, Account>;
}

/**
 * The embedded OpenID Connect provider: oidc-provider (certified) does the protocol; Linli adds
 * its accounts, its login page, and the grants claim in the access token. Storage is
 * oidc-provider's memory adapter (see the README).
 */
export function createIdentityProvider(settings: IdentitySettings): IdentityProvider {
  const accounts = new Map(settings.accounts.map((account) => [account.login, account]));
  const accessTokenTTL = settings.accessTokenTtlSeconds ?? 600;
  const refreshTokenTTL = settings.refreshTokenTtlSeconds ?? 8 * 3_600;
  const webOrigins = new Set(settings.redirectUris.map((uri) => new URL(uri).origin));

  const configuration: Configuration = {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        client_name: "邻里 Linli",
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: settings.redirectUris,
        post_logout_redirect_uris: settings.postLogoutRedirectUris,
        id_token_signed_response_alg: LOCAL_ALGORITHM,
      },
    ],
    jwks: { keys: [{ ...settings.signingKey, use: "sig" }] as never },
    responseTypes: ["code"],
    // Authorization Code with PKCE only: no implicit or hybrid flow, S256 only.
    pkce: { required: () => true },
    scopes: ["openid", "profile", "offline_access"],
    claims: { openid: ["sub"], profile: ["name"] },
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, name: account.name }) };
    },
    // The graph's access token carries the account's grants, read by service-kit's verifier.
    extraTokenClaims: async (_ctx, token) => {
      const account = "accountId" in token ? accounts.get(token.accountId) : undefined;
      return account ? { [GRANTS_CLAIM]: account.grants } : undefined;
    },
    // The web client is the county's own: its sign-in needs no consent screen.
    loadExistingGrant: async (ctx) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      if (client.clientId !== WEB_CLIENT_ID) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile offline_access");
      grant.addResourceScope(GRAPH_RESOURCE, "graph");
      await grant.save();
      return grant;
    },
    // A refresh token whenever the client may use one, without asking for consent to offline_access.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    clientBasedCORS: (_ctx, origin, client) => client.clientId === WEB_CLIENT_ID && webOrigins.has(origin),
    ttl: {
      AccessToken: accessTokenTTL,
      AuthorizationCode: 60,
      IdToken: accessTokenTTL,
      Interaction: 600,
      Grant: refreshTokenTTL,
      Session: refreshTokenTTL,
      RefreshToken: refreshTokenTTL,
    },
    cookies: { keys: settings.cookieKeys },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== GRAPH_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: "graph",
            audience: settings.audience,
            accessTokenTTL,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: LOCAL_ALGORITHM } },
          };
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = page("登录出错", `<p>${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  };

  const provider = new Provider(settings.issuer, configuration);
  // Behind a balancer the issuer's scheme and host come from X-Forwarded-*.
  provider.proxy = true;
  provider.use(interactionRoutes(provider, settings, accounts));
  if (settings.federation) provider.use(federationRoutes(provider, settings.federation, accounts));
  return { provider, handle: provider.callback(), accounts };
}

/** RP-initiated logout signs out at once: the page asked for it, and the form carries its xsrf. */
async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  ctx.type = "html";
  ctx.body = page(
    "退出登录",
    `${form.replace("</form>", '<input type="hidden" name="logout" value="yes"/></form>')}
    <p>正在退出登录…</p><button type="submit" form="op.logoutForm">退出登录</button>
    <script nonce="${ctx.state.cspNonce ?? ""}">document.forms[0].submit()</script>`,
  );
}
