import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { checkListArguments, checkOperation, checkRequestParams, checkVariables, operationLimits } from "./limits";

const schema = buildSchema(`
  scalar _Any
  type Query {
    estates(first: Int, after: String): EstateConnection!
    counties: [County!]!
    _entities(representations: [_Any!]!): [Entity]!
    byIds(ids: [ID!]): [Estate!]!
  }
  union Entity = Estate
  type County { id: ID! name: String! }
  type EstateConnection { edges: [EstateEdge!]! }
  type EstateEdge { node: Estate! }
  type Estate { id: ID! name: String! problemWall(first: Int): ProblemConnection! }
  type ProblemConnection { edges: [ProblemEdge!]! }
  type ProblemEdge { node: Problem! }
  type Problem { id: ID! text: String! }
`);

const WALLS = parse(
  "query ($n: Int, $m: Int) { estates(first: $n) { edges { node { name problemWall(first: $m) { edges { node { id } } } } } } }",
);

const nested = (depth: number) => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

describe("the cost of an operation", () => {
  it("counts page sizes passed in variables, nested pages multiplied", () => {
    const small = checkOperation(schema, WALLS, { n: 2, m: 3 });
    // estates 1 + 2 × (edges 1 + node 1 + wall (1 + 3 × (edges 1 + node 1)))
    expect(small.cost).toBe(1 + 2 * (1 + 1 + (1 + 3 * 2)));
    expect(small.refusal).toBeUndefined();
  });

  it("refuses the same text with large variables, saying the cost and the budget", () => {
    const { refusal, cost } = checkOperation(schema, WALLS, { n: 100, m: 100 });
    expect(cost).toBeGreaterThan(operationLimits.cost);
    expect(refusal?.extensions).toMatchObject({ code: "OPERATION_LIMIT_EXCEEDED", cost, budget: operationLimits.cost });
  });

  it("counts every object of a list that takes no first, leaves or not", () => {
    expect(checkOperation(schema, parse("{ counties { id name } }"), {}).cost).toBe(1 + 10 * 1);
  });

  it("assumes the default page size where no first is given", () => {
    const unpaged = checkOperation(schema, parse("{ estates { edges { node { id } } } }"), {});
    expect(unpaged.cost).toBe(1 + 20 * 2);
  });

  it("counts every representation an _entities call asks for", () => {
    const document = parse(
      "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Estate { problemWall(first: 50) { edges { node { id } } } } } }",
    );
    const few = checkOperation(schema, document, { r: [{ __typename: "Estate", id: "1" }] });
    const many = checkOperation(schema, document, { r: Array.from({ length: 200 }, (_, i) => ({ id: String(i) })) });
    expect(few.refusal).toBeUndefined();
    expect(many.cost).toBe(1 + 200 * (1 + 1 + 50 * 2));
    expect(many.refusal?.extensions?.code).toBe("OPERATION_LIMIT_EXCEEDED");
  });
});

describe("list arguments", () => {
  const BY_IDS = parse("query ($ids: [ID!]) { byIds(ids: $ids) { id } }");

  it("refuses a page past the limit written inline or in a variable", () => {
    expect(checkListArguments(parse("{ estates(first: 101) { edges { node { id } } } }"), {})?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(checkListArguments(WALLS, { n: 101 })?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(checkListArguments(WALLS, { n: 100, m: 100 })).toBeUndefined();
  });

  it("refuses a list argument of 101 items and admits one of 100", () => {
    expect(checkListArguments(BY_IDS, { ids: Array.from({ length: 101 }, String) })?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(checkListArguments(BY_IDS, { ids: Array.from({ length: 100 }, String) })).toBeUndefined();
  });

  it("caps _entities representations separately from list arguments", () => {
    const document = parse("query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }");
    const reps = (n: number) => ({ r: Array.from({ length: n }, (_, i) => ({ id: String(i) })) });
    expect(checkListArguments(document, reps(operationLimits.entityRepresentations))).toBeUndefined();
    expect(checkListArguments(document, reps(operationLimits.entityRepresentations + 1))?.extensions?.code).toBe(
      "OPERATION_LIMIT_EXCEEDED",
    );
  });
});

describe("variables before anything reads them", () => {
  it("refuses a NUL byte or a lone surrogate in a value or a key", () => {
    expect(checkVariables({ a: "x\u0000y" })?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(checkVariables({ a: ["ok", { b: "\ud800" }] })?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(checkVariables({ "k\u0000": 1 })?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(checkVariables({ a: "邻里 😀", b: [1, null, true] })).toBeUndefined();
  });

  it("refuses nesting past the bound without overflowing the stack at 200,000 levels", () => {
    expect(checkVariables({ v: nested(operationLimits.variableDepth - 2) })).toBeUndefined();
    expect(checkVariables({ v: nested(operationLimits.variableDepth + 1) })?.extensions?.code).toBe("BAD_USER_INPUT");
    const deep = JSON.parse(`{"v":${"[".repeat(200_000)}${"]".repeat(200_000)}}`);
    expect(checkVariables(deep)?.extensions?.http).toEqual({ status: 400 });
  });

  it("reads the variables of a GET request from their JSON text", () => {
    expect(checkRequestParams({ query: "{ a }", variables: JSON.stringify({ a: "\u0000" }) })).toBeDefined();
    expect(checkRequestParams({ query: "{ a }", operationName: "A\u0000" })).toBeDefined();
    expect(checkRequestParams({ query: "{ a }", variables: "not json" })).toBeUndefined();
  });
});
