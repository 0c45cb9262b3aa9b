import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";

/**
 * The published limits of one request, the same in the gateway and in every subgraph (a
 * subgraph may stand behind Hive Gateway or Apollo Router, which know none of them). Generous
 * for the dashboards' real operations (the deepest, an estate's echo wall down to who answered,
 * is 7 levels; the costliest published one, `EstatePage` with 100 problems and answers, costs
 * about 1,000), far below what hurts an agency. Documented in packages/service-kit/README.md.
 */
export const operationLimits = {
  /** Levels of nested selections. */
  depth: 12,
  aliases: 30,
  directives: 30,
  /** Lexical tokens of the operation text, counted by graphql-js's parser. */
  tokens: 5_000,
  /** Root fields of one operation, fragments spread at the root included. */
  rootFields: 20,
  /** The estimated cost of one operation (see `operationCost`), variables included. */
  cost: 5_000,
  /** The longest list an argument may carry (ids, inputs), whether written inline or in a variable. */
  listLength: 100,
  /** The largest page (`first`) of any list. */
  pageSize: 100,
  /** The request body, in bytes. */
  bodyBytes: 1_048_576,
  /** Entity representations one `_entities` call may ask for (what a router batches into one fetch). */
  entityRepresentations: 1_000,
  /** How deeply variables may nest objects and lists. */
  variableDepth: 32,
} as const;

/** The page size assumed for a paged list whose `first` is not given (the subgraphs' default). */
export const DEFAULT_PAGE_COST = 20;
/** The length assumed for a list that takes no `first` (a place's subdistricts, an estate's units). */
export const UNPAGED_LIST_COST = 10;

/** The code of every refusal for an operation past a limit. */
export const LIMIT_CODE = "OPERATION_LIMIT_EXCEEDED";

export const limitError = (what: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(`The operation is too large: ${what}. Ask for less in one request.`, {
    extensions: { code: LIMIT_CODE, http: { status: 400 }, ...extensions },
  });

/** A refusal of a client mistake in the input, answered with HTTP 400 wherever it is raised. */
export const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, ...extensions } });

/**
 * The cost of one field, as Shopify and GitHub count it: leaves (scalars, enums) are free and
 * every object costs 1. A paged list (a field taking `first`) multiplies what is selected in it
 * by its `first` (the value of its variable when it is one; the default page when absent); the
 * `edges` under it then count each item. `_entities` counts each representation, any other list
 * `UNPAGED_LIST_COST` items, each an object of its own.
 */
export function costEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (isLeafType(getNamedType(field.type))) return 0;
  if (field.name === "_entities") {
    const representations = Array.isArray(args.representations) ? args.representations.length : 1;
    return 1 + representations * (1 + childComplexity);
  }
  if (field.args.some((a) => a.name === "first")) {
    const first = args.first;
    const items = typeof first === "number" && Number.isFinite(first) ? Math.max(0, first) : DEFAULT_PAGE_COST;
    return 1 + items * childComplexity;
  }
  if (isListType(getNullableType(field.type)) && !type.name.endsWith("Connection")) {
    return 1 + UNPAGED_LIST_COST * (1 + childComplexity);
  }
  return 1 + childComplexity;
}

/**
 * The estimated cost of an operation with its variables. Undefined when the variables do not
 * fit the operation: execution refuses those with BAD_USER_INPUT anyway.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [costEstimator],
    });
  } catch {
    return undefined;
  }
}

/** The refusal of an operation over the cost limit: the cost and the budget, so the client can fix it. */
export const costRefusal = (cost: number, budget: number = operationLimits.cost) =>
  limitError("too costly", { cost, budget });

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

/** A string that PostgreSQL cannot store or compare: a NUL byte, or half of a surrogate pair. */
export const isUnsafeString = (value: string) =>
  value.includes("\0") || !(value as string & { isWellFormed(): boolean }).isWellFormed();

