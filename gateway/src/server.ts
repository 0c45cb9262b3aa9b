import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyStatic from "@fastify/static";
import { callerFromAuthorization, InvalidTokenError, type Logger, type TokenVerifier } from "@linli/service-kit";
import Fastify from "fastify";
import { AgencyDataSource, formatGatewayError, type GatewayContext } from "./errors";

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the supergraph's routing URLs. */
  subgraphUrls: Record<string, string>;
  /** Each subgraph's own gateway secret, by subgraph name. */
  subgraphSecrets: Record<string, string>;
  /** Verifies callers' tokens before anything is planned or fetched. */
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Apollo usage/schema reporting and @apollo/gateway's telemetry. Off unless asked for. */
  apolloReporting?: boolean;
  /** A folder of built web pages (packages/web/dist) to serve at `/`; none serves no pages. */
  webRoot?: string | undefined;
}

export interface GatewayServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

/** How long `/ready` waits for each subgraph. */
const READY_TIMEOUT_MS = 2_000;

export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { logger, subgraphUrls } = options;
  if (!options.apolloReporting) {
    // @apollo/gateway sends host, OS and CPU metrics to Apollo unless this is set before it is built.
    process.env.APOLLO_TELEMETRY_DISABLED = "true";
  }

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      const secret = options.subgraphSecrets[name];
      if (!target) throw new Error(`No URL configured for subgraph "${name}"`);
      if (!secret) throw new Error(`No gateway secret configured for subgraph "${name}"`);
      return new AgencyDataSource(name, target, secret, logger);
    },
  });

  const app = Fastify({ logger: false, bodyLimit: 1_048_576, genReqId: () => randomUUID() });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError(logger),
    logger,
    plugins: [
      ...(options.apolloReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
    ],
  });
  await apollo.start();
  // A token that is present must be valid: a bad one is refused, never read as anonymous.
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/graphql")) return;
    try {
      await callerFromAuthorization(request.headers.authorization, options.verifyToken);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      logger.info({ reason: error.message, requestId: request.id }, "token refused");
      return reply
        .code(401)
        .send({ errors: [{ message: "The token is not valid.", extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });
  await app.register(fastifyApollo(apollo), {
    context: async (request) => ({ authorization: request.headers.authorization, requestId: request.id }),
  });

  app.get("/health", async () => ({ status: "ok" }));
  // Ready when every subgraph answers its own readiness check; names only, never addresses.
  app.get("/ready", async (_request, reply) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphReady(url)] as const),
    );
    const subgraphs = Object.fromEntries(checks.map(([name, ok]) => [name, ok ? "ready" : "unavailable"]));
    const ready = checks.every(([, ok]) => ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "unavailable", subgraphs });
  });

  if (options.webRoot) await app.register(fastifyStatic, { root: options.webRoot });

  return {
    async listen({ port, host }) {
      const address = await app.listen({ port, host });
      return `${address}/graphql`;
    },
    close: () => app.close(),
  };
}

async function subgraphReady(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("ready", new URL(".", graphqlUrl)), {
      signal: AbortSignal.timeout(READY_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}
