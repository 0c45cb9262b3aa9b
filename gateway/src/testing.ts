import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { supergraphPath } from "@linli/schema/paths";
import {
  createTokenVerifier,
  ensureLocalKeys,
  LOCAL_ALGORITHM,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type Logger,
  type TokenVerifier,
} from "@linli/service-kit";
import { afterAll, beforeAll } from "vitest";
import { createGatewayServer, type GatewayOptions, type GatewayServer } from "./server";

/** What a stand-in subgraph does with one request. */
export type Behaviour =
  /** Answers, once `after` (if given) has settled: a gate that keeps calls in flight. */
  | { kind: "answer"; data: unknown; errors?: unknown[]; after?: Promise<unknown> }
  | { kind: "status"; status: number }
  | { kind: "hang" };

export interface SeenRequest {
  headers: IncomingHttpHeaders;
  query: string;
}

/**
 * A tiny HTTP server standing in for one subgraph: it answers, fails or never answers, as
 * told, and remembers what it was asked. `/ready` follows the same behaviour.
 */
export class FakeSubgraph {
  readonly seen: SeenRequest[] = [];
  behaviour: (query: string, headers: IncomingHttpHeaders) => Behaviour = () => ({ kind: "answer", data: {} });
  private server: Server | undefined;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const query =
          request.url === "/ready" ? "ready" : ((JSON.parse(body || "{}") as { query?: string }).query ?? "");
        if (request.url !== "/ready") this.seen.push({ headers: request.headers, query });
        const behaviour = this.behaviour(query, request.headers);
        if (behaviour.kind === "hang") return;
        if (behaviour.kind === "status") {
          response
            .writeHead(behaviour.status, { "content-type": "text/plain" })
            .end("upstream trouble at 10.0.0.7:5432");
          return;
        }
        const answer = () => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(
            JSON.stringify({ data: behaviour.data, ...(behaviour.errors ? { errors: behaviour.errors } : {}) }),
          );
        };
        if (behaviour.after) void behaviour.after.then(answer, answer);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, "127.0.0.1", resolve));
    const address = this.server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
    return this;
  }

  /** Stops listening and drops every connection, hung ones included. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export const testSecrets = {
  party: "party-secret-0123456789abcdef0123456789",
  property: "property-secret-0123456789abcdef012345",
  units: "units-secret-0123456789abcdef0123456789",
  volunteer: "volunteer-secret-0123456789abcdef01234",
};

/** Subgraph settings from records by name, as the tests give them. */
export const settingsByName =
  (urls: Record<string, string>, secrets: Record<string, string> = testSecrets) =>
  (name: string) => ({ url: urls[name], secret: secrets[name] });

/** A signing key of its own and the verifier the gateway uses for it. */
export async function localVerifier() {
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-gateway-keys-")));
  const verifyToken = createTokenVerifier({
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    algorithms: [LOCAL_ALGORITHM],
    jwksPath: keys.jwksPath,
  });
  return { keys, verifyToken };
}

export type Agencies = Record<"party" | "property" | "units" | "volunteer", FakeSubgraph>;

export const fakeAgencies = (): Agencies => ({
  party: new FakeSubgraph(),
  property: new FakeSubgraph(),
  units: new FakeSubgraph(),
  volunteer: new FakeSubgraph(),
});

/**
 * For a describe block: four stand-in agencies and a gateway over them, started before its
 * tests (unless `skip`) and stopped after. `setup` tells the fakes what to answer.
 */
export function useGatewayOverFakes(
  options: () => { logger: Logger; verifyToken: TokenVerifier } & Partial<GatewayOptions>,
  { setup, skip = false }: { setup?: (fakes: Agencies) => void; skip?: boolean } = {},
) {
  const fakes = fakeAgencies();
  let server: GatewayServer | undefined;
  const handle = {
    fakes,
    url: "",
    base: "",
    /** The gateway itself (its readiness, its metrics), once started. */
    server: (): GatewayServer => {
      if (!server) throw new Error("the gateway has not started");
      return server;
    },
  };
  beforeAll(async () => {
    if (skip) return;
    await Promise.all(Object.values(fakes).map((fake) => fake.start()));
    setup?.(fakes);
    ({ server, url: handle.url, base: handle.base } = await gatewayOverFakes(fakes, options()));
  });
  afterAll(async () => {
    await server?.close();
    await Promise.all(Object.values(fakes).map((fake) => fake.stop()));
  });
  return handle;
}

/** A gateway in this process over four stand-in subgraphs. */
export async function gatewayOverFakes(
  fakes: Agencies,
  options: { logger: Logger; verifyToken: TokenVerifier } & Partial<GatewayOptions>,
): Promise<{ server: GatewayServer; url: string; base: string }> {
  const server = await createGatewayServer({
    supergraphSdl: readFileSync(supergraphPath, "utf8"),
    subgraphSettings: settingsByName(Object.fromEntries(Object.entries(fakes).map(([name, fake]) => [name, fake.url]))),
    ...options,
  });
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  return { server, url, base: url.replace(/\/graphql$/, "") };
}

export const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