/** Strings written in the operation itself (`"\u0000"` is a valid GraphQL escape). */
export const wellFormedStrings: ValidationRule = (context) => ({
  StringValue(node) {
    if (isUnsafeString(node.value)) context.reportError(badInput(UNSAFE_STRING_MESSAGE));
  },
});

const UNSAFE_STRING_MESSAGE = "A string holds a NUL character or a lone surrogate; send well-formed text.";

/**
 * Checks the variables of a request before anything else reads them: no string (value or key)
 * holding a NUL or a lone surrogate, no nesting deeper than `variableDepth`. A loop over an
 * explicit stack, not recursion, so 20,000 levels cannot overflow the call stack.
 */
export function checkVariables(variables: unknown): GraphQLError | undefined {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === "string") {
      if (isUnsafeString(value)) return badInput(UNSAFE_STRING_MESSAGE);
    } else if (typeof value === "object" && value !== null) {
      if (depth >= operationLimits.variableDepth) {
        return badInput(`Variables may nest objects and lists at most ${operationLimits.variableDepth} deep.`);
      }
      if (Array.isArray(value)) {
        for (const item of value) stack.push([item, depth + 1]);
      } else {
        for (const [key, item] of Object.entries(value)) {
          if (isUnsafeString(key)) return badInput(UNSAFE_STRING_MESSAGE);
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return undefined;
}

const PAGE_ARGUMENTS = new Set(["first", "last"]);

/**
 * Refuses a page larger than `pageSize` or a list argument longer than `listLength`, written in
 * the operation or passed in a variable, and an `_entities` call for more than
 * `entityRepresentations` representations. A loop over an explicit stack (variables are
 * bounded in depth by `checkVariables` already, but nothing here relies on it).
 */
export function checkListArguments(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | undefined {
  const vars = variables ?? {};
  const resolved = (node: ValueNode): unknown => (node.kind === Kind.VARIABLE ? vars[node.name.value] : node);
  const tooLong = (root: unknown, max: number): boolean => {
    const stack = [root];
    while (stack.length > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        if (value.length > max) return true;
        stack.push(...value);
      } else if (isNode(value) && value.kind === Kind.LIST) {
        if (value.values.length > max) return true;
        stack.push(...value.values.map(resolved));
      } else if (isNode(value) && value.kind === Kind.OBJECT) {
        stack.push(...value.fields.map((f) => resolved(f.value)));
      } else if (typeof value === "object" && value !== null && !isNode(value)) {
        stack.push(...Object.values(value));
      }
    }
    return false;
  };
  let refusal: GraphQLError | undefined;
  visit(document, {
    Field(field) {
      if (field.name.value !== "_entities") return;
      const representations = field.arguments?.find((a) => a.name.value === "representations");
      const value = representations ? resolved(representations.value) : undefined;
      const count = Array.isArray(value)
        ? value.length
        : isNode(value) && value.kind === Kind.LIST
          ? value.values.length
          : 0;
      if (count > operationLimits.entityRepresentations) {
        refusal ??= limitError("too many entity representations in one call");
      }
    },
    Argument(argument) {
      // Representations are bounded by `entityRepresentations` above, not by `listLength`.
      if (argument.name.value === "representations") return false;
      const value = resolved(argument.value);
      const n = isNode(value) && value.kind === Kind.INT ? Number(value.value) : value;
      if (
        (PAGE_ARGUMENTS.has(argument.name.value) && typeof n === "number" && n > operationLimits.pageSize) ||
        tooLong(value, operationLimits.listLength)
      ) {
        refusal ??= badInput(`A page or list argument may hold at most ${operationLimits.listLength} items.`);
      }
      return undefined;
    },
  });
  return refusal;
}

const isNode = (value: unknown): value is ASTNode =>
  typeof value === "object" && value !== null && "kind" in value && typeof (value as ASTNode).kind === "string";

const armorReject = (what: string) => ({
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(limitError(what))],
});

/**
 * The static limits as graphql-js validation rules and parse options, for any Apollo Server:
 * graphql-armor's depth, aliases and directives, our root fields and well-formed strings,
 * graphql-js's own token count. Cost and lists need the variables: `checkOperation` below.
 * `production` also blocks "did you mean …" suggestions, which tell a stranger the schema.
 */
export function staticLimits(options: { production: boolean }) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: operationLimits.depth, ...armorReject("nested too deep") },
    maxAliases: { n: operationLimits.aliases, ...armorReject("too many aliases") },
    maxDirectives: { n: operationLimits.directives, ...armorReject("too many directives") },
    // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`): armor's token
    // plugin throws from a hook Apollo answers with a 500.
    maxTokens: { enabled: false },
    // Armor's cost ignores variables; `operationCost` reads them.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return {
    plugins,
    validationRules: [...validationRules, maxRootFields(operationLimits.rootFields), wellFormedStrings],
    parseOptions: { maxTokens: operationLimits.tokens },
  };
}

