import { readFileSync, writeFileSync } from "node:fs";
import { composeSupergraph } from "./compose";
import { subgraphs, supergraphPath } from "./subgraphs";

/** `pnpm compose` writes schema/supergraph.graphql; `pnpm compose:check` fails when it is stale or does not compose. */
function main() {
  const check = process.argv.includes("--check");
  let supergraph: string;
  try {
    supergraph = composeSupergraph();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  if (!check) {
    writeFileSync(supergraphPath, supergraph);
    process.stdout.write(`Wrote ${supergraphPath} from ${subgraphs.length} subgraphs.\n`);
    return;
  }
  let committed = "";
  try {
    committed = readFileSync(supergraphPath, "utf8");
  } catch {
    // reported below as stale
  }
  if (committed !== supergraph) {
    process.stderr.write(
      "schema/supergraph.graphql is stale: a subgraph's SDL changed without recomposing. Run `pnpm compose` and commit the result.\n",
    );
    process.exit(1);
  }
  process.stdout.write(`Supergraph composes and is up to date (${subgraphs.length} subgraphs).\n`);
}

main();
