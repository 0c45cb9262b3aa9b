import type { ApolloServerPlugin } from "@apollo/server";
import { type Logger, limitRefusal } from "@linli/service-kit/edge";
import type { GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "./request-context";

/** Extensions that would carry internals; never passed to a client, whoever set them. */
const INTERNAL_EXTENSIONS = new Set(["stacktrace", "exception", "http"]);
/** URLs and host:port pairs a (buggy) subgraph might put in a message. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/[^\s"']+|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?|localhost:\d+)/gi;

/**
 * Errors with a deliberate code (a subgraph's BAD_USER_INPUT, validation failures,
 * SUBGRAPH_UNAVAILABLE) reach the client with their message and code, minus anything that
 * could carry internals (stack traces, exception details, addresses). Anything uncoded is a
 * bug: answered as a bare INTERNAL_SERVER_ERROR; `logRequestErrors` has logged it in full.
 */
export function formatGatewayError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitRefusal(formatted, error);
    if (limit) return limit;
    const code = formatted.extensions?.code;
    if (!isUnexpected(code)) {
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
      );
      return { ...formatted, message: formatted.message.replace(ADDRESS, "[address]"), extensions };
    }
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(typeof serviceName === "string" ? { serviceName } : {}) },
    };
  };
}

/**
 * No code, INTERNAL_SERVER_ERROR, or DOWNSTREAM_SERVICE_ERROR (what @apollo/gateway calls a
 * subgraph's uncoded error, with the subgraph's raw message): not meant for a client.
 */
const isUnexpected = (code: unknown) =>
  typeof code !== "string" || code === "INTERNAL_SERVER_ERROR" || code === "DOWNSTREAM_SERVICE_ERROR";

/** Every error of a request goes to the log in full, with the request id the client also gets. */
export function logRequestErrors(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const unexpected = isUnexpected(code);
            logger[unexpected ? "error" : "info"](
              { err: error.originalError ?? error, code, path: error.path, requestId: contextValue.requestId },
              unexpected ? "unexpected error in a request" : "request error",
            );
          }
        },
      };
    },
  };
}
