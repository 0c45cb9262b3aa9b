import type { RemoteGraphQLDataSource } from "@apollo/gateway";

export type Fetcher = RemoteGraphQLDataSource["fetcher"];
export type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

/** Whether a subgraph call may write; anything not plainly a query is treated as a write. */
export function isMutation(body: FetcherRequestInit["body"]): boolean {
  if (typeof body !== "string") return true; // unknown: never risk repeating a write
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query !== "string" || isMutationText(query);
  } catch {
    return true;
  }
}

/** Whether an operation the query planner wrote for a subgraph is a mutation. */
export const isMutationText = (query: string | undefined): boolean =>
  typeof query === "string" && /^\s*mutation\b/.test(query);
