import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GATEWAY_SECRET_HEADER, type Logger } from "@linli/service-kit";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** What the gateway knows of a request and passes on to every subgraph it asks. */
export interface GatewayContext {
  /** The caller's `Authorization` header, already verified here; subgraphs verify it again. */
  authorization?: string | undefined;
  requestId: string;
}

/**
 * One agency's subgraph as the gateway sees it. Every request carries that agency's own
 * gateway secret, the caller's token and the request id. A subgraph that cannot be reached
 * (refused, reset, non-2xx, not JSON) answers with a coded error naming the agency, never its
 * address; the full cause goes to the log.
 */
export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly secret: string,
    private readonly logger: Logger,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
    // Only what the gateway itself vouches for is passed on; nothing else from the client is.
    if ("authorization" in context && context.authorization) headers.set("authorization", context.authorization);
    if ("requestId" in context && context.requestId) headers.set("x-request-id", context.requestId);
  }

  override didEncounterError(error: Error): never {
    this.logger.error({ err: error, subgraph: this.serviceName }, "subgraph request failed");
    throw new GraphQLError(`The ${this.serviceName} service did not answer; its fields are null in this response.`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.serviceName },
    });
  }
}

/**
 * Errors with a deliberate code (a subgraph's BAD_USER_INPUT, validation failures,
 * SUBGRAPH_UNAVAILABLE) reach the client as they are; subgraphs have already masked their own
 * internals. Anything uncoded is a gateway bug: logged in full, answered as a bare
 * INTERNAL_SERVER_ERROR.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
    logger.error({ err: error, path: formatted.path }, "unexpected error in the gateway");
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
