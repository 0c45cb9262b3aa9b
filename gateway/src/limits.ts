import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from "graphql";
import type { GatewayContext } from "./request-context";

/**
 * What one operation may ask for. Generous for the dashboards' real queries (the deepest,
 * an estate's echo wall down to who answered, is 7 levels), far below what hurts a subgraph.
 */
export const operationLimits = {
  depth: 12,
  aliases: 30,
  directives: 30,
  tokens: 5_000,
  cost: 50_000,
  rootFields: 20,
  /** The longest list an argument may carry, and the largest page (`first`). */
  listLength: 100,
};

/** The code of every refusal for an operation past a limit; the limit itself is never echoed. */
export const LIMIT_CODE = "OPERATION_LIMIT_EXCEEDED";

const limitError = (what: string) =>
  new GraphQLError(`The operation is too large: ${what}. Ask for less in one request.`, {
    extensions: { code: LIMIT_CODE },
  });

const reject = (what: string) => ({
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(limitError(what))],
});

/** Counts the root fields of each operation, fragments spread at the root included. */
export function maxRootFields(max: number): ValidationRule {
  return (context) => {
    const count = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((sum, selection) => {
        if (selection.kind === Kind.FIELD) return sum + 1;
        if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet, seen);
        if (seen.has(selection.name.value)) return sum;
        seen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(selection.name.value);
        return fragment ? sum + count(fragment.selectionSet, seen) : sum;
      }, 0);
    return {
      OperationDefinition(operation) {
        if (count(operation.selectionSet, new Set()) > max) context.reportError(limitError("too many root fields"));
      },
    };
  };
}

/** graphql-armor's limits (depth, aliases, directives, tokens, cost), plus root fields. */
export function armor(options: { production: boolean }) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: operationLimits.depth, ...reject("nested too deep") },
    maxAliases: { n: operationLimits.aliases, ...reject("too many aliases") },
    maxDirectives: { n: operationLimits.directives, ...reject("too many directives") },
    // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`, see below): armor's
    // token plugin throws from a hook Apollo answers with a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: operationLimits.cost, ...reject("too costly") },
    // "Did you mean …" tells a stranger the schema that introspection no longer shows.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return {
    plugins: plugins as ApolloServerPlugin<GatewayContext>[],
    validationRules: [...validationRules, maxRootFields(operationLimits.rootFields)],
    parseOptions: { maxTokens: operationLimits.tokens },
  };
}

/**
 * The refusal a client sees for an operation past a limit. Apollo files validation-rule errors
 * under GRAPHQL_VALIDATION_FAILED and graphql-js's token limit under GRAPHQL_PARSE_FAILED
 * with the number in the message; both are answered as OPERATION_LIMIT_EXCEEDED, no numbers.
 */
export function limitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions?.code === LIMIT_CODE) {
    return { message: original.message, extensions: { code: LIMIT_CODE } };
  }
  if (formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { message: limitError("too many tokens").message, extensions: { code: LIMIT_CODE } };
  }
  return undefined;
}

const PAGE_ARGUMENTS = new Set(["first", "last"]);

/**
 * Refuses a page larger than the limit or a list argument longer than it, whether written in
 * the operation or passed in a variable, before any subgraph is asked. Subgraphs refuse the
 * same, but a gateway that plans a fan-out for 10,000 ids has already done the harm.
 */
export function listArgumentLimit(max: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          const resolved = (node: ValueNode): unknown =>
            node.kind === Kind.VARIABLE ? variables[node.name.value] : node;
          const tooLong = (value: unknown): boolean =>
            Array.isArray(value)
              ? value.length > max || value.some(tooLong)
              : isNode(value) && value.kind === Kind.LIST
                ? value.values.length > max || value.values.some((v) => tooLong(resolved(v)))
                : isNode(value) && value.kind === Kind.OBJECT
                  ? value.fields.some((f) => tooLong(resolved(f.value)))
                  : typeof value === "object" && value !== null && !isNode(value)
                    ? Object.values(value).some(tooLong)
                    : false;
          const pageTooLarge = (value: unknown): boolean => {
            const n = isNode(value) && value.kind === Kind.INT ? Number(value.value) : value;
            return typeof n === "number" && n > max;
          };
          visit(document, {
            Argument(argument) {
              const value = resolved(argument.value);
              if ((PAGE_ARGUMENTS.has(argument.name.value) && pageTooLarge(value)) || tooLong(value)) {
                throw new GraphQLError(`A page or list argument may hold at most ${max} items.`, {
                  extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
                });
              }
            },
          });
        },
      };
    },
  };
}

const isNode = (value: unknown): value is ASTNode =>
  typeof value === "object" && value !== null && "kind" in value && typeof (value as ASTNode).kind === "string";
