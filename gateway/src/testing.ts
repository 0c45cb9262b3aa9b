import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { supergraphPath } from "@linli/schema";
import type { Logger, TokenVerifier } from "@linli/service-kit";
import { createGatewayServer, type GatewayOptions, type GatewayServer } from "./server";

/** What a stand-in subgraph does with one request. */
export type Behaviour =
  | { kind: "answer"; data: unknown; errors?: unknown[] }
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
  behaviour: (query: string) => Behaviour = () => ({ kind: "answer", data: {} });
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
        const behaviour = this.behaviour(query);
        if (behaviour.kind === "hang") return;
        if (behaviour.kind === "status") {
          response
            .writeHead(behaviour.status, { "content-type": "text/plain" })
            .end("upstream trouble at 10.0.0.7:5432");
          return;
        }
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ data: behaviour.data, ...(behaviour.errors ? { errors: behaviour.errors } : {}) }),
        );
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

/** A gateway in this process over four stand-in subgraphs. */
export async function gatewayOverFakes(
  fakes: Record<"party" | "property" | "units" | "volunteer", FakeSubgraph>,
  options: { logger: Logger; verifyToken: TokenVerifier } & Partial<GatewayOptions>,
): Promise<{ server: GatewayServer; url: string; base: string }> {
  const server = await createGatewayServer({
    supergraphSdl: readFileSync(supergraphPath, "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(fakes).map(([name, fake]) => [name, fake.url])),
    subgraphSecrets: testSecrets,
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
