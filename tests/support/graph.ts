import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DemoCounty } from "@linli/demo-county";
import { agencies } from "@linli/runner/agencies";
import { type Child, freePort, startChild, stopChildren, waitUntilAnswers } from "@linli/runner/children";
import { directoryEnvironments, REGISTRY } from "@linli/runner/directory";
import { subgraphs } from "@linli/schema";
import {
  ensureLocalKeys,
  GATEWAY_SECRET_HEADER,
  type Grant,
  openDatabase,
  readPrivateKey,
  signToken,
} from "@linli/service-kit";
import { type ProvisionedDatabase, provisionDatabase } from "@linli/service-kit/testing";

const gatewayDir = fileURLToPath(new URL("../../gateway", import.meta.url));
const identityDir = fileURLToPath(new URL("../../packages/identity", import.meta.url));
/** The demo logins' password when a graph runs with its identity provider. */
export const DEMO_PASSWORD = "test-demo-password";
const READY_MS = 60_000;

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  /** A bearer token (see `token`); none means the anonymous public. */
  token?: string | undefined;
  /** Sent as `Idempotency-Key`. */
  idempotencyKey?: string | undefined;
}

export interface RunningSubgraph {
  url: string;
  child: Child;
  /** The credential the gateway presents to it. */
  secret: string;
  /** Starts it again on the same port and database (after it was stopped or killed); resolves when ready. */
  restart(): Promise<void>;
  /** SQL statements this subgraph has issued since it started (from its /metrics). */
  statements(): Promise<number>;
  /** Straight at the subgraph, bypassing the gateway; with its credential unless `withSecret` is false. */
  query<TData = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions & { withSecret?: boolean },
  ): Promise<GraphQLResponse<TData> & { status: number }>;
}

export interface RunningGraph extends AsyncDisposable {
  gatewayUrl: string;
  gatewayBase: string;
  gateway: Child;
  subgraphs: Record<string, RunningSubgraph>;
  query<TData = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  /** The embedded identity provider's URL (its issuer), when started with `identity`. */
  identityBase?: string | undefined;
  /** A token for these grants, signed with this graph's key. */
  token(grants: Grant[], subject?: string): Promise<string>;
  /** Everything the processes printed, for a failing test's message. */
  output(): string;
}

export { freePort };

async function seed(name: string, county: DemoCounty, loads: number, url?: string): Promise<ProvisionedDatabase> {
  const agency = agencies[name];
  if (!agency) throw new Error(`unknown subgraph ${name}`);
  // A database the test made itself is the test's to drop.
  const provisioned: ProvisionedDatabase = url
    ? { url, [Symbol.asyncDispose]: async () => {} }
    : await provisionDatabase(name);
  const handle = await openDatabase({
    url: provisioned.url,
    dataDir: provisioned.dataDir,
    schema: agency.definition.dbSchema,
  });
  try {
    await handle.migrate(agency.definition.migrationsFolder);
    for (let i = 0; i < loads; i += 1) await agency.load(handle.db, county);
  } finally {
    await handle.close();
  }
  return provisioned;
}

export interface GraphOptions {
  /** Extra environment for the gateway process (limits, NODE_ENV, timeouts …). */
  gatewayEnv?: Record<string, string>;
  /** How many times to load the county into each database before starting (loading is idempotent). */
  loads?: number;
  /** An empty PostgreSQL database for some subgraphs (by name) instead of a provisioned one. */
  databaseUrls?: Record<string, string>;
  /** Also run the embedded identity provider (demo logins, DEMO_PASSWORD), issuer of every token. */
  identity?: boolean;
}

/**
 * Seeds each agency's own database with `county`, starts the four subgraphs and the gateway
 * as real processes on free ports, and waits until the gateway answers.
 */
