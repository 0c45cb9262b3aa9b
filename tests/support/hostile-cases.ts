import { connect } from "node:net";
import { operationLimits } from "@linli/service-kit";

/**
 * Hostile requests by class, for any GraphQL endpoint of the graph: our gateway
 * (tests/hostile.test.ts), a subgraph holding its secret (the same file), another router in
 * front of the subgraphs (tests/routers.test.ts). Each case says what a clean refusal is: the
 * HTTP status and the code of the first error. `subgraph: true` marks the cases a subgraph
 * must refuse exactly as the gateway does (its queries use party's own fields only).
 */
export type HostileClass =
  | "limits"
  | "cost"
  | "input hygiene"
  | "client mistakes"
  | "http"
  | "types and injection"
  | "identity"
  | "schema secrecy"
  | "front door";

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  body:
    | {
        data?: unknown;
        errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> & { code?: string } }[];
      }
    | undefined;
}

/** Where the cases are sent, and what they may use there. */
export interface HostileTarget {
  /** The GraphQL endpoint (…/graphql). */
  url: string;
  /** Headers every request carries (a subgraph's secret). */
  headers?: Record<string, string>;
  /** An estate that exists. */
  estateId: string;
  /** A resident's token of that estate (for mutations that need a signed-in caller). */
  residentToken?: string | undefined;
  /** A fresh client address per call, sent as X-Forwarded-For where the gateway trusts the test's proxy. */
  address?: () => string;
}

export interface HostileCase {
  name: string;
  class: HostileClass;
  attack: (target: HostileTarget) => Promise<Answer>;
  status: number;
  code: string;
  /** What the message must say, where the code alone does not tell which limit refused. */
  says?: RegExp;
  /** Extensions the first error must carry (the cost and the budget of a cost refusal). */
  extensions?: Record<string, unknown>;
  /** Refused the same by a subgraph holding a valid secret. */
  subgraph?: boolean;
}

export async function send(
  target: HostileTarget,
  body: string | undefined,
  headers: Record<string, string> = { "content-type": "application/json" },
  method = "POST",
  search = "",
): Promise<Answer> {
  const address = target.address?.();
  const response = await fetch(`${target.url}${search}`, {
    method,
    headers: { ...target.headers, ...(address ? { "x-forwarded-for": address } : {}), ...headers },
    ...(method === "GET" || body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text) as Answer["body"];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, headers: response.headers, body: parsed };
}

export const json = (
  target: HostileTarget,
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string | undefined; operationName?: unknown; headers?: Record<string, string> } = {},
) =>
  send(
    target,
    JSON.stringify({
      query,
      variables,
      ...(options.operationName !== undefined ? { operationName: options.operationName } : {}),
    }),
    {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
  );

const get = (target: HostileTarget, params: Record<string, string>, headers: Record<string, string> = {}) =>
  send(target, undefined, headers, "GET", `?${new URLSearchParams(params)}`);

/** A raw HTTP/1.1 exchange, for what fetch cannot send: a body that never ends, a trickle. */
export function rawExchange(
  target: HostileTarget,
  write: (socket: import("node:net").Socket) => void,
  timeoutMs: number,
): Promise<{ response: string; reset: boolean; ms: number }> {
  const { hostname, port } = new URL(target.url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let response = "";
    let reset = false;
    const done = () => resolve({ response, reset, ms: Date.now() - started });
    const give = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on("data", (chunk) => {
      response += chunk.toString();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      reset = error.code === "ECONNRESET" || error.code === "EPIPE";
    });
    socket.on("end", () => socket.end());
    socket.on("close", () => {
      clearTimeout(give);
      done();
    });
    write(socket);
  });
}

/** A raw exchange's answer as an Answer (status line and JSON body). */
function asAnswer(raw: { response: string; reset: boolean }): Answer {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw.response)?.[1] ?? 0);
  const text = raw.response.slice(raw.response.indexOf("\r\n\r\n") + 4);
  let body: Answer["body"];
  try {
    body = JSON.parse(text) as Answer["body"];
  } catch {
    body = undefined;
  }
  // A reset is not a clean refusal, whatever came before it.
  return { status: raw.reset ? -1 : status, text, headers: new Headers(), body };
}

