import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type BaseContext, type GraphQLResponse, HeaderMap } from "@apollo/server";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import {
  defaultFieldResolver,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
} from "graphql";
import type { Database } from "./db";
import { codedError, type ErrorCode } from "./errors";
import type { Logger } from "./logger";
import { idempotencyKeys } from "./tables";

export * from "./idempotency-key";

/** How long a key is remembered: a retry later than this runs the mutation again. */
export const IDEMPOTENCY_KEY_TTL = sql.raw("interval '24 hours'");

/** How often expired keys are deleted, at most. */
const PURGE_EVERY_MS = 60_000;

/**
 * One root mutation field of a keyed request. What a subgraph stores is derived from the
 * client's key, the caller and the field itself: its name, its argument values and its place
 * among identical fields of the request (the n-th `createX(input: A)`). Aliases and variable
 * names are not part of it: a router may drop or rename them (Hive Gateway sends
 * `createSharedResource(input: $input)` for the client's `second: createSharedResource(input:
 * $second)`). So a router that forwards the client's `Idempotency-Key` unchanged with every fetch
 * keeps every guarantee: an operation whose root fields alternate between agencies (units →
 * volunteer → units) reaches units twice with one key, and each of its writes is its own record.
 */
export interface FieldClaim {
  /** The response key of the field in this request (what the wrapped resolver sees). */
  responseKey: string;
  /** The field's name. */
  fieldName: string;
  /** sha256 of the field name, its argument values and its place among identical fields: the record's identity. */
  requestHash: string;
  /** sha256 of the selection under the field: a stored answer is replayed only to the same selection. */
  selectionHash: string;
  /** What an earlier request with this key stored for the field (its write committed). */
  stored?: StoredField | undefined;
  /** A write of this request recorded the field (its transaction committed). */
  recorded: boolean;
  /** The value the field's last committed write returned, as recorded with it. */
  writeResult?: unknown;
}

interface StoredField {
  result: unknown;
  response: StoredAnswer | null;
}

/** One field's part of the answer, stored once the response is composed. */
interface StoredAnswer {
  selection: string;
  data: unknown;
  errors?: FormattedExecutionResult["errors"];
}

/**
 * One request's idempotency key. The plugin fills in `fields` for a mutation; the wrapped root
 * mutation fields run one after another (GraphQL runs mutation fields serially), each making
 * itself `current` while it runs, so `auditedWrite` records the key for the field that wrote.
 */
export interface IdempotencyClaim {
  key: string;
  /** The caller's token subject, empty for the anonymous public. */
  subject: string;
  /**
   * The client operation this request is part of, when the router says so (the Linli gateway
   * sends `x-linli-operation`): a key met again under another operation is IDEMPOTENCY_KEY_REUSED.
   */
  operation?: string | undefined;
  /** This request's root mutation fields by response key. */
  fields: Map<string, FieldClaim>;
  current?: FieldClaim | undefined;
}

export function idempotencyClaim(key: string, subject: string | null, operation?: string): IdempotencyClaim {
  return { key, subject: subject ?? "", operation, fields: new Map() };
}

type Tx = Pick<Database<Record<string, unknown>>, "insert" | "update">;

const keyOf = (claim: IdempotencyClaim) =>
  and(eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.subject, claim.subject));

const fieldOf = (claim: IdempotencyClaim, field: FieldClaim) =>
  and(keyOf(claim), eq(idempotencyKeys.requestHash, field.requestHash));

const notExpired = () => gte(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`);

const reused = () =>
  codedError(
    "IDEMPOTENCY_KEY_REUSED",
    "This idempotency key was used for another operation; send a new key with each new mutation.",
  );
const answerLost = () =>
  codedError(
    "IDEMPOTENCY_KEY_APPLIED",
    "The mutation with this idempotency key was applied, but what it returned cannot be given again; read the record to see its state, and do not send it again with a new key.",
  );

/** Thrown inside a write's transaction when a concurrent copy of the request recorded the key first: it rolls back. */
class KeyRecordedMeanwhile extends Error {
  override name = "KeyRecordedMeanwhile";
}

/**
 * The resolver's value as JSON a later retry can be answered from. Dates (drizzle's timestamps)
 * are tagged so they come back as Dates and the type's own field resolvers work unchanged.
 * Written by hand: a dozen lines, where superjson would add a dependency for one type.
 */
const DATE_TAG = "$linli:date";
export function encodeResult(value: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify({ value }, function (this: Record<string, unknown>, key, raw) {
        const original = this[key];
        return original instanceof Date ? { [DATE_TAG]: original.toISOString() } : raw;
      }),
    ).value;
  } catch {
    return undefined; // not JSON (a bigint, a cycle): a retry then says APPLIED without an answer
  }
}
export function decodeResult(stored: unknown): unknown {
  return JSON.parse(JSON.stringify(stored), (_key, value) =>
    value && typeof value === "object" && Object.keys(value).length === 1 && typeof value[DATE_TAG] === "string"
      ? new Date(value[DATE_TAG])
      : value,
  );
}

/**
 * Records the current field's key in the transaction of a write, with what the write returned,
 * as the transaction's last statement: a committed write always leaves its key and its result,
 * a failed one neither. A concurrent copy of the request waits on the row (PostgreSQL's unique
 * index) and is rolled back once the first commits, so nothing is written twice. An expired row
 * is taken over. A second write of the same field only updates the result.
 */
export async function recordIdempotencyKey(tx: Tx, claim: IdempotencyClaim, writeResult: unknown): Promise<void> {
  const field = claim.current;
  if (!field) return;
  const result = encodeResult(writeResult) ?? null;
  if (field.recorded) {
    await tx.update(idempotencyKeys).set({ result }).where(fieldOf(claim, field));
    return;
  }
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({
      key: claim.key,
      subject: claim.subject,
      requestHash: field.requestHash,
      field: field.fieldName,
      operation: claim.operation ?? null,
      result,
    })
    .onConflictDoUpdate({
      target: [idempotencyKeys.key, idempotencyKeys.subject, idempotencyKeys.requestHash],
      set: {
        field: field.fieldName,
        operation: claim.operation ?? null,
        result,
        response: null,
        createdAt: sql`now()`,
      },
      setWhere: lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`),
    })
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) throw new KeyRecordedMeanwhile();
}

