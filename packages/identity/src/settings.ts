import type { JWK } from "jose";
import type { Account } from "./accounts";
import type { Federation } from "./federation";

export interface IdentitySettings {
  /** The issuer URL; the gateway and subgraphs must verify with this AUTH_ISSUER. */
  issuer: string;
  /** The access tokens' `aud`, the gateway's and subgraphs' AUTH_AUDIENCE. */
  audience: string;
  /** The private signing key (ES256 JWK with a kid); its public half is published at /jwks. */
  signingKey: JWK;
  /** Where the web client may be sent back after sign-in and sign-out. */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  accounts: readonly Account[];
  /** Every demo account signs in with this password; none: demo logins are off. */
  demoPassword?: string | undefined;
  /** Keys for signing the provider's cookies; the first signs, all verify. */
  cookieKeys: string[];
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** An external OIDC issuer people may sign in with instead (see federation.ts). */
  federation?: Federation | undefined;
}
