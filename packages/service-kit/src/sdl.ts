import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DocumentNode } from "graphql";
import { parse } from "graphql";

/** Every `.graphql` file below `dir`, `schema.graphql` (the `@link` header) first, then by path. */
export function subgraphSdlFiles(dir: string): string[] {
  const files = (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => join(dir, file));
  const rank = (file: string) => (relative(dir, file) === "schema.graphql" ? "" : relative(dir, file));
  return files.sort((a, b) => rank(a).localeCompare(rank(b)));
}

/** A subgraph's SDL: its module files joined into one document. */
export function loadSubgraphSdl(dir: string): string {
  return subgraphSdlFiles(dir)
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
}

export function loadSubgraphTypeDefs(dir: string): DocumentNode {
  return parse(loadSubgraphSdl(dir));
}