const sha256 = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

function answer(result: FormattedExecutionResult): GraphQLResponse {
  return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: "single", singleResult: result } };
}

const refusal = (error: ReturnType<typeof codedError>) =>
  answer({ errors: [{ message: error.message, extensions: error.extensions as { code: ErrorCode } }] });

/** The root fields of an operation by response key, as GraphQL's own field collection finds them. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, variables);
    if (skip?.if === true || include?.if === false) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, variables, into, visited);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (visited.has(name) || !fragment) continue;
      visited.add(name);
      rootFields(fragment.selectionSet, fragments, variables, into, visited);
    }
  }
  return into;
}

/** Each root field of a mutation with what identifies its write and its selection. */
function claimFields(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  inputs: Record<string, unknown> | undefined,
): FieldClaim[] | undefined {
  const mutationType = schema.getMutationType();
  if (!mutationType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs ?? {});
  if (coerced.errors) return undefined; // execution refuses the variables itself
  const variables = coerced.coerced;
  const printedFragments = Object.values(fragments)
    .map((fragment) => print(fragment))
    .sort();
  const claims: FieldClaim[] = [];
  const seen = new Map<string, number>();
  for (const [responseKey, nodes] of rootFields(operation.selectionSet, fragments, variables)) {
    const node = nodes[0] as FieldNode;
    const definition = mutationType.getFields()[node.name.value];
    if (!definition) return undefined; // validation refuses the operation itself
    const write = JSON.stringify([node.name.value, getArgumentValues(definition, node, variables)]);
    const place = (seen.get(write) ?? 0) + 1;
    seen.set(write, place);
    claims.push({
      responseKey,
      fieldName: node.name.value,
      requestHash: sha256([write, place]),
      selectionHash: sha256([nodes.map((n) => (n.selectionSet ? print(n.selectionSet) : "")), printedFragments]),
      recorded: false,
    });
  }
  return claims;
}

/** The answer of a fetch whose every field was answered before: each field's stored part, in order. */
function replay(claims: FieldClaim[]): FormattedExecutionResult {
  const data: Record<string, unknown> = {};
  const errors: NonNullable<FormattedExecutionResult["errors"]>[number][] = [];
  for (const claim of claims) {
    const stored = claim.stored?.response as StoredAnswer;
    data[claim.responseKey] = stored.data;
    errors.push(...(stored.errors ?? []));
  }
  return { data, ...(errors.length > 0 ? { errors } : {}) };
}

const WRAPPED = Symbol("idempotent mutation fields");

/**
 * Makes every root mutation field of the schema answer a keyed retry from what its first run
 * recorded: the stored answer when the whole fetch was answered before (the plugin), else the
 * value its write returned (the record as the write left it; the type's fields resolve afresh),
 * else IDEMPOTENCY_KEY_APPLIED. A field recorded by a concurrent copy while this one ran
 * answers from that copy's record.
 */