/**
 * The limits that need the variables, for an operation that parsed and validated: list
 * arguments, page sizes, `_entities` representations, then the cost. Returns the refusal and
 * the cost (undefined when it could not be computed for variables that do not fit).
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): { refusal?: GraphQLError; cost?: number } {
  const listRefusal = checkListArguments(document, variables);
  if (listRefusal) return { refusal: listRefusal };
  const cost = operationCost(schema, document, variables, operationName);
  if (cost !== undefined && cost > operationLimits.cost) return { refusal: costRefusal(cost), cost };
  return cost === undefined ? {} : { cost };
}

/**
 * The refusal a client sees for an error raised by the limits. Apollo files validation-rule
 * errors under GRAPHQL_VALIDATION_FAILED and graphql-js's token limit under
 * GRAPHQL_PARSE_FAILED; both are answered with the limit's own code (and its cost and budget
 * for the cost limit), never with the parser's numbers.
 */
export function limitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  if (original instanceof GraphQLError && (code === LIMIT_CODE || code === "BAD_USER_INPUT")) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { message: original.message, extensions };
  }
  if (formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { message: limitError("too many tokens").message, extensions: { code: LIMIT_CODE } };
  }
  return undefined;
}

/**
 * The variables (and operation name) of an HTTP request body or GET query, checked by
 * `checkVariables` before Apollo or anything else reads them: Apollo's own handling
 * stringifies variables, which overflows the stack on deep nesting.
 */
export function checkRequestParams(params: unknown): GraphQLError | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  const { variables, operationName, extensions } = params as Record<string, unknown>;
  let parsed = variables;
  if (typeof variables === "string") {
    try {
      parsed = JSON.parse(variables);
    } catch {
      return undefined; // Apollo answers malformed variables with its own 400
    }
  }
  return checkVariables([parsed, operationName, typeof extensions === "string" ? undefined : extensions]);
}

/**
 * The limits that need the variables, as an Apollo Server plugin: a refusal is answered before
 * anything is planned or resolved. `onCost` sees each admitted operation's cost (the gateway
 * charges it to the caller's budget over time) and may throw a refusal of its own.
 */
export function variableLimitsPlugin<TContext extends BaseContext>(
  onCost?: (cost: number, context: TContext) => Promise<void> | void,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue }) {
          // Client mistakes, refused with a 4xx here rather than by the executor (@apollo/gateway's answers 500).
          if (!operation) {
            const named = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length > 1;
            throw new GraphQLError(
              request.operationName
                ? "The document has no operation of that operationName."
                : named
                  ? "The document has several operations: say which one in operationName."
                  : "The document has no operation.",
              { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } },
            );
          }
          if (operation.operation === "subscription") {
            throw new GraphQLError("Subscriptions are not served over HTTP.", {
              extensions: { code: "SUBSCRIPTIONS_NOT_SUPPORTED", http: { status: 400 } },
            });
          }
          const { refusal, cost } = checkOperation(schema, document, request.variables, operationName);
          if (refusal) throw refusal;
          if (onCost && cost !== undefined) await onCost(cost, contextValue);
        },
      };
    },
  };
}
