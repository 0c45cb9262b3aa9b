import { fileURLToPath } from "node:url";

// Where the composed files are, apart from the list of agencies: the gateway serves any
// supergraph and reads these defaults without knowing which subgraphs there are.
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GATEWAY_PORT = 4000;

export const supergraphPath = at("./supergraph.graphql");

/** The API schema clients see (no federation machinery): what dashboard operations are checked and typed against. */
export const apiSchemaPath = at("./api.graphql");

/** The named operations dashboards use (`schema/operations/*.graphql`). */
export const operationsDir = at("./operations");
