import { readFileSync } from "node:fs";
import { buildSchema, type DocumentNode, Kind, parse, print, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as typed from "./generated/operations";
import { loadOperationFiles } from "./operation-files";
import { apiSchemaPath } from "./subgraphs";

const schema = buildSchema(readFileSync(apiSchemaPath, "utf8"));
const files = loadOperationFiles();
const operationsOf = (document: DocumentNode) =>
  document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d] : []));
const fragmentNamesOf = (document: DocumentNode) =>
  document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));
const operationFiles = files.filter(({ document }) => operationsOf(document).length > 0);
const operations = operationFiles.flatMap(({ document }) => operationsOf(document));

describe("the dashboard operations (schema/operations)", () => {
  it("are each file alone, its #import lines resolved, a valid document against schema/api.graphql", () => {
    expect(operationFiles.map(({ file }) => file)).toEqual(
      expect.arrayContaining(["overview.graphql", "drilldown.graphql", "estate.graphql", "liaison.graphql"]),
    );
    for (const { file, document } of operationFiles) {
      // Every rule a server applies, unused fragments included: the file is sent as it is.
      expect(
        validate(schema, document).map((error) => error.message),
        file,
      ).toEqual([]);
    }
  });

  it("need the import: a file that spreads the shared figures does not validate without it", () => {
    const overview = readFileSync(new URL("./operations/overview.graphql", import.meta.url), "utf8");
    expect(overview).toContain('#import "./figures.graphql"');
    expect(validate(schema, parse(overview)).map((error) => error.message)).toContain(
      'Unknown fragment "PartyFiguresFields".',
    );
  });

  it("leave no shared fragment unused: each one is spread by some operation file", () => {
    const spread = new Set(operationFiles.flatMap(({ document }) => fragmentNamesOf(document)));
    for (const { file, document } of files) {
      for (const name of fragmentNamesOf(document)) expect(spread.has(name), `${name} of ${file}`).toBe(true);
    }
  });

  it("are all named, each name once", () => {
    const names = operations.map((operation) => operation.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["CountyOverview", "SubdistrictDrillDown", "EstatePage", "LiaisonUnit"]),
    );
  });

  it("each have a typed document generated from them, with the fragments they use", () => {
    for (const { document } of operationFiles) {
      for (const operation of operationsOf(document)) {
        const name = operation.name?.value;
        const generated = (typed as Record<string, unknown>)[`${name}Document`] as DocumentNode | undefined;
        expect(generated, `${name}Document in schema/generated/operations.ts`).toMatchObject({ kind: "Document" });
        expect(print(operationsOf(generated!)[0]!)).toBe(print(operation));
        expect(validate(schema, generated!).map((error) => error.message)).toEqual([]);
      }
    }
  });
});
