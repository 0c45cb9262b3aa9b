import { fileURLToPath } from "node:url";

/**
 * The one list of subgraphs. Composition writes each routing URL into the supergraph; the
 * gateway lets `<PREFIX>_URL` override it; `pnpm start` starts each on its port.
 */
export interface SubgraphInfo {
  /** Subgraph name in the supergraph; the package exports its definition under this name. */
  name: string;
  /** The agency's package (its definition and `loadCounty`, the demo loader). */
  package: string;
  /** Prefix of the subgraph's environment variables (PARTY_PORT, PARTY_DATABASE_URL …). */
  envPrefix: string;
  /** Local port, used in the default routing URL. */
  port: number;
  /** The folder whose `.graphql` files are the subgraph's SDL. */
  sdlDir: string;
  /** The package folder (where `pnpm start` runs it). */
  packageDir: string;
}

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const subgraphs: readonly SubgraphInfo[] = [
  {
    name: "party",
    package: "@linli/party",
    envPrefix: "PARTY",
    port: 4001,
    sdlDir: at("../subgraphs/party/src"),
    packageDir: at("../subgraphs/party"),
  },
  {
    name: "property",
    package: "@linli/property",
    envPrefix: "PROPERTY",
    port: 4002,
    sdlDir: at("../subgraphs/property/src"),
    packageDir: at("../subgraphs/property"),
  },
  {
    name: "units",
    package: "@linli/units",
    envPrefix: "UNITS",
    port: 4003,
    sdlDir: at("../subgraphs/units/src"),
    packageDir: at("../subgraphs/units"),
  },
  {
    name: "volunteer",
    package: "@linli/volunteer",
    envPrefix: "VOLUNTEER",
    port: 4004,
    sdlDir: at("../subgraphs/volunteer/src"),
    packageDir: at("../subgraphs/volunteer"),
  },
];

export const routingUrl = (subgraph: SubgraphInfo, host = "127.0.0.1") => `http://${host}:${subgraph.port}/graphql`;

export { apiSchemaPath, GATEWAY_PORT, operationsDir, supergraphPath } from "./paths";
