import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";

export interface Tracing {
  /** Sends the spans still buffered; call before exiting. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry for one process, only when `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT) is set:
 * spans exported by OTLP over HTTP, W3C `traceparent` propagated, the active span carried
 * through async work. Unset, the SDK is not even loaded and every span below is the API's no-op.
 */
export async function startTracing(serviceName: string, endpoint: string | undefined): Promise<Tracing> {
  if (!endpoint) return { shutdown: async () => {} };
  const [{ OTLPTraceExporter }, { Resource }, { BatchSpanProcessor }, { NodeTracerProvider }] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/sdk-trace-node"),
  ]);
  const provider = new NodeTracerProvider({
    resource: new Resource({ "service.name": serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces` })),
    ],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

const tracer = () => trace.getTracer("linli");

/** Writes the active trace context into outgoing headers (`traceparent`, `tracestate`). */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/**
 * A server span for an incoming request, child of the caller's `traceparent`; `run` continues
 * the request inside it (so every span it starts, SQL included, is its child).
 */
export function startServerSpan(
  name: string,
  headers: Record<string, string | string[] | undefined>,
  run: () => void,
): Span {
  const parent = propagation.extract(context.active(), headers, {
    get: (carrier, key) => carrier[key],
    keys: (carrier) => Object.keys(carrier),
  });
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER }, parent);
  context.with(trace.setSpan(parent, span), run);
  return span;
}

/** A client span around one SQL statement: its first word as the name, never its values. */
export function startSqlSpan(text: unknown): { end(ok: boolean): void } {
  const statement = typeof text === "string" ? text : ((text as { text?: unknown })?.text as string | undefined);
  const operation = statement?.trimStart().split(/\s/, 1)[0]?.toUpperCase() || "SQL";
  const span = tracer().startSpan(operation, {
    kind: SpanKind.CLIENT,
    attributes: { "db.system": "postgresql", ...(statement ? { "db.statement": statement } : {}) },
  });
  return {
    end(ok) {
      if (!ok) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
