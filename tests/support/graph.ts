import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { DemoCounty } from "@linli/demo-county";
import { loadCounty as loadParty, party } from "@linli/party";
import { loadCounty as loadProperty, property } from "@linli/property";
import { type Child, startChild, stopChildren, waitUntilAnswers } from "@linli/runner/children";
import { subgraphs } from "@linli/schema";
import { type Database, openDatabase } from "@linli/service-kit";
import { type ProvisionedDatabase, provisionDatabase } from "@linli/service-kit/testing";
import { loadCounty as loadUnits, units } from "@linli/units";
import { loadCounty as loadVolunteer, volunteer } from "@linli/volunteer";

type AnyDefinition = {
  dbSchema: Record<string, unknown>;
  migrationsFolder: string;
};
// biome-ignore lint/suspicious/noExplicitAny: each loader takes its own agency's database type
type Loader = (db: Database<any>, county: DemoCounty) => Promise<void>;

const agencies: Record<string, { definition: AnyDefinition; load: Loader }> = {
  party: { definition: party, load: loadParty },
  property: { definition: property, load: loadProperty },
  units: { definition: units, load: loadUnits },
  volunteer: { definition: volunteer, load: loadVolunteer },
};

const gatewayDir = fileURLToPath(new URL("../../gateway", import.meta.url));
const READY_MS = 60_000;

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RunningSubgraph {
  url: string;
  child: Child;
  /** SQL statements this subgraph has issued since it started (from its /metrics). */
  statements(): Promise<number>;
}

export interface RunningGraph extends AsyncDisposable {
  gatewayUrl: string;
  gatewayBase: string;
  gateway: Child;
  subgraphs: Record<string, RunningSubgraph>;
  query<TData = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Everything the processes printed, for a failing test's message. */
  output(): string;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function seed(name: string, county: DemoCounty): Promise<ProvisionedDatabase> {
  const agency = agencies[name];
  if (!agency) throw new Error(`unknown subgraph ${name}`);
  const provisioned = await provisionDatabase(name);
  const handle = await openDatabase({
    url: provisioned.url,
    dataDir: provisioned.dataDir,
    schema: agency.definition.dbSchema,
  });
  try {
    await handle.migrate(agency.definition.migrationsFolder);
    await agency.load(handle.db, county);
  } finally {
    await handle.close();
  }
  return provisioned;
}

/**
 * Seeds each agency's own database with `county`, starts the four subgraphs and the gateway
 * as real processes on free ports, and waits until the gateway answers.
 */
export async function startGraph(county: DemoCounty): Promise<RunningGraph> {
  const lines: string[] = [];
  const children: Child[] = [];
  const databases = await Promise.all(subgraphs.map((s) => seed(s.name, county)));
  const running: Record<string, RunningSubgraph> = {};
  const dispose = async () => {
    await stopChildren(children, 5_000);
    await Promise.all(databases.map((db) => db[Symbol.asyncDispose]()));
  };
  try {
    await Promise.all(
      subgraphs.map(async (subgraph, index) => {
        const port = await freePort();
        const database = databases[index]!;
        const child = startChild(
          subgraph.name,
          subgraph.packageDir,
          {
            [`${subgraph.envPrefix}_PORT`]: String(port),
            [`${subgraph.envPrefix}_DATABASE_URL`]: database.url ?? "",
            [`${subgraph.envPrefix}_DATA_DIR`]: database.dataDir ?? "",
            LOAD_DEMO_DATA: "never",
            LOG_LEVEL: "warn",
          },
          index,
          (line) => lines.push(`${subgraph.name}| ${line}`),
        );
        children.push(child);
        const base = `http://127.0.0.1:${port}`;
        await waitUntilAnswers(`${base}/ready`, child, READY_MS);
        running[subgraph.name] = { url: `${base}/graphql`, child, statements: () => sqlStatements(base) };
      }),
    );
    const gatewayPort = await freePort();
    const gateway = startChild(
      "gateway",
      gatewayDir,
      {
        GATEWAY_PORT: String(gatewayPort),
        LOG_LEVEL: "warn",
        ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, running[s.name]?.url])),
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
      query: (source, variables) => postGraphQL(gatewayUrl, source, variables),
      output: () => lines.join("\n"),
      [Symbol.asyncDispose]: dispose,
    };
  } catch (error) {
    await dispose();
    throw new Error(`${(error as Error).message}\n${lines.join("\n")}`);
  }
}

export async function postGraphQL<TData>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

async function sqlStatements(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const match = /^linli_sql_statements_total(?:\{[^}]*\})? (\d+)/m.exec(text);
  if (!match) throw new Error("no linli_sql_statements_total in /metrics");
  return Number(match[1]);
}