function wrapMutationFields(schema: GraphQLSchema, db: Database<Record<string, unknown>>, logger: Logger): void {
  const mutationType = schema.getMutationType() as (GraphQLObjectType & { [WRAPPED]?: true }) | null | undefined;
  if (!mutationType || mutationType[WRAPPED]) return;
  mutationType[WRAPPED] = true;
  for (const definition of Object.values(mutationType.getFields())) {
    const resolve = definition.resolve ?? defaultFieldResolver;
    definition.resolve = async (source, args, context: { idempotency?: IdempotencyClaim | undefined }, info) => {
      const claim = context.idempotency;
      const field = claim?.fields.get(info.path.key as string);
      if (!claim || !field) return resolve(source, args, context, info);
      if (field.stored) return answerFrom(field.stored);
      claim.current = field;
      try {
        const value = await resolve(source, args, context, info);
        if (field.recorded && value !== field.writeResult) {
          // The resolver returned something other than what its write returned: record that too,
          // so a retry can be answered from it (a statement after the commit, so best effort).
          await db
            .update(idempotencyKeys)
            .set({ result: encodeResult(value) ?? null })
            .where(fieldOf(claim, field))
            .catch((error: unknown) => logger.error({ err: error, key: claim.key }, "could not record a result"));
        }
        return value;
      } catch (error) {
        if (field.recorded) throw error;
        // A copy of this request may have recorded the field while this one ran (this write then
        // rolled back, or failed against the copy's change): answer as that copy did.
        const [stored] = await db
          .select({ result: idempotencyKeys.result, response: idempotencyKeys.response })
          .from(idempotencyKeys)
          .where(and(fieldOf(claim, field), notExpired()))
          .catch(() => []);
        if (!stored) throw error;
        return answerFrom({ ...stored, response: stored.response as StoredAnswer | null });
      } finally {
        claim.current = undefined;
      }
    };
  }
}

function answerFrom(stored: StoredField): unknown {
  if (stored.result === null || stored.result === undefined) throw answerLost();
  return decodeResult(stored.result);
}

/**
 * Idempotent mutations. For a mutation carrying a key, each root field is looked up by (key,
 * caller, field identity; see `FieldClaim`): a request whose every field was answered before
 * gets those answers again without running; otherwise the fields run, the ones recorded before
 * answering from their record (see `wrapMutationFields`). A field whose write failed stored
 * nothing and runs again. When the router names the client operation, a key stored under
 * another operation refuses the whole request with IDEMPOTENCY_KEY_REUSED before anything runs.
 * The answer of each recorded field is stored once the response is composed.
 */
export function idempotencyPlugin<TContext extends BaseContext & { idempotency?: IdempotencyClaim | undefined }>(
  schema: GraphQLSchema,
  db: Database<Record<string, unknown>>,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  wrapMutationFields(schema, db, logger);
  let lastPurge = 0;
  return {
    async requestDidStart({ contextValue }) {
      const claim = contextValue.idempotency;
      if (!claim) return;
      return {
        async responseForOperation({ operation, request, document, schema: requestSchema }) {
          if (operation.operation !== "mutation") return null;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const fields = claimFields(requestSchema, operation, fragments, request.variables);
          if (!fields || fields.length === 0) return null;
          let rows: { requestHash: string; operation: string | null; result: unknown; response: unknown }[];
          try {
            // Every field stored under the key (a handful): the request's own, and the operation they belong to.
            rows = await db
              .select({
                requestHash: idempotencyKeys.requestHash,
                operation: idempotencyKeys.operation,
                result: idempotencyKeys.result,
                response: idempotencyKeys.response,
              })
              .from(idempotencyKeys)
              .where(and(keyOf(claim), notExpired()));
          } catch (error) {
            // The database is away (a restart): nothing ran, so the mutation is reported failed like
            // any resolver's outage, not as an HTTP 500 that would count against the gateway's circuit.
            logger.error({ err: error, key: claim.key }, "could not look up an idempotency key");
            return refusal(codedError("INTERNAL_SERVER_ERROR", "Internal server error"));
          }
          if (claim.operation && rows.some((row) => row.operation && row.operation !== claim.operation)) {
            return refusal(reused());
          }
          for (const field of fields) {
            const row = rows.find((r) => r.requestHash === field.requestHash);
            if (row) field.stored = { result: row.result, response: row.response as StoredAnswer | null };
            claim.fields.set(field.responseKey, field);
          }
          const answered = fields.every((f) => f.stored?.response && f.stored.response.selection === f.selectionHash);
          return answered ? answer(replay(fields)) : null;
        },
        async willSendResponse({ response }) {
          const recorded = [...claim.fields.values()].filter((f) => f.recorded);
          if (recorded.length === 0 || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          try {
            for (const field of recorded) {
              // When a non-null field's error nulled the whole answer, this field's part was never
              // given: a retry answers from the write's result instead.
              if (!data || !(field.responseKey in data)) continue;
              const own = errors?.filter((error) => error.path?.[0] === field.responseKey);
              const stored: StoredAnswer = {
                selection: field.selectionHash,
                data: data[field.responseKey],
                ...(own && own.length > 0 ? { errors: own } : {}),
              };
              await db.update(idempotencyKeys).set({ response: stored }).where(fieldOf(claim, field));
            }
            // Expired keys are already ignored and taken over; clearing them out is housekeeping,
            // done at most once a minute rather than as a second statement of every keyed mutation.
            if (Date.now() - lastPurge >= PURGE_EVERY_MS) {
              lastPurge = Date.now();
              await db
                .delete(idempotencyKeys)
                .where(lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_KEY_TTL}`));
            }
          } catch (error) {
            // The write and its result are committed and this answer still goes out; a retry is
            // answered from the result, never by a second write.
            logger.error({ err: error, key: claim.key }, "could not store the answer of an idempotent mutation");
          }
        },
      };
    },
  };
}
