import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { operationsDir } from "@linli/schema/paths";
import { refusal } from "@linli/service-kit/edge";
import type { FastifyInstance, FastifyReply } from "fastify";
import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  printSchema,
  type TypeNode,
  typeFromAST,
} from "graphql";
import { loadOperationManifest } from "./persisted";

/** What of the gateway's options the IDE follows. */
export interface GraphiqlSettings {
  /** Serve the IDE (default: on unless `production`). */
  graphiql?: boolean;
  production?: boolean;
  /** The built web pages; the IDE is their `graphiql/index.html` and shares their `/assets`. */
  webRoot?: string | undefined;
  /** The API schema being served (it changes when the supergraph is replaced). */
  schema: () => GraphQLSchema | undefined;
  /** The IDE's tabs are the operations of this folder (default schema/operations). */
  persistedOperations?: { dir: string };
}

/** One tab of the IDE: a published operation exactly as the safelist holds it, and its variables. */
export interface GraphiqlExample {
  name: string;
  query: string;
  variables: string;
}

/**
 * GraphiQL, bundled by packages/web (no CDN): `GET /graphiql`, and `GET /graphql` asked for by
 * a browser (Accept: text/html, no query). The IDE gets the API schema being served as SDL from
 * `/graphiql/api.graphql`, so its documentation works with introspection off, and the named
 * operations as tabs from `/graphiql/operations.json`. It sends JSON POSTs, which pass the CSRF
 * prevention. When not enabled, every `/graphiql` path is a 404 (the web root would serve the page).
 */
export function registerGraphiql(app: FastifyInstance, settings: GraphiqlSettings): void {
  const enabled = settings.graphiql ?? !settings.production;
  const pagePath = settings.webRoot ? join(settings.webRoot, "graphiql", "index.html") : undefined;
  if (!enabled || !pagePath || !existsSync(pagePath)) {
    const why = enabled
      ? "The GraphiQL page is not built: pnpm --filter @linli/web build."
      : "GraphiQL is off here (GRAPHIQL=on turns it on).";
    app.addHook("onRequest", async (request, reply) => {
      if (request.url.startsWith("/graphiql")) return refusal(reply, 404, "NOT_FOUND", why);
    });
    return;
  }
  const page = readFileSync(pagePath, "utf8");
  const dir = settings.persistedOperations?.dir || operationsDir;
  // Printed once per schema served, again after the supergraph is replaced.
  let printed: { schema: GraphQLSchema; sdl: string; examples: string } | undefined;
  const current = () => {
    const schema = settings.schema();
    if (!schema) return undefined;
    if (printed?.schema !== schema) {
      printed = { schema, sdl: printSchema(schema), examples: JSON.stringify(graphiqlExamples(dir, schema)) };
    }
    return printed;
  };
  const sendPage = (reply: FastifyReply) =>
    reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(page);

  app.addHook("onRequest", async (request, reply) => {
    const [path, search = ""] = request.url.split("?", 2);
    const query = new URLSearchParams(search);
    if (
      request.method === "GET" &&
      path === "/graphql" &&
      !query.has("query") &&
      !query.has("extensions") &&
      (request.headers.accept ?? "").includes("text/html")
    ) {
      return sendPage(reply);
    }
  });
  app.get("/graphiql", async (_request, reply) => sendPage(reply));
  app.get("/graphiql/", async (_request, reply) => sendPage(reply));
  for (const [path, type, part] of [
    ["/graphiql/api.graphql", "text/plain; charset=utf-8", "sdl"],
    ["/graphiql/operations.json", "application/json", "examples"],
  ] as const) {
    app.get(path, async (_request, reply) => {
      const served = current();
      if (!served) return refusal(reply, 503, "SCHEMA_NOT_LOADED", "The supergraph is not loaded yet.");
      return reply.type(type).send(served[part]);
    });
  }
}

/**
 * Every safelisted operation as a tab, its body as the safelist holds it (so it runs unedited in
 * safelist mode too), with a variables object naming each required variable.
 */
export function graphiqlExamples(operationsDir: string, schema: GraphQLSchema): GraphiqlExample[] {
  return [...loadOperationManifest(operationsDir).values()]
    .sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name))
    .map(({ name, body }) => ({ name, query: body, variables: variablesSkeleton(body, schema) }));
}

/** `{ "id": "", "kind": "MEETING_ROOM", "input": {} }`: each required variable without a default, to be filled in. */
function variablesSkeleton(body: string, schema: GraphQLSchema): string {
  const operation = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const skeleton: Record<string, unknown> = {};
  for (const variable of operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : []) {
    if (variable.defaultValue || variable.type.kind !== Kind.NON_NULL_TYPE) continue;
    skeleton[variable.variable.name.value] = placeholder(variable.type, schema);
  }
  return Object.keys(skeleton).length > 0 ? JSON.stringify(skeleton, null, 2) : "";
}

function placeholder(typeNode: TypeNode, schema: GraphQLSchema): unknown {
  const type = typeFromAST(schema, typeNode);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) return {};
  if (isEnumType(inner)) return inner.getValues()[0]?.name ?? "";
  if (inner === GraphQLInt || inner === GraphQLFloat) return 0;
  if (inner === GraphQLBoolean) return false;
  return "";
}
