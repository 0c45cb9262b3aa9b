import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { accessToken } from "./auth";
import { errorMeaning } from "./labels";

export interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** A request the graph refused or could not answer, with its stable code and the code's meaning. */
export class GraphRequestError extends Error {
  constructor(
    readonly code: string,
    readonly errors: GraphError[],
  ) {
    super(errorMeaning(code));
  }

  /** The input field a BAD_USER_INPUT names (`extensions.field`, a path inside `input`), if any. */
  get field(): string | undefined {
    const field = this.errors[0]?.extensions?.field;
    return typeof field === "string" && field ? field : undefined;
  }
}

export interface Answer<TData> {
  data: TData;
  /** Errors of parts of the answer (e.g. a list the caller may not see) beside data that did come. */
  partial: GraphError[];
}

const TOKEN_KEY = "linli.token";

/**
 * The bearer token: the one from signing in at the identity provider (in memory, auth.ts), or —
 * for development and scripts' tokens — a pasted one, kept in this tab's sessionStorage only.
 */
export const session = {
  token: (): string | null => accessToken() ?? sessionStorage.getItem(TOKEN_KEY),
  signIn: (token: string) => sessionStorage.setItem(TOKEN_KEY, token.trim()),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Sends one typed operation to `/graphql`; the answer is never cached (personal data may be in it). */
export async function request<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { signedIn?: boolean } = {},
): Promise<Answer<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const token = options.signedIn ? session.token() : null;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      cache: "no-store",
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new GraphRequestError("NETWORK", []);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TData | null; errors?: GraphError[] };
  const errors = body.errors ?? [];
  if (!body.data) throw new GraphRequestError(errors[0]?.extensions?.code ?? `HTTP_${response.status}`, errors);
  // A mutation's refusal comes with `data: { field: null }`: the whole answer failed.
  const fields = Object.values(body.data as Record<string, unknown>);
  if (errors.length > 0 && fields.every((value) => value === null)) {
    throw new GraphRequestError(errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR", errors);
  }
  return { data: body.data, partial: errors };
}

// The gateway's codes for an agency that did not answer (its fields are null in the answer), and a
// field computed from another agency's data that did not arrive. A refusal (UNAUTHENTICATED,
// FORBIDDEN) is not an outage: a page asks only for what its reader may see.
const OUTAGE_CODES = new Set([
  "SUBGRAPH_UNAVAILABLE",
  "SUBGRAPH_TIMEOUT",
  "DEPENDENCY_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
]);

/** The agencies whose part of an answer is missing because they are down (by `extensions.serviceName`). */
export function outages(errors: GraphError[]): string[] {
  const down = errors.filter((error) => OUTAGE_CODES.has(error.extensions?.code ?? ""));
  return [...new Set(down.map((error) => String(error.extensions?.serviceName ?? "")))];
}

/** A mutation's answer: `request` has already thrown when the mutation answered null. */
export function answered<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new GraphRequestError("INTERNAL_SERVER_ERROR", []);
  return value;
}

/** The grants a token claims, read only to choose what to show; the graph verifies the token itself. */
export function tokenGrants(token: string): { role: string; unit?: string }[] {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
    return Array.isArray(claims.linli_grants) ? claims.linli_grants : [];
  } catch {
    return [];
  }
}