const head = (target: HostileTarget, extra: string) =>
  `POST ${new URL(target.url).pathname} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${Object.entries(
    target.headers ?? {},
  )
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}${extra}\r\n`;

const ESTATE = "query ($id: ID!) { estate(id: $id) { id name } }";
const PAGE = "query ($first: Int) { estates(first: $first) { edges { node { id } } } }";
const WALLS =
  "query ($n: Int, $m: Int) { estates(first: $n) { edges { node { id problemWall(first: $m) { edges { node { id } } } } } } }";
const CURSOR = "query ($after: String) { estates(first: 5, after: $after) { edges { node { id } } } }";
const REPORT = "mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id } }";
const problem = (t: HostileTarget) => ({
  estateId: t.estateId,
  category: "PARKING",
  text: "停车",
  reporterName: "陈美华",
});
const INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE estates; --",
  "\\'; SELECT pg_sleep(10); --",
  "$where: 1 == 1",
  "00000000-0000-4000-8000-000000000000' OR 1=1 --",
  "../../etc/passwd",
];

/** estate → community → subdistrict → county → subdistricts → communities → subdistrict … : `levels` deep. */
const deep = (levels: number): string => {
  const path = ["community", "subdistrict", "county", "subdistricts", "communities", "subdistrict", "county"];
  let inner = "id";
  for (let i = levels - 2; i >= 0; i -= 1) inner = `${path[i % path.length]} { ${inner} }`;
  return `query ($id: ID!) { estate(id: $id) { ${inner} } }`;
};

const aliases = (n: number) =>
  `query ($id: ID!) { ${Array.from({ length: n }, (_, i) => `a${i}: estate(id: $id) { name }`).join(" ")} }`;
const unsafe = {
  nul: "停车\u0000",
  "a lone high surrogate": "停车\ud800",
  "a lone low surrogate": "\udc00停车",
  "a NUL alone": "\u0000",
};

const l = operationLimits;

