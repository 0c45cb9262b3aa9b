import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { processImport } from "@graphql-tools/import";
import type { DocumentNode } from "graphql";
import { operationsDir } from "./paths";

/** One `.graphql` file of operations, as it runs on its own. */
export interface OperationFile {
  file: string;
  /** The file's definitions and the fragments its `#import` lines bring along that it spreads. */
  document: DocumentNode;
}

/**
 * Each `*.graphql` file of `dir` (by name), its `#import "./other.graphql"` lines resolved by
 * @graphql-tools/import, the resolver graphql-codegen uses for the same files, so the gateway's
 * safelist, the typed documents and the tests read them alike. A missing folder has no files.
 */
export function loadOperationFiles(dir: string = operationsDir): OperationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ file, document: processImport(join(dir, file)) }));
}
