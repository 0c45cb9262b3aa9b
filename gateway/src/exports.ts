import { PassThrough, Readable } from "node:stream";
import { operationsDir } from "@linli/schema/paths";
import { type Logger, refusal } from "@linli/service-kit/edge";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from "graphql";
import { loadOperationManifest } from "./persisted";

export interface ExportSettings {
  /** The API schema being served: the columns' Chinese headers come from its descriptions. */
  schema: () => GraphQLSchema | undefined;
  /** The operations that may be exported (default schema/operations). */
  persistedOperations?: { dir: string };
  logger: Logger;
}

/** The most rows one export pages through. */
export const MAX_EXPORT_ROWS = 10_000;

/** One column of the sheet: where its value sits in a row object, and its header. */
interface Column {
  path: string[];
  header: string;
  /** Enum values shown by the Chinese term of their description. */
  enumLabels?: Map<string, string>;
}

/** Where the rows are: a connection's edges, a list of objects, or the answer itself (one row). */
interface Table {
  path: string[];
  kind: "connection" | "list" | "object";
  columns: Column[];
}

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  body: { data?: Json | null; errors?: GraphQLFormattedError[] };
}

/**
 * `GET /export/<operation>.csv` and `.xlsx`: a published query of schema/operations run with the
 * caller's `Authorization` and the `variables` query parameter (JSON), as a sheet. It runs through
 * the gateway's own /graphql (fastify inject from the caller's address), so the same admission,
 * token, limits, cost, safelist, permissions and masking apply. The rows are the first connection
 * the operation selects (its edges' nodes, every page while `$after` and `pageInfo` allow, up to
 * MAX_EXPORT_ROWS), else its first list of objects, else the answer itself as one row (`list=`
 * names another by its response path, e.g. `estate.echoWall`). Headers are the Chinese terms of
 * the fields' SDL descriptions (the part before " — "), the field name where there is none.
 */
