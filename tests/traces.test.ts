import { createServer, type Server } from "node:http";
import { sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningGraph, startGraph } from "./support/graph";

/**
 * One trace per request across processes: the gateway's spans (request, plan, each fetch),
 * each subgraph's server span as a child of the fetch that called it (W3C `traceparent`), and
 * the SQL each subgraph ran inside it, all exported by OTLP to a receiver in this test.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

const received: ReceivedSpan[] = [];
let receiver: Server;
let graph: RunningGraph;

beforeAll(async () => {
  // OTLP/HTTP in JSON, as @opentelemetry/exporter-trace-otlp-http sends it.
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const payload = JSON.parse(body || "{}") as {
        resourceSpans?: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: OtlpSpan[] }[];
        }[];
      };
      for (const resourceSpans of payload.resourceSpans ?? []) {
        const service =
          resourceSpans.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "?";
        for (const scope of resourceSpans.scopeSpans)
          for (const span of scope.spans) received.push({ ...span, service });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => receiver.listen(port, "127.0.0.1", resolve));
  // The children inherit this process's environment (startChild).
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
  process.env.OTEL_BSP_SCHEDULE_DELAY = "200";
  graph = await startGraph(sampleCounty());
}, 180_000);

afterAll(async () => {
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete process.env.OTEL_BSP_SCHEDULE_DELAY;
  await graph?.[Symbol.asyncDispose]();
  receiver?.close();
});

describe("traces", () => {
  it("follow one request from the gateway through two subgraphs to their SQL", async () => {
    const result = await graph.query(
      "query EstatesWithCompanies { estates(first: 3) { edges { node { name propertyCompany { name } } } } }",
    );
    expect(result.errors, graph.output()).toBeUndefined();

    // The gateway's root span of this request, once the batches have come in.
    const deadline = Date.now() + 15_000;
    let trace: ReceivedSpan[] = [];
    while (Date.now() < deadline) {
      const root = received.find((s) => s.service === "gateway" && s.name === "gateway.request" && !s.parentSpanId);
      trace = root ? received.filter((s) => s.traceId === root.traceId) : [];
      const services = new Set(trace.map((s) => s.service));
      if (
        services.has("party") &&
        services.has("property") &&
        trace.some((s) => s.service === "property" && s.name === "SELECT")
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const names = (service: string) => trace.filter((s) => s.service === service).map((s) => s.name);
    expect(names("gateway"), JSON.stringify(received.map((s) => [s.service, s.name]))).toEqual(
      expect.arrayContaining(["gateway.request", "gateway.plan", "gateway.fetch"]),
    );
    for (const agency of ["party", "property"]) {
      // The agency's server span hangs under a fetch of the gateway's, its SQL under that server span.
      const server = trace.find((s) => s.service === agency && s.name === "POST /graphql");
      expect(server, `${agency}: ${names(agency).join(", ")}`).toBeDefined();
      expect(byId.get(server?.parentSpanId ?? "")?.name).toBe("gateway.fetch");
      const sql = trace.filter((s) => s.service === agency && s.name === "SELECT");
      expect(sql.length).toBeGreaterThan(0);
      const ancestors = (span: ReceivedSpan): string[] => {
        const parent = byId.get(span.parentSpanId ?? "");
        return parent ? [parent.spanId, ...ancestors(parent)] : [];
      };
      for (const statement of sql) expect(ancestors(statement)).toContain(server?.spanId);
    }
  });
});
