import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { Logger } from "@linli/service-kit";
import Fastify from "fastify";
import { AgencyDataSource, formatGatewayError } from "./errors";

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the supergraph's routing URLs. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
  /** Apollo usage/schema reporting and @apollo/gateway's telemetry. Off unless asked for. */
  apolloReporting?: boolean;
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
      if (!target) throw new Error(`No URL configured for subgraph "${name}"`);
      return new AgencyDataSource(name, target, logger);
    },
  });

  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  const apollo = new ApolloServer({
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
  await app.register(fastifyApollo(apollo));

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