export function registerExports(app: FastifyInstance, settings: ExportSettings): void {
  const dir = settings.persistedOperations?.dir || operationsDir;
  const published = new Map([...loadOperationManifest(dir).values()].map((op) => [op.name, op.body]));

  app.get<{ Params: { file: string }; Querystring: { variables?: string; list?: string } }>(
    "/export/:file",
    async (request, reply) => {
      const [, name = "", format] = /^([A-Za-z_]\w*)\.(csv|xlsx)$/.exec(request.params.file) ?? [];
      const body = published.get(name);
      if (!format || !body) {
        return refusal(reply, 404, "NOT_FOUND", "Export a published query as /export/<operation>.csv or .xlsx.");
      }
      const document = parse(body);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "query") {
        return refusal(reply, 400, "BAD_USER_INPUT", "Only queries can be exported.");
      }
      const variables = parseVariables(request.query.variables);
      if (!variables) return refusal(reply, 400, "BAD_USER_INPUT", "`variables` must be a JSON object.");
      const schema = settings.schema();
      if (!schema) return refusal(reply, 503, "SCHEMA_NOT_LOADED", "The supergraph is not loaded yet.");

      const run = (vars: Json) =>
        runThroughGateway(app, request, { query: body, operationName: name, variables: vars });
      const first = await run(variables);
      if (!first.body.data || first.body.errors?.length) return refusal(reply, ...failure(first));
      const fragments = new Map(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      );
      const table = findTable(schema, operation, fragments, request.query.list?.split("."));
      if (!table) return refusal(reply, 400, "BAD_USER_INPUT", `No list at ${request.query.list} in ${name}.`);

      const pages = async function* (): AsyncGenerator<unknown[]> {
        let answer = first;
        let count = 0;
        for (;;) {
          const rows = rowsOf(table, answer.body.data ?? {}).slice(0, MAX_EXPORT_ROWS - count);
          count += rows.length;
          for (const row of rows) yield table.columns.map((column) => cell(column, row));
          const next = nextCursor(table, answer.body.data ?? {});
          const pageable = operation.variableDefinitions?.some((v) => v.variable.name.value === "after");
          if (!next || !pageable || count >= MAX_EXPORT_ROWS) return;
          answer = await run({ ...variables, after: next });
          if (!answer.body.data || answer.body.errors?.length) {
            throw new Error(`export of ${name} stopped after ${count} rows: ${failure(answer)[2]}`);
          }
        }
      };
      const headers = table.columns.map((column) => column.header);
      const stream = format === "csv" ? csvStream(headers, pages()) : xlsxStream(name, headers, pages());
      stream.on("error", (error) => settings.logger.warn({ err: error, requestId: request.id }, "export stopped"));
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE)
        .header("content-disposition", `attachment; filename="${name}.${format}"`)
        .header("cache-control", "no-store")
        .send(stream);
    },
  );
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function parseVariables(text: string | undefined): Json | undefined {
  if (text === undefined || text === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** The operation as the caller would send it to /graphql, from the caller's address, with its token. */
async function runThroughGateway(app: FastifyInstance, request: FastifyRequest, payload: Json): Promise<Answer> {
  const response = await app.inject({
    method: "POST",
    url: "/graphql",
    remoteAddress: request.ip,
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    },
    payload: JSON.stringify(payload),
  });
  return { status: response.statusCode, body: response.json() };
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

/** A refused or partial answer: no sheet, the first error's code and message, an HTTP status that fits. */
function failure(answer: Answer): [number, string, string] {
  const error = answer.body.errors?.[0];
  const code = typeof error?.extensions?.code === "string" ? error.extensions.code : "EXPORT_FAILED";
  const status = answer.status >= 400 ? answer.status : (STATUS_OF[code] ?? 400);
  return [status, code, error?.message ?? "The operation gave no data."];
}

/** The Chinese term of a description ("小区 — the estate it is about." → "小区"), if it has one. */
export function chineseTerm(description: string | null | undefined): string | undefined {
  const term = description?.trim().split(" — ")[0]?.split("\n")[0]?.trim();
  return term && /\p{Script=Han}/u.test(term) && description?.includes(" — ") ? term : undefined;
}

type Fragments = Map<string, FragmentDefinitionNode>;

/** The fields a selection set selects on `type`, fragments spread in. */
function fieldsOf(selectionSet: SelectionSetNode, type: GraphQLNamedType, fragments: Fragments) {
  const fields: { key: string; field: GraphQLField<unknown, unknown>; selectionSet?: SelectionSetNode }[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const key = selection.alias?.value ?? selection.name.value;
        fields.push({ key, field, ...(selection.selectionSet ? { selectionSet: selection.selectionSet } : {}) });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return fields;
}

const isList = (field: GraphQLField<unknown, unknown>) =>
  isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
const isConnection = (type: GraphQLNamedType) => isObjectType(type) && "edges" in type.getFields();

/** The table of an operation: at `listPath`, or the first connection, or the first list of objects, or the root. */
function findTable(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  listPath?: string[],
): Table | undefined {
  const root = schema.getQueryType();
  if (!root) return undefined;
  const found: { connection?: Table; list?: Table } = {};
  let named: Table | undefined;
  const search = (set: SelectionSetNode, type: GraphQLNamedType, path: string[]) => {
    for (const { key, field, selectionSet } of fieldsOf(set, type, fragments)) {
      if (!selectionSet) continue;
      const fieldType = getNamedType(field.type);
      const here = [...path, key];
      const table = tableAt(here, field, fieldType, selectionSet, fragments);
      if (listPath && here.join(".") === listPath.join(".")) named = table;
      if (table?.kind === "connection") found.connection ??= table;
      if (table?.kind === "list") found.list ??= table;
      // A connection's nodes and a list's items are rows, not places to look for more lists.
      if (!table) search(selectionSet, fieldType, here);
    }
  };
  search(operation.selectionSet, root, []);
  if (listPath) return named;
  return (
    found.connection ??
    found.list ?? { path: [], kind: "object", columns: columnsOf(operation.selectionSet, root, fragments, [], []) }
  );
}

function tableAt(
  path: string[],
  field: GraphQLField<unknown, unknown>,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  fragments: Fragments,
): Table | undefined {
  if (isConnection(type) && !isList(field)) {
    const edges = fieldsOf(selectionSet, type, fragments).find((f) => f.key === "edges");
    const node = edges?.selectionSet
      ? fieldsOf(edges.selectionSet, getNamedType(edges.field.type), fragments).find((f) => f.key === "node")
      : undefined;
    if (!node?.selectionSet) return undefined;
    return {
      path,
      kind: "connection",
      columns: columnsOf(node.selectionSet, getNamedType(node.field.type), fragments),
    };
  }
  if (isList(field) && (isObjectType(type) || isInterfaceType(type))) {
    return { path, kind: "list", columns: columnsOf(selectionSet, type, fragments) };
  }
  return undefined;
}

/** A column per leaf the selection reaches through single objects; lists of objects inside a row are left out. */
function columnsOf(
  set: SelectionSetNode,
  type: GraphQLNamedType,
  fragments: Fragments,
  path: string[] = [],
  headers: string[] = [],
): Column[] {
  return fieldsOf(set, type, fragments).flatMap(({ key, field, selectionSet }) => {
    const fieldType = getNamedType(field.type);
    const header = [...headers, chineseTerm(field.description) ?? chineseTerm(fieldType.description) ?? key];
    if (selectionSet) {
      return isList(field) ? [] : columnsOf(selectionSet, fieldType, fragments, [...path, key], header);
    }
    const enumLabels = isEnumType(fieldType)
      ? new Map(fieldType.getValues().map((v) => [v.name, chineseTerm(v.description) ?? v.name]))
      : undefined;
    return [{ path: [...path, key], header: header.join("·"), ...(enumLabels ? { enumLabels } : {}) }];
  });
}

const at = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Json)[key] : undefined), value);

function rowsOf(table: Table, data: Json): unknown[] {
  const value = at(data, table.path);
  if (table.kind === "object") return [value];
  if (table.kind === "list") return Array.isArray(value) ? value : [];
  const edges = at(value, ["edges"]);
  return Array.isArray(edges) ? edges.map((edge) => at(edge, ["node"])) : [];
}

function nextCursor(table: Table, data: Json): string | undefined {
  if (table.kind !== "connection") return undefined;
  const pageInfo = at(data, [...table.path, "pageInfo"]) as { hasNextPage?: boolean; endCursor?: string } | undefined;
  return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
}

function cell(column: Column, row: unknown): string | number | boolean | null {
  const value = at(row, column.path);
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => column.enumLabels?.get(String(item)) ?? String(item)).join("、");
  if (typeof value === "string") return column.enumLabels?.get(value) ?? value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** CSV with a UTF-8 byte order mark, so that Excel reads the Chinese. */
function csvStream(headers: string[], rows: AsyncIterable<unknown[]>): Readable {
  const out = new PassThrough();
  out.write("\uFEFF");
  const csv = stringify({ header: true, columns: headers, cast: { boolean: (value) => (value ? "是" : "否") } });
  Readable.from(rows)
    .pipe(csv)
    .on("error", (error) => out.destroy(error))
    .pipe(out);
  return out;
}

function xlsxStream(name: string, headers: string[], rows: AsyncIterable<unknown[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.columns = headers.map((header) => ({ header, width: Math.max(10, Math.min(40, header.length * 2 + 4)) }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    for await (const row of rows)
      sheet.addRow(row.map((v) => (typeof v === "boolean" ? (v ? "是" : "否") : v))).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
