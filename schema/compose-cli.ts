import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { apiSchema, breakingChanges, composeSupergraph } from "./compose";
import { apiSchemaPath, subgraphs, supergraphPath } from "./subgraphs";

/**
 * `pnpm compose` writes schema/supergraph.graphql and the API schema clients see
 * (schema/api.graphql, which typed operations are generated from), refusing a change that would break clients
 * unless `--allow-breaking` is given; `pnpm compose:check` fails when the composition fails or
 * the committed file is stale.
 */
function main() {
  const check = process.argv.includes("--check");
  const allowBreaking = process.argv.includes("--allow-breaking");
  let supergraph: string;
  try {
    supergraph = composeSupergraph();
  } catch (error) {
    fail((error as Error).message);
  }
  const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, "utf8") : "";
  const api = `${printSchema(apiSchema(supergraph))}\n`;
  const committedApi = existsSync(apiSchemaPath) ? readFileSync(apiSchemaPath, "utf8") : "";

  if (check) {
    if (committed !== supergraph || committedApi !== api) {
      fail(
        "schema/supergraph.graphql or schema/api.graphql is stale: a subgraph's SDL changed without recomposing. Run `pnpm compose` and commit the result.",
      );
    }
    process.stdout.write(`Supergraph composes and is up to date (${subgraphs.length} subgraphs).\n`);
    return;
  }

  const breaking = committed ? breakingChanges(committed, supergraph) : [];
  if (breaking.length > 0 && !allowBreaking) {
    fail(
      `This change would break clients of the graph:\n${breaking.map((b) => `  - ${b}`).join("\n")}\n` +
        "Deprecate the field first (@deprecated(reason: …)) and remove it once clients have moved, " +
        "or pass --allow-breaking if no client can be using it.",
    );
  }
  writeFileSync(supergraphPath, supergraph);
  writeFileSync(apiSchemaPath, api);
  process.stdout.write(`Wrote ${supergraphPath} and ${apiSchemaPath} from ${subgraphs.length} subgraphs.\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main();
