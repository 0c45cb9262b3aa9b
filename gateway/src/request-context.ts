import type { Caller } from "@linli/service-kit/edge";

/** What the gateway knows of a request and passes on to every subgraph it asks. */
export interface GatewayContext {
  /** The caller's `Authorization` header, already verified here; subgraphs verify it again. */
  authorization?: string | undefined;
  /** Who the verified token says the caller is (the anonymous public without one). */
  caller: Caller;
  requestId: string;
  /** Whom the rate limits and the cost budget count: `sub:<subject>`, or `ip:<address>` for the anonymous public. */
  clientKey?: string | undefined;
  /** The client's `Idempotency-Key`, already validated here; passed on unchanged with mutation fetches. */
  idempotencyKey?: string | undefined;
  /** sha256 of the client's operation, with a key only: lets a subgraph refuse a key reused for another operation. */
  operation?: string | undefined;
}
