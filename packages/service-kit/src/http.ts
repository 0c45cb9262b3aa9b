import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  /** Builds the per-request context (loaders, caller); called once per HTTP request. */
  context: (request: FastifyRequest) => Promise<TContext> | TContext;
  logger: Logger;
  metrics: Metrics;
  /** Throws when a dependency (the database) is not reachable; drives `/ready`. */
  readiness: () => Promise<void>;
}

export interface SubgraphServer {
  app: FastifyInstance;
  /** Starts listening; resolves to the GraphQL endpoint URL. */
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * Errors thrown on purpose carry a code and reach the client as they are; anything else is a
 * bug or an outage, logged in full and answered as a bare INTERNAL_SERVER_ERROR so that no
 * stack, SQL text or address leaves the process.
 */
export function maskUnexpectedErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

export async function createSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer> {
  const { logger, metrics } = options;
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });

  const countRequests: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      metrics.graphqlRequests.inc();
    },
  };

  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors(logger),
    logger,
    plugins: [
      // Traces would go to Apollo's usage reporting; this is government data.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
      countRequests,
    ],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), { context: (request) => Promise.resolve(options.context(request)) });

  app.get("/health", async () => ({ status: "ok" }));
  app.get("/ready", async (_request, reply) => {
    try {
      await options.readiness();
      return { status: "ready" };
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  return {
    app,
    async listen({ port, host }) {
      const address = await app.listen({ port, host });
      return `${address}/graphql`;
    },
    close: () => app.close(),
  };
}
