import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isNonNullType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { apiSchemaPath } from "./paths";

describe("connections", () => {
  it("every connection of the graph has a non-null totalCount, so a new list cannot leave it out", () => {
    const schema = buildSchema(readFileSync(apiSchemaPath, "utf8"));
    const connections = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && "edges" in type.getFields() && "pageInfo" in type.getFields(),
    );
    expect(connections.length).toBeGreaterThan(25);
    const missing = connections.filter((type) => {
      const field = isObjectType(type) ? type.getFields().totalCount : undefined;
      return !field || !isNonNullType(field.type) || getNamedType(field.type).name !== "Int";
    });
    expect(missing.map((type) => type.name)).toEqual([]);
  });
});
