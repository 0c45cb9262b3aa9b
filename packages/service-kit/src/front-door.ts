import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import { operationLimits } from "./limits";
import type { Logger } from "./logger";

/** How long a client may take over each part of a request: the same for the gateway and each subgraph. */
export interface HttpTimeouts {
  /** Until the request's headers are complete (slow headers, the classic slowloris). */
  headersTimeoutMs: number;
  /** Until the whole request, body included, has arrived. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open; set it above the balancer's idle timeout. */
  keepAliveTimeoutMs: number;
  /** The slowest body accepted once `bodyGraceMs` has passed: a body trickling in slower is cut off with 408. */
  minBodyBytesPerSecond: number;
  bodyGraceMs: number;
}

export const defaultHttpTimeouts: HttpTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 10_000,
  minBodyBytesPerSecond: 1_024,
  bodyGraceMs: 3_000,
};

/** Fastify's options for these timeouts and the published body limit. */
export function frontDoorOptions(timeouts: HttpTimeouts = defaultHttpTimeouts): FastifyServerOptions {
  return {
    bodyLimit: operationLimits.bodyBytes,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    // Node checks the header and request timeouts every `connectionsCheckingInterval` (30 s by default).
    http: { headersTimeout: timeouts.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
  } as FastifyServerOptions;
}

const timeoutBody = JSON.stringify({
  errors: [{ message: "The request body arrived too slowly.", extensions: { code: "REQUEST_TIMEOUT" } }],
});

/**
 * Cuts off a body that arrives slower than `minBodyBytesPerSecond` after the grace period (one
 * byte every 5 s would otherwise hold a connection until the request timeout). Node has no
 * such setting, hence this: it reads the socket's byte count, never the body itself, so the
 * body parser is left alone.
 */
export function enforceMinimumBodyRate(app: FastifyInstance, timeouts: HttpTimeouts = defaultHttpTimeouts): void {
  app.addHook("onRequest", async (request) => {
    const raw = request.raw;
    const hasBody = Number(raw.headers["content-length"] ?? 0) > 0 || raw.headers["transfer-encoding"] !== undefined;
    if (!hasBody || timeouts.minBodyBytesPerSecond <= 0) return;
    const socket = raw.socket;
    const started = Date.now();
    const startBytes = socket.bytesRead;
    const timer = setInterval(() => {
      const elapsed = Date.now() - started;
      if (elapsed < timeouts.bodyGraceMs) return;
      const rate = ((socket.bytesRead - startBytes) * 1000) / elapsed;
      if (rate >= timeouts.minBodyBytesPerSecond) return;
      clearInterval(timer);
      if (!socket.destroyed) {
        socket.end(
          `HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(timeoutBody)}\r\n\r\n${timeoutBody}`,
        );
        setTimeout(() => socket.destroy(), 1_000).unref();
      }
    }, 500);
    timer.unref();
    const stop = () => clearInterval(timer);
    raw.once("end", stop);
    raw.once("close", stop);
    socket.once("close", stop);
  });
}

/** The most a refused body is read and thrown away for, so that the close is clean. */
// 32 MiB: a client that writes a whole 20 MB body before it reads the answer (as one on a busy
// machine does, CI saw it) still gets a clean 413, not a reset; a client sending on past that is cut off.
const LINGER = { ms: 5_000, bytes: 32 * 1_048_576 };

/**
 * Answers a request whose body is too large and closes the connection cleanly. Node's own
 * close after a refusal destroys the socket while the client is still sending, and the peer
 * then sees a reset instead of the 413. Here the answer goes out, our side is half-closed, and
 * the rest of the body is read and discarded (at most `LINGER`) until the client closes.
 */
export function refuseAndLinger(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  const socket = request.raw.socket;
  reply.hijack();
  const reason = status === 413 ? "Payload Too Large" : "Bad Request";
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\nx-request-id: ${request.id}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.end();
  let drained = 0;
  const give = setTimeout(() => socket.destroy(), LINGER.ms);
  give.unref();
  socket.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > LINGER.bytes) socket.destroy();
  });
  socket.once("close", () => clearTimeout(give));
  // What the HTTP parser still reads of the body is thrown away, as is anything after it.
  request.raw.resume();
  socket.resume();
}

/** Fastify's own refusals (before GraphQL runs), as coded GraphQL errors. */
const HTTP_REFUSALS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${operationLimits.bodyBytes} bytes.`,
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    "UNSUPPORTED_MEDIA_TYPE",
    "Send GraphQL requests as application/json (or GET with a preflight header).",
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "MALFORMED_REQUEST", "The request body is not valid JSON."],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "MALFORMED_REQUEST", "The request body is empty."],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "MALFORMED_REQUEST", "The request's content length is wrong."],
};

/**
 * Every error of the HTTP layer answered as a coded GraphQL error: a too-large body with 413
 * and a clean close, another client mistake with its 4xx, anything else logged and answered as
 * a bare 500 (no stack, no address).
 */
export function answerHttpErrors(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler((error: { code?: string; statusCode?: number }, request, reply) => {
    const known = error.code ? HTTP_REFUSALS[error.code] : undefined;
    if (known && known[0] === 413) return refuseAndLinger(request, reply, ...known);
    if (known) return refusal(reply, ...known);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return refusal(reply, error.statusCode, "BAD_REQUEST", "The request could not be read.");
    }
    logger.error({ err: error, requestId: request.id }, "unexpected error in the HTTP layer");
    return refusal(reply, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  });
}

export const refusal = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ errors: [{ message, extensions: { code } }] });