export async function startGraph(county: DemoCounty, options: GraphOptions = {}): Promise<RunningGraph> {
  const lines: string[] = [];
  const children: Child[] = [];
  const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-keys-")));
  const privateKey = readPrivateKey(keys.privateKeyPath);
  const secrets = Object.fromEntries(subgraphs.map((s) => [s.name, randomBytes(32).toString("base64url")]));
  const databases = await Promise.all(
    subgraphs.map((s) => seed(s.name, county, options.loads ?? 1, options.databaseUrls?.[s.name])),
  );
  const running: Record<string, RunningSubgraph> = {};
  const ports: Record<string, number> = {};
  for (const s of subgraphs) ports[s.name] = await freePort();
  const directoryEnv = directoryEnvironments(`http://127.0.0.1:${ports[REGISTRY]}`);
  const gatewayPort = await freePort();
  const identityBase = options.identity ? `http://127.0.0.1:${await freePort()}` : undefined;
  // With the identity provider, it is the issuer every process verifies (and `token` signs as).
  const issuerEnv: Record<string, string> = identityBase ? { AUTH_ISSUER: identityBase } : {};
  const dispose = async () => {
    await stopChildren(children, 5_000);
    await Promise.all(databases.map((db) => db[Symbol.asyncDispose]()));
  };
  try {
    await Promise.all(
      subgraphs.map(async (subgraph, index) => {
        const port = ports[subgraph.name] as number;
        const database = databases[index]!;
        const launch = () => {
          const started = startChild(
            subgraph.name,
            subgraph.packageDir,
            {
              [`${subgraph.envPrefix}_PORT`]: String(port),
              [`${subgraph.envPrefix}_DATABASE_URL`]: database.url ?? "",
              [`${subgraph.envPrefix}_DATA_DIR`]: database.dataDir ?? "",
              [`${subgraph.envPrefix}_GATEWAY_SECRET`]: secrets[subgraph.name],
              ...directoryEnv(subgraph.name),
              AUTH_JWKS_PATH: keys.jwksPath,
              ...issuerEnv,
              LOAD_DEMO_DATA: "never",
              LOG_LEVEL: "warn",
            },
            index,
            (line) => lines.push(`${subgraph.name}| ${line}`),
          );
          children.push(started);
          return started;
        };
        const child = launch();
        const base = `http://127.0.0.1:${port}`;
        await waitUntilAnswers(`${base}/ready`, child, READY_MS);
        const secret = secrets[subgraph.name] as string;
        const entry: RunningSubgraph = {
          url: `${base}/graphql`,
          child,
          secret,
          restart: async () => {
            if (entry.child.process.exitCode === null && entry.child.process.signalCode === null) {
              entry.child.process.kill("SIGKILL");
              await entry.child.exited;
            }
            entry.child = launch();
            await waitUntilAnswers(`${base}/ready`, entry.child, READY_MS);
          },
          statements: () => sqlStatements(base, secret),
          query: async (source, variables, options = {}) => {
            const headers: Record<string, string> =
              options.withSecret === false ? {} : { [GATEWAY_SECRET_HEADER]: secret };
            return postGraphQLWithStatus(`${base}/graphql`, source, variables, {
              ...headers,
              ...bearer(options.token),
            });
          },
        };
        running[subgraph.name] = entry;
      }),
    );
    if (identityBase) {
      const identity = startChild(
        "identity",
        identityDir,
        {
          IDENTITY_PORT: new URL(identityBase).port,
          IDENTITY_ISSUER: identityBase,
          IDENTITY_SIGNING_KEY_PATH: keys.privateKeyPath,
          IDENTITY_WEB_REDIRECT_URIS: `http://127.0.0.1:${gatewayPort}/`,
          IDENTITY_DEMO_PASSWORD: DEMO_PASSWORD,
          LOG_LEVEL: "warn",
        },
        subgraphs.length + 1,
        (line) => lines.push(`identity| ${line}`),
      );
      children.push(identity);
      await waitUntilAnswers(`${identityBase}/.well-known/openid-configuration`, identity, READY_MS);
    }
    const gateway = startChild(
      "gateway",
      gatewayDir,
      {
        GATEWAY_PORT: String(gatewayPort),
        LOG_LEVEL: "warn",
        AUTH_JWKS_PATH: keys.jwksPath,
        ...issuerEnv,
        ...(identityBase ? { SIGN_IN_ISSUER: identityBase } : {}),
        ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_GATEWAY_SECRET`, secrets[s.name]])),
        ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, running[s.name]?.url])),
        // Every test request comes from one address, many from one subject; tests of the
        // limit itself turn it back on.
        RATE_LIMIT_MAX: "0",
        COST_BUDGET_POINTS: "0",
        ...options.gatewayEnv,
      },
      subgraphs.length,
      (line) => lines.push(`gateway| ${line}`),
    );
    children.push(gateway);
    const gatewayBase = `http://127.0.0.1:${gatewayPort}`;
    await waitUntilAnswers(`${gatewayBase}/health`, gateway, READY_MS);
    const gatewayUrl = `${gatewayBase}/graphql`;
    return {
      gatewayUrl,
      gatewayBase,
      gateway,
      subgraphs: running,
      query: (source, variables, options = {}) =>
        postGraphQL(gatewayUrl, source, variables, {
          ...bearer(options.token),
          ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
        }),
      identityBase,
      token: (grants, subject = "test-caller") =>
        signToken(privateKey, { subject, grants, ...(identityBase ? { issuer: identityBase } : {}) }),
      output: () => lines.join("\n"),
      [Symbol.asyncDispose]: dispose,
    };
  } catch (error) {
    await dispose();
    throw new Error(`${(error as Error).message}\n${lines.join("\n")}`);
  }
}

const bearer = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

export async function postGraphQL<TData>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const { status: _status, ...body } = await postGraphQLWithStatus<TData>(url, query, variables, headers);
  return body;
}

async function postGraphQLWithStatus<TData>(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string>,
): Promise<GraphQLResponse<TData> & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLResponse<TData>), status: response.status };
}

async function sqlStatements(base: string, secret: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`, { headers: { [GATEWAY_SECRET_HEADER]: secret } })).text();
  const match = /^linli_sql_statements_total(?:\{[^}]*\})? (\d+)/m.exec(text);
  if (!match) throw new Error("no linli_sql_statements_total in /metrics");
  return Number(match[1]);
}
