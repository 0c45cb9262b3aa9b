import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiSchemaPath, operationsDir } from "@linli/schema/paths";
import { createLogger } from "@linli/service-kit";
import { buildSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import type { GraphiqlExample } from "./graphiql";
import { loadOperationManifest, sha256 } from "./persisted";
import { type Agencies, localVerifier, post, useGatewayOverFakes } from "./testing";

const { verifyToken } = await localVerifier();
const logger = createLogger({ name: "gateway-test", level: "silent" });

// A stand-in for packages/web's build: the gateway serves whatever page the build wrote.
const webRoot = mkdtempSync(join(tmpdir(), "linli-web-"));
mkdirSync(join(webRoot, "graphiql"));
const PAGE = "<!doctype html><title>GraphiQL stand-in</title>";
writeFileSync(join(webRoot, "graphiql", "index.html"), PAGE);

const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const answered = {
  setup: (fakes: Agencies) => {
    fakes.party.behaviour = () => ({ kind: "answer", data: { counties: [{ id: "c1" }] } });
  },
};

describe("GraphiQL in development", () => {
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken, webRoot }), answered);

  it("is the page at /graphiql, and at /graphql for a browser", async () => {
    for (const [path, headers] of [
      ["/graphiql", {}],
      ["/graphql", asBrowser],
    ] as const) {
      const response = await fetch(`${gateway.base}${path}`, { headers });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toBe(PAGE);
    }
  });

  it("leaves /graphql to GraphQL otherwise: a GET without the preflight header is still refused as CSRF", async () => {
    const response = await fetch(`${gateway.base}/graphql?query=${encodeURIComponent("{ counties { id } }")}`, {
      headers: asBrowser,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("runs what the IDE sends: a JSON POST", async () => {
    const response = await post(gateway.url, { query: "{ counties { id } }" }, { accept: "application/json" });
    expect(await response.json()).toEqual({ data: { counties: [{ id: "c1" }] } });
  });

  it("gives the IDE the API schema as SDL: schema/api.graphql, descriptions included", async () => {
    const sdl = await (await fetch(`${gateway.base}/graphiql/api.graphql`)).text();
    const schema = buildSchema(sdl);
    expect(printSchema(schema)).toBe(printSchema(buildSchema(readFileSync(apiSchemaPath, "utf8"))));
    expect(schema.getType("join__Graph")).toBeUndefined();
    expect(schema.getType("County")?.description).toBeTruthy();
  });

  it("offers every published operation as a tab, as the safelist holds it, with its required variables", async () => {
    const examples = (await (await fetch(`${gateway.base}/graphiql/operations.json`)).json()) as GraphiqlExample[];
    const manifest = loadOperationManifest(operationsDir);
    expect(examples.map((e) => e.name).sort()).toEqual([...manifest.values()].map((op) => op.name).sort());
    for (const example of examples) expect(manifest.has(sha256(example.query)), example.name).toBe(true);
    const variables = (name: string) => JSON.parse(examples.find((e) => e.name === name)?.variables || "{}");
    expect(variables("CountyOverview")).toEqual({ from: "", to: "" });
    expect(variables("ResourceSearch")).toEqual({
      kind: expect.stringMatching(/^[A-Z_]+$/),
      from: "",
      to: "",
      estateId: "",
    });
    expect(variables("UpdateSharedResource")).toEqual({ input: {} });
  });
});

describe("GraphiQL in production", () => {
  const gateway = useGatewayOverFakes(() => ({ logger, verifyToken, webRoot, production: true }), answered);

  it("is off unless asked for: /graphiql and the page's own path are 404, /graphql stays GraphQL", async () => {
    for (const path of ["/graphiql", "/graphiql/", "/graphiql/index.html", "/graphiql/api.graphql"]) {
      const response = await fetch(`${gateway.base}${path}`, { headers: asBrowser });
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
    }
    const browser = await fetch(`${gateway.base}/graphql`, { headers: asBrowser });
    expect(browser.headers.get("content-type")).not.toMatch(/text\/html/);
  });
});

describe("GraphiQL in production with GRAPHIQL=on", () => {
  const gateway = useGatewayOverFakes(
    () => ({ logger, verifyToken, webRoot, production: true, graphiql: true }),
    answered,
  );

  it("is served, and its schema comes as SDL although introspection is off", async () => {
    expect(await (await fetch(`${gateway.base}/graphiql`)).text()).toBe(PAGE);
    const introspection = await post(gateway.url, { query: "{ __schema { queryType { name } } }" });
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection/i);
    expect(await (await fetch(`${gateway.base}/graphiql/api.graphql`)).text()).toContain("type County");
  });
});
