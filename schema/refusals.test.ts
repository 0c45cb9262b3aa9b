import { readFileSync } from "node:fs";
import {
  type FieldDefinitionNode,
  type GraphQLNamedType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
  type SelectionSetNode,
  type TypeNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { apiSchema, registrySources } from "./compose";
import { supergraphPath } from "./subgraphs";

/**
 * Where a subgraph can refuse a caller, read from its SDL: a field that names a `@rule`, a
 * personal field that takes a `purpose` (refused to a role that does not need it), and an entity
 * type that names a `@rule` (its `__resolveReference` refuses, so every field another agency
 * points at it with is refused too). Every refusal a subgraph makes on a read is declared in one
 * of these three ways (`@linli/service-kit`'s `enforceRules` runs them).
 */
interface Refusals {
  /** `Type.field` → the subgraphs whose rule can refuse it. */
  fields: Map<string, Set<string>>;
  /** Entity type → the subgraph whose reference resolver can refuse it. */
  entities: Map<string, string>;
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
const hasRule = (node: { directives?: readonly { name: { value: string } }[] }) =>
  (node.directives ?? []).some((directive) => directive.name.value === "rule");
const takesPurpose = (field: FieldDefinitionNode) => (field.arguments ?? []).some((a) => a.name.value === "purpose");

function readRefusals(): Refusals {
  const refusals: Refusals = { fields: new Map(), entities: new Map() };
  for (const source of registrySources()) {
    for (const definition of parse(source.sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const type = definition as ObjectNode;
      if (hasRule(type)) refusals.entities.set(type.name.value, source.name);
      for (const field of type.fields ?? []) {
        if (!hasRule(field) && !takesPurpose(field)) continue;
        const key = `${type.name.value}.${field.name.value}`;
        refusals.fields.set(key, (refusals.fields.get(key) ?? new Set()).add(source.name));
      }
    }
  }
  return refusals;
}

/** The supergraph's own record of which subgraph resolves a field, and what it `@requires`. */
interface JoinField {
  graph: string;
  requires?: string | undefined;
  external: boolean;
}

function readJoinFields(supergraphSdl: string): Map<string, JoinField[]> {
  const joins = new Map<string, JoinField[]>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    // A field without @join__field is resolved by every subgraph that defines its type.
    const typeGraphs = (definition.directives ?? [])
      .filter((directive) => directive.name.value === "join__type")
      .map((directive) => directive.arguments?.find((a) => a.name.value === "graph")?.value)
      .flatMap((value) => (value?.kind === Kind.ENUM ? [value.value.toLowerCase()] : []));
    for (const field of definition.fields ?? []) {
      const entries: JoinField[] = [];
      for (const directive of field.directives ?? []) {
        if (directive.name.value !== "join__field") continue;
        const arg = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
        const graph = arg("graph");
        const requires = arg("requires");
        const external = arg("external");
        entries.push({
          graph: graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : "",
          requires: requires?.kind === Kind.STRING ? requires.value : undefined,
          external: external?.kind === Kind.BOOLEAN && external.value,
        });
      }
      joins.set(
        `${definition.name.value}.${field.name.value}`,
        entries.length > 0 ? entries : typeGraphs.map((graph) => ({ graph, external: false })),
      );
    }
  }
  return joins;
}

/** Is the outermost type nullable, and is every list item on the way to `T` nullable too? */
function nullableDownTo(type: unknown): {
  outer: boolean;
  items: boolean;
} {
  const t = type as { ofType?: unknown };
  if (isNonNullType(t)) return { outer: false, items: nullableDownTo(t.ofType).items };
  if (isListType(t)) {
    const inner = nullableDownTo(t.ofType);
    return { outer: true, items: inner.outer && inner.items };
  }
  return { outer: true, items: true };
}

const supergraphSdl = readFileSync(supergraphPath, "utf8");
const schema = apiSchema(supergraphSdl);
const refusals = readRefusals();
const joins = readJoinFields(supergraphSdl);
const supergraphFieldTypes = readFieldTypes(supergraphSdl);

/** Every field of the API schema, as `Type.field` with its type. */
function* apiFields() {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) yield { type, field, key: `${type.name}.${field.name}` };
  }
}

describe("refusals in the supergraph", () => {
  it("finds the rules the subgraphs refuse with (the walker reads something)", () => {
    expect(refusals.fields.size).toBeGreaterThan(50);
    expect(refusals.fields.has("Estate.disputes")).toBe(true);
    expect(refusals.fields.has("PartyMember.phone")).toBe(true);
  });

  it("makes every field a rule can refuse nullable, so a refusal never erases its parent", () => {
    const refusableNonNull = [...apiFields()]
      .filter(({ key, field }) => refusals.fields.has(key) && !nullableDownTo(field.type).outer)
      .map(({ key, field }) => `${key}: ${field.type} (refused by ${[...(refusals.fields.get(key) ?? [])]})`);
    expect(refusableNonNull).toEqual([]);
  });

  it("makes every field that points at an entity another agency may refuse nullable, its list items too", () => {
    const offending: string[] = [];
    for (const { key, field } of apiFields()) {
      const target = getNamedType(field.type) as GraphQLNamedType;
      const owner = refusals.entities.get(target.name);
      if (!owner) continue;
      // Resolved by the owner itself, the reference resolver never runs: its own rules apply.
      const resolvedBy = (joins.get(key) ?? []).filter((join) => !join.external).map((join) => join.graph);
      if (resolvedBy.length > 0 && resolvedBy.every((graph) => graph === owner)) continue;
      const { outer, items } = nullableDownTo(field.type);
      if (!outer || !items) offending.push(`${key}: ${field.type} (${target.name} is refused by ${owner})`);
    }
    expect(offending).toEqual([]);
  });

  it("lets no @requires read a field a rule can refuse: the computation would take 'hidden' for 'none'", () => {
    const offending: string[] = [];
    const visit = (typeName: string, selections: SelectionSetNode, via: string) => {
      for (const selection of selections.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = `${typeName}.${selection.name.value}`;
        const next = supergraphFieldTypes.get(key);
        if (refusals.fields.has(key)) offending.push(`${via} requires ${key}, which a rule can refuse`);
        if (next && refusals.entities.has(next) && selection.selectionSet) {
          offending.push(`${via} requires ${key}, an entity the ${refusals.entities.get(next)} subgraph can refuse`);
        }
        if (next && selection.selectionSet) visit(next, selection.selectionSet, via);
      }
    };
    let found = 0;
    for (const [key, entries] of joins) {
      for (const entry of entries) {
        if (!entry.requires) continue;
        found += 1;
        const operation = parse(`{ ${entry.requires} }`).definitions[0];
        if (operation?.kind === Kind.OPERATION_DEFINITION) {
          visit(key.split(".")[0] as string, operation.selectionSet, `${key} (${entry.graph})`);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });
});

// @requires may select fields clients cannot (`@inaccessible`): their types come from the supergraph itself.
function readFieldTypes(sdl: string): Map<string, string> {
  const named = (node: TypeNode): string => (node.kind === Kind.NAMED_TYPE ? node.name.value : named(node.type));
  const types = new Map<string, string>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? [])
      types.set(`${definition.name.value}.${field.name.value}`, named(field.type));
  }
  return types;
}
