import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { apiSchema } from "./compose";
import * as typed from "./generated/operations";
import { operationsDir, supergraphPath } from "./subgraphs";

const files = readdirSync(operationsDir).filter((file) => file.endsWith(".graphql"));
// One document: fragments live in their own files and are shared across operations.
const document = parse(files.map((file) => readFileSync(join(operationsDir, file), "utf8")).join("\n"));
const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d] : []));

describe("the dashboard operations (schema/operations)", () => {
  it("are valid against the composed supergraph's API schema", () => {
    const errors = validate(apiSchema(readFileSync(supergraphPath, "utf8")), document);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it("are all named, each name once", () => {
    const names = operations.map((operation) => operation.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["CountyOverview", "SubdistrictDrillDown", "EstatePage", "LiaisonUnit"]),
    );
  });

  it("each have a typed document generated from them", () => {
    for (const operation of operations) {
      const generated = (typed as Record<string, unknown>)[`${operation.name?.value}Document`];
      expect(generated, `${operation.name?.value}Document in schema/generated/operations.ts`).toMatchObject({
        kind: "Document",
      });
    }
  });
});
