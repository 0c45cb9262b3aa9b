import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema, isObjectType, Kind } from "graphql";
import { codedError } from "../errors";
import type { Caller } from "./caller";

/**
 * Permissions are declared in the SDL, next to the field they guard:
 *
 *   updateSharedResource(input: …): SharedResource! @rule(name: "unitLiaisonOrUnitsAdmin")
 *
 * The directive stays inside the subgraph (it is not composed into the supergraph, which
 * @apollo/gateway would refuse); the named rule is a function in the subgraph's `rules.ts`.
 * Every Mutation field must carry one, or the subgraph refuses to start.
 */
export const RULE_DIRECTIVE = "rule";

export interface RuleInput<TContext> {
  caller: Caller;
  args: Record<string, unknown>;
  parent: unknown;
  context: TContext;
}

/** Whether the caller may use the field at all. Ownership of the row is enforced again in SQL. */
export type Rule<TContext> = (input: RuleInput<TContext>) => boolean | Promise<boolean>;

export type RuleBook<TContext> = Record<string, Rule<TContext>>;

/** A refusal: UNAUTHENTICATED for the anonymous public, FORBIDDEN for a caller without the right. */
export function denied(caller: Caller) {
  return caller.subject === null
    ? codedError("UNAUTHENTICATED", "Sign in to do this.")
    : codedError("FORBIDDEN", "You are not allowed to do this.");
}

/** The rule named on a field (or, with its extensions, on a type), if any. */
export function ruleOf(field: {
  astNode?: { directives?: readonly unknown[] } | null | undefined;
  extensionASTNodes?: readonly { directives?: readonly unknown[] }[];
}): string | null {
  const directives = [field.astNode, ...(field.extensionASTNodes ?? [])].flatMap((node) => node?.directives ?? []);
  for (const directive of directives as {
    name: { value: string };
    arguments?: { name: { value: string }; value: { kind: string; value?: string } }[];
  }[]) {
    if (directive.name.value !== RULE_DIRECTIVE) continue;
    const name = directive.arguments?.find((arg) => arg.name.value === "name")?.value;
    if (name?.kind === Kind.STRING && name.value) return name.value;
  }
  return null;
}

type ReferenceResolver = (reference: unknown, context: unknown, info: unknown) => unknown;

/**
 * An entity type that names a rule (`type PartyMember @key(fields: "id") @rule(name: "signedIn")`):
 * its `__resolveReference` runs the rule first, so `_entities` refuses exactly as the type says.
 */
function guardReferences<TContext extends { caller: Caller }>(type: GraphQLObjectType, rule: Rule<TContext>) {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  extensions.apollo ??= {};
  extensions.apollo.subgraph ??= {};
  const subgraph = extensions.apollo.subgraph;
  const resolve = subgraph.resolveReference;
  subgraph.resolveReference = async (reference, context, info) => {
    const { caller } = context as TContext;
    if (!(await rule({ caller, args: {}, parent: reference, context: context as TContext }))) throw denied(caller);
    return resolve ? resolve(reference, context, info) : reference;
  };
}

/**
 * Wraps every field that names a rule so the rule runs first, and the reference resolver of every
 * type that names one; refuses a mutation without one. A read that can refuse says so here, in the
 * SDL, so that the supergraph's walker (schema/refusals.test.ts) can hold every refusable field nullable.
 */
export function enforceRules<TContext extends { caller: Caller }>(schema: GraphQLSchema, rules: RuleBook<TContext>) {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const typeRule = ruleOf(type);
    if (typeRule) {
      const rule = rules[typeRule];
      if (!rule) throw new Error(`${type.name} names @rule(name: "${typeRule}"), which is not defined.`);
      guardReferences(type, rule);
    }
    for (const field of Object.values(type.getFields())) {
      const name = ruleOf(field);
      if (!name) {
        if (type === mutationType) {
          throw new Error(`Mutation.${field.name} has no @rule: every mutation must say who may run it.`);
        }
        continue;
      }
      const rule = rules[name];
      if (!rule) throw new Error(`${type.name}.${field.name} names @rule(name: "${name}"), which is not defined.`);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context: TContext, info) => {
        if (!(await rule({ caller: context.caller, args, parent, context }))) throw denied(context.caller);
        return resolve(parent, args, context, info);
      };
    }
  }
}