export const hostileCases: HostileCase[] = [
  // — limits: the same numbers in the gateway and in every subgraph —
  ...[l.depth + 1, l.depth + 5, 40].map((levels) => ({
    name: `a query nested ${levels} levels deep`,
    class: "limits" as const,
    attack: (t: HostileTarget) => json(t, deep(levels), { id: t.estateId }),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /nested too deep/,
    subgraph: true,
  })),
  {
    name: "a deep query hidden in fragments",
    class: "limits",
    attack: (t) =>
      json(
        t,
        `query ($id: ID!) { estate(id: $id) { ...A } }
         fragment A on Estate { community { subdistrict { county { subdistricts { ...B } } } } }
         fragment B on Subdistrict { communities { subdistrict { county { subdistricts { communities { subdistrict { county { id } } } } } } } }`,
        { id: t.estateId },
      ),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /nested too deep/,
    subgraph: true,
  },
  ...[l.aliases + 1, 200].map((n) => ({
    name: `${n} aliases of one field`,
    class: "limits" as const,
    attack: (t: HostileTarget) => json(t, aliases(n), { id: t.estateId }),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /aliases/,
    subgraph: true,
  })),
  {
    name: "aliases of a scalar inside a list",
    class: "limits",
    attack: (t) =>
      json(
        t,
        `{ estates(first: 5) { edges { node { ${Array.from({ length: 40 }, (_, i) => `n${i}: name`).join(" ")} } } } }`,
      ),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /aliases/,
    subgraph: true,
  },
  ...[l.directives + 1, 60].map((n) => ({
    name: `${n} directives on one field`,
    class: "limits" as const,
    attack: (t: HostileTarget) =>
      json(t, `{ estates(first: 1) { edges { node { id ${"@include(if: true) ".repeat(n)} } } } }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /directives/,
    subgraph: true,
  })),
  ...[l.tokens + 100, 50_000].map((n) => ({
    name: `${n} tokens`,
    class: "limits" as const,
    attack: (t: HostileTarget) => json(t, `{ __typename ${"__typename ".repeat(n)} }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /tokens/,
    subgraph: true,
  })),
  {
    name: `${l.rootFields + 1} root fields`,
    class: "limits",
    attack: (t) =>
      json(t, `{ ${Array.from({ length: l.rootFields + 1 }, (_, i) => `f${i}: counties { id }`).join(" ")} }`),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /root fields/,
    subgraph: true,
  },
  {
    name: "root fields spread from fragments",
    class: "limits",
    attack: (t) =>
      json(
        t,
        `{ ...A ...B ...C } fragment A on Query { ${Array.from({ length: 8 }, (_, i) => `a${i}: counties { id }`).join(" ")} }
         fragment B on Query { ${Array.from({ length: 8 }, (_, i) => `b${i}: counties { id }`).join(" ")} }
         fragment C on Query { ${Array.from({ length: 8 }, (_, i) => `c${i}: counties { id }`).join(" ")} }`,
      ),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /root fields/,
    subgraph: true,
  },
  {
    name: `a page of ${l.pageSize + 1} written in the operation`,
    class: "limits",
    attack: (t) => json(t, `{ estates(first: ${l.pageSize + 1}) { edges { node { id } } } }`),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  ...[l.pageSize + 1, 1_000_000].map((first) => ({
    name: `a page of ${first} passed in a variable`,
    class: "limits" as const,
    attack: (t: HostileTarget) => json(t, PAGE, { first }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  })),
  {
    name: "a nested page past the limit passed in a variable",
    class: "limits",
    attack: (t) => json(t, WALLS, { n: 1, m: l.pageSize + 1 }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  ...[l.listLength + 1, 500, 10_000].map((n) => ({
    name: `a list argument of ${n} ids in a variable`,
    class: "limits" as const,
    attack: (t: HostileTarget) =>
      json(
        t,
        'mutation ($ids: [ID!]) { createSharedResource(input: { unitId: "00000000-0000-4000-8000-000000000000", name: "x", kind: VENUE, capacity: 10, openToEstateIds: $ids }) { id } }',
        { ids: Array.from({ length: n }, () => t.estateId) },
      ),
    status: 400,
    code: "BAD_USER_INPUT",
  })),
  {
    name: `a list argument of ${l.listLength + 1} items written inline`,
    class: "limits",
    attack: (t) =>
      json(
        t,
        `mutation { createSharedResource(input: { unitId: "00000000-0000-4000-8000-000000000000", name: "x", kind: VENUE, capacity: 10, openToEstateIds: [${Array.from({ length: l.listLength + 1 }, () => `"${t.estateId}"`).join(", ")}] }) { id } }`,
      ),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  // — cost, with variables —
  {
    name: "nested pages of 100 × 100 passed in variables, refused with the cost and the budget",
    class: "cost",
    attack: (t) => json(t, WALLS, { n: 100, m: 100 }),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /costly/,
    extensions: { budget: l.cost },
    subgraph: true,
  },
  {
    name: "nested pages of 100 × 100 written inline",
    class: "cost",
    attack: (t) =>
      json(t, "{ estates(first: 100) { edges { node { id problemWall(first: 100) { edges { node { id } } } } } } }"),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /costly/,
    extensions: { budget: l.cost },
    subgraph: true,
  },
  {
    name: "nested pages of 60 × 90 in variables, just over the budget",
    class: "cost",
    attack: (t) => json(t, WALLS, { n: 60, m: 90 }),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /costly/,
    subgraph: true,
  },
  {
    name: "the county's unpaged lists nested five times",
    class: "cost",
    attack: (t) =>
      json(t, "{ counties { subdistricts { communities { subdistrict { communities { estateIds name } } } } } }"),
    status: 400,
    code: "OPERATION_LIMIT_EXCEEDED",
    says: /costly/,
    subgraph: true,
  },
  // — input hygiene: before any database —
  ...Object.entries(unsafe).flatMap(([what, value]) => [
    {
      name: `an id variable holding ${what}`,
      class: "input hygiene" as const,
      attack: (t: HostileTarget) => json(t, ESTATE, { id: value }),
      status: 400,
      code: "BAD_USER_INPUT",
      subgraph: true,
    },
    {
      name: `a cursor holding ${what}`,
      class: "input hygiene" as const,
      attack: (t: HostileTarget) => json(t, CURSOR, { after: value }),
      status: 400,
      code: "BAD_USER_INPUT",
      subgraph: true,
    },
    {
      name: `a string in an input object holding ${what}`,
      class: "input hygiene" as const,
      attack: (t: HostileTarget) =>
        json(t, REPORT, { input: { ...problem(t), text: value } }, { token: t.residentToken }),
      status: 400,
      code: "BAD_USER_INPUT",
      subgraph: true,
    },
  ]),
  {
    name: "a NUL escaped in a string written in the operation",
    class: "input hygiene",
    attack: (t) => json(t, '{ estate(id: "a\\u0000b") { id } }'),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "a lone surrogate escaped in a string written in the operation",
    class: "input hygiene",
    attack: (t) => json(t, '{ estate(id: "\\ud800") { id } }'),
    // graphql-js's lexer refuses the escape itself.
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
    subgraph: true,
  },
  {
    name: "a NUL in a key of an input object",
    class: "input hygiene",
    attack: (t) => json(t, REPORT, { input: { ...problem(t), "text\u0000": "x" } }, { token: t.residentToken }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "a NUL in the operation name",
    class: "input hygiene",
    attack: (t) => json(t, "query A { counties { id } }", undefined, { operationName: "A\u0000" }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  ...[l.variableDepth + 1, 5_000, 20_000, 100_000].flatMap((depth) => [
    {
      name: `a variable of lists nested ${depth} deep`,
      class: "input hygiene" as const,
      // Written as text: JSON.stringify itself overflows on such nesting.
      attack: (t: HostileTarget) =>
        send(
          t,
          `{"query":${JSON.stringify(ESTATE)},"variables":{"id":${JSON.stringify(t.estateId)},"pad":${"[".repeat(depth)}1${"]".repeat(depth)}}}`,
        ),
      status: 400,
      code: "BAD_USER_INPUT",
      says: /nest/,
      subgraph: true,
    },
    {
      name: `a variable of objects nested ${depth} deep`,
      class: "input hygiene" as const,
      attack: (t: HostileTarget) =>
        send(
          t,
          `{"query":${JSON.stringify(ESTATE)},"variables":{"id":${JSON.stringify(t.estateId)},"pad":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}}`,
        ),
      status: 400,
      code: "BAD_USER_INPUT",
      says: /nest/,
      subgraph: true,
    },
  ]),
  {
    name: "deeply nested variables in a GET request",
    class: "input hygiene",
    attack: (t) =>
      get(
        t,
        { query: "{ counties { id } }", variables: `{"pad":${'{"a":'.repeat(500)}1${"}".repeat(500)}}` },
        { "apollo-require-preflight": "true" },
      ),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  // — client mistakes: a 4xx with a code, never a 5xx —
  {
    name: "two operations and no operationName",
    class: "client mistakes",
    attack: (t) => json(t, "query A { counties { id } } query B { counties { name } }"),
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
    subgraph: true,
  },
  {
    name: "an operationName the document does not have",
    class: "client mistakes",
    attack: (t) => json(t, "query A { counties { id } }", undefined, { operationName: "Z" }),
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
    subgraph: true,
  },
  {
    name: "a document of fragments only",
    class: "client mistakes",
    attack: (t) => json(t, "fragment F on County { id }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    subgraph: true,
  },
  {
    name: "a subscription over HTTP",
    class: "client mistakes",
    attack: (t) => json(t, "subscription { counties { id } }"),
    status: 400,
    code: "SUBSCRIPTIONS_NOT_SUPPORTED",
    subgraph: true,
  },
  {
    name: "a mutation over GET",
    class: "client mistakes",
    attack: (t) =>
      get(
        t,
        {
          query: `mutation { reportProblem(input: { estateId: "${t.estateId}", category: PARKING, text: "x", reporterName: "x" }) { id } }`,
        },
        { "apollo-require-preflight": "true" },
      ),
    status: 405,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "a GET without a preflight header (CSRF prevention)",
    class: "client mistakes",
    attack: (t) => get(t, { query: "{ counties { id } }" }),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "an operationName that is not a string",
    class: "client mistakes",
    attack: (t) => json(t, "{ counties { id } }", undefined, { operationName: 5 }),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "variables sent as a JSON string",
    class: "client mistakes",
    attack: (t) => send(t, JSON.stringify({ query: "{ counties { id } }", variables: "{}" })),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "variables sent as an array",
    class: "client mistakes",
    attack: (t) => send(t, JSON.stringify({ query: "{ counties { id } }", variables: [1, 2] })),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "a body with no query at all",
    class: "client mistakes",
    attack: (t) => send(t, JSON.stringify({ variables: {} })),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "a query that is not a string",
    class: "client mistakes",
    attack: (t) => send(t, JSON.stringify({ query: { $gt: "" } })),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "an empty query",
    class: "client mistakes",
    attack: (t) => send(t, JSON.stringify({ query: "" })),
    status: 400,
    code: "BAD_REQUEST",
    subgraph: true,
  },
  {
    name: "a query that does not parse",
    class: "client mistakes",
    attack: (t) => json(t, "{ counties { id "),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
    subgraph: true,
  },
  {
    name: "a variable the operation does not declare, of the wrong type",
    class: "client mistakes",
    attack: (t) => json(t, ESTATE, { id: { nested: true } }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "a required variable left out",
    class: "client mistakes",
    attack: (t) => json(t, ESTATE, {}),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  // — HTTP —
  {
    name: "a batched array of operations",
    class: "http",
    attack: (t) => send(t, JSON.stringify([{ query: "{ counties { id } }" }, { query: "{ counties { id } }" }])),
    status: 400,
    code: "BATCHING_NOT_SUPPORTED",
  },
  {
    name: "an empty batch",
    class: "http",
    attack: (t) => send(t, "[]"),
    status: 400,
    code: "BATCHING_NOT_SUPPORTED",
  },
  {
    name: "a body over one megabyte",
    class: "http",
    attack: (t) =>
      send(t, JSON.stringify({ query: "{ counties { id } }", variables: { pad: "x".repeat(l.bodyBytes + 10) } })),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    subgraph: true,
  },
  {
    name: "a body of 20 MB announced by its length, answered before it is read, the connection closed cleanly",
    class: "http",
    attack: async (t) =>
      asAnswer(
        await rawExchange(
          t,
          (socket) => {
            socket.write(head(t, "content-length: 20000000\r\n"));
            const chunk = "x".repeat(65_536);
            let sent = 0;
            const pump = () => {
              if (socket.destroyed || socket.writableEnded || sent >= 20_000_000) return socket.end();
              sent += chunk.length;
              socket.write(chunk, pump);
            };
            pump();
          },
          15_000,
        ),
      ),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    subgraph: true,
  },
  {
    name: "a chunked body that never stops, cut off at the limit with a clean close",
    class: "http",
    attack: async (t) =>
      asAnswer(
        await rawExchange(
          t,
          (socket) => {
            socket.write(head(t, "transfer-encoding: chunked\r\n"));
            const chunk = "x".repeat(65_536);
            let sent = 0;
            const pump = () => {
              if (socket.destroyed || socket.writableEnded) return;
              if (sent >= 4 * l.bodyBytes) return socket.end("0\r\n\r\n");
              sent += chunk.length;
              socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`, pump);
            };
            pump();
          },
          15_000,
        ),
      ),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    subgraph: true,
  },
  {
    name: "malformed JSON",
    class: "http",
    attack: (t) => send(t, `{"query": "{ counties { id } }"`),
    status: 400,
    code: "MALFORMED_REQUEST",
    subgraph: true,
  },
  {
    name: "an empty JSON body",
    class: "http",
    attack: (t) => send(t, ""),
    status: 400,
    code: "MALFORMED_REQUEST",
    subgraph: true,
  },
  {
    name: "a JSON body that is a bare string",
    class: "http",
    attack: (t) => send(t, `"{ counties { id } }"`),
    status: 400,
    code: "MALFORMED_REQUEST",
  },
  {
    name: "a text/plain body (the form-post CSRF shape)",
    class: "http",
    attack: (t) => send(t, JSON.stringify({ query: "{ counties { id } }" }), { "content-type": "text/plain" }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "a form-encoded body",
    class: "http",
    attack: (t) =>
      send(t, "query=%7B+counties+%7B+id+%7D+%7D", { "content-type": "application/x-www-form-urlencoded" }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    subgraph: true,
  },
  {
    name: "a multipart body",
    class: "http",
    attack: (t) =>
      send(t, '--b\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ counties { id } }\r\n--b--\r\n', {
        "content-type": "multipart/form-data; boundary=b",
      }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    subgraph: true,
  },
  {
    name: "a body trickling in at one byte a second",
    class: "http",
    attack: async (t) =>
      asAnswer(
        await rawExchange(
          t,
          (socket) => {
            socket.write(head(t, "content-length: 200\r\n"));
            const trickle = setInterval(() => {
              if (socket.destroyed || socket.writableEnded) return clearInterval(trickle);
              socket.write("{");
            }, 1_000);
            socket.once("close", () => clearInterval(trickle));
          },
          20_000,
        ),
      ),
    status: 408,
    code: "REQUEST_TIMEOUT",
    subgraph: true,
  },
  // — types and injection: refused with a code, never reaching SQL as such —
  {
    name: "an Int past 32 bits",
    class: "types and injection",
    attack: (t) => json(t, PAGE, { first: 2 ** 40 }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "an Int that is a string with SQL in it",
    class: "types and injection",
    attack: (t) => json(t, PAGE, { first: "10; DROP TABLE estates" }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "a float for an Int",
    class: "types and injection",
    attack: (t) => json(t, PAGE, { first: 1.5 }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  ...[0, -1].map((first) => ({
    name: `a page of ${first}`,
    class: "types and injection" as const,
    attack: (t: HostileTarget) => json(t, PAGE, { first }),
    status: 200,
    code: "BAD_USER_INPUT",
    subgraph: true,
  })),
  ...INJECTIONS.flatMap((injection) => [
    {
      name: `an id variable carrying ${JSON.stringify(injection)}`,
      class: "types and injection" as const,
      attack: (t: HostileTarget) =>
        json(t, "query ($id: ID!) { estate(id: $id) { id problemWall(first: 1) { edges { node { id } } } } }", {
          id: injection,
        }),
      // A malformed id names no estate: null, as for any id that does not exist.
      status: 200,
      code: "",
      subgraph: true,
    },
    {
      name: `an id in an input object carrying ${JSON.stringify(injection)}`,
      class: "types and injection" as const,
      attack: (t: HostileTarget) =>
        json(t, REPORT, { input: { ...problem(t), estateId: injection } }, { token: t.residentToken }),
      status: 200,
      code: "BAD_USER_INPUT",
      subgraph: true,
    },
    {
      name: `a cursor carrying ${JSON.stringify(injection)}`,
      class: "types and injection" as const,
      attack: (t: HostileTarget) => json(t, CURSOR, { after: injection }),
      status: 200,
      code: "BAD_USER_INPUT",
      subgraph: true,
    },
  ]),
  {
    name: "a forged cursor of base64 JSON holding SQL",
    class: "types and injection",
    attack: (t) =>
      json(t, CURSOR, { after: Buffer.from(JSON.stringify(["x' OR 1=1 --", "not-a-uuid"])).toString("base64url") }),
    status: 200,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "a client-chosen id that is not a UUID",
    class: "types and injection",
    attack: (t) =>
      json(
        t,
        REPORT,
        { input: { ...problem(t), id: "1 UNION SELECT phone FROM party_members" } },
        { token: t.residentToken },
      ),
    status: 200,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "an enum value carrying SQL",
    class: "types and injection",
    attack: (t) =>
      json(t, "query ($kind: UnitKind) { units(kind: $kind) { edges { node { id } } } }", { kind: "X' OR 1=1" }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an enum written inline that does not exist",
    class: "types and injection",
    attack: (t) => json(t, `{ units(kind: DROP_TABLE) { edges { node { id } } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "an input object with a field the schema does not have",
    class: "types and injection",
    attack: (t) => json(t, REPORT, { input: { ...problem(t), isAdmin: true } }, { token: t.residentToken }),
    status: 400,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  {
    name: "an input object whose String field is far too long",
    class: "types and injection",
    attack: (t) => json(t, REPORT, { input: { ...problem(t), text: "停".repeat(5_000) } }, { token: t.residentToken }),
    status: 200,
    code: "BAD_USER_INPUT",
    subgraph: true,
  },
  // — identity —
  {
    name: "a forged gateway secret",
    class: "identity",
    attack: (t) => json(t, "{ counties { id } }", undefined, { headers: { "x-linli-gateway-secret": "x".repeat(43) } }),
    status: 400,
    code: "FORBIDDEN_HEADER",
  },
  {
    name: "a forged caller header claiming county admin",
    class: "identity",
    attack: (t) =>
      json(t, "{ counties { id } }", undefined, {
        headers: { "x-linli-caller": JSON.stringify({ role: "county_admin", personalData: true }) },
      }),
    status: 400,
    code: "FORBIDDEN_HEADER",
  },
  ...[
    ["a token signed with no algorithm", `${b64({ alg: "none" })}.${b64(adminClaims())}.`],
    [
      "a token signed with a shared secret (HS256)",
      `${b64({ alg: "HS256", typ: "JWT" })}.${b64(adminClaims())}.c2lnbmF0dXJl`,
    ],
    ["a token that is not a JWT", "not-a-token"],
    ["a token of three empty parts", ".."],
    ["a token with a forged RS256 signature", `${b64({ alg: "RS256" })}.${b64(adminClaims())}.${"A".repeat(342)}`],
  ].map(([name, token]) => ({
    name: name as string,
    class: "identity" as const,
    attack: (t: HostileTarget) => json(t, "{ counties { id } }", undefined, { token: token as string }),
    status: 401,
    code: "UNAUTHENTICATED",
    subgraph: true,
  })),
  {
    name: "an Authorization header of another scheme",
    class: "identity",
    attack: (t) => json(t, "{ counties { id } }", undefined, { headers: { authorization: "Basic YWRtaW46YWRtaW4=" } }),
    status: 401,
    code: "UNAUTHENTICATED",
    subgraph: true,
  },
  {
    name: "a mutation by the anonymous public",
    class: "identity",
    attack: (t) => json(t, REPORT, { input: problem(t) }),
    status: 200,
    code: "UNAUTHENTICATED",
    subgraph: true,
  },
  // — schema secrecy in production —
  {
    name: "introspection of the schema",
    class: "schema secrecy",
    attack: (t) => json(t, "{ __schema { types { name } } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "introspection of one type",
    class: "schema secrecy",
    attack: (t) => json(t, `{ __type(name: "PartyMember") { fields { name } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "introspection hidden in a fragment",
    class: "schema secrecy",
    attack: (t) => json(t, "{ ...F } fragment F on Query { __schema { queryType { name } } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  ...[
    ["a misspelt root field", "{ partyMembr(id: 1) { id } }"],
    ["a misspelt nested field", "{ counties { nmae } }"],
    ["a misspelt argument", "{ estates(frist: 1) { edges { node { id } } } }"],
    ["a misspelt type in a fragment", "{ counties { ... on Cunty { id } } }"],
  ].map(([name, query]) => ({
    name: `${name}, fishing for suggestions`,
    class: "schema secrecy" as const,
    attack: (t: HostileTarget) => json(t, query as string),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    subgraph: true,
  })),
];

function b64(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
function adminClaims() {
  return { sub: "mallory", exp: 4_102_444_800, linli_grants: [{ role: "county_admin", personalData: true }] };
}

/** What no refusal may hold: a stack, SQL, an address, a suggestion, or the parser's numbers. */
export const LEAKS =
  /Did you mean|stacktrace|127\.0\.0\.1|localhost|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|at \w+ \(|node_modules|\.ts:\d+|limit of \d+|found \d+|more tha[nt] \d+ tokens/;
