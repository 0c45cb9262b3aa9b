// Monaco's editor, JSON and GraphQL workers, bundled by Vite: nothing is loaded from elsewhere.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { buildSchema, Kind, parse } from "graphql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { session } from "../graph";

/** One named operation of schema/operations, as the gateway lists it for the IDE. */
interface Example {
  name: string;
  query: string;
  variables: string;
}

const fetchText = async (path: string) => {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

// The API schema comes as SDL from the gateway, so the documentation explorer and completion
// work where introspection is off (production).
const [sdl, examples] = await Promise.all([
  fetchText("/graphiql/api.graphql"),
  fetchText("/graphiql/operations.json").then((text) => JSON.parse(text) as Example[]),
]);
// The token the pages signed in with in this tab, if any; never stored by the IDE itself.
const token = session.token();
const headers = token ? JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) : "";
// GraphiQL fills the first tab's variables editor from `initialVariables`, not from the tab;
// once it has stored tabs of its own, they are the user's and stay as they were.
const firstVisit = localStorage.getItem("graphiql:tabState") === null;

const graphqlFetcher = createGraphiQLFetcher({ url: "/graphql" });
/** The names of a document's operations; none when it does not parse (the gateway says why). */
const operationNames = (query: string) => {
  try {
    return parse(query).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
    );
  } catch {
    return undefined;
  }
};
// GraphiQL derives the operation name from the editor a moment after each change, so a query
// run right after it was typed can go out with the name of the tab's previous operation, which
// the gateway rightly refuses (OPERATION_RESOLUTION_FAILURE). A name is sent only when the
// document has that operation; otherwise its single named operation, or none.
const fetcher: Fetcher = (params, options) => {
  const names = operationNames(params.query);
  const stale = names !== undefined && params.operationName && !names.includes(params.operationName);
  return graphqlFetcher(stale ? { ...params, operationName: names.length === 1 ? names[0] : null } : params, options);
};

createRoot(document.getElementById("graphiql") as HTMLElement).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      schema={buildSchema(sdl)}
      plugins={[HISTORY_PLUGIN, explorerPlugin()]}
      defaultTabs={examples.map(({ query, variables }) => ({ query, variables, headers }))}
      defaultHeaders={headers}
      {...(firstVisit && examples[0] ? { initialVariables: examples[0].variables } : {})}
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility
    />
  </StrictMode>,
);
