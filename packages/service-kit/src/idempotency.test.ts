import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import { count, eq, sql } from "drizzle-orm";
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GATEWAY_SECRET_HEADER } from "./auth/credential";
import {
  createTokenVerifier,
  ensureLocalKeys,
  LOCAL_ALGORITHM,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  readPrivateKey,
  signToken,
} from "./auth/tokens";
import { type Database, type DatabaseHandle, openDatabase } from "./db";
import { badUserInput } from "./errors";
import { createSubgraphServer, type RequestIdentity, type SubgraphServer } from "./http";
import { IDEMPOTENCY_KEY_HEADER, OPERATION_HEADER } from "./idempotency";
import { createLogger } from "./logger";
import { createMetrics } from "./metrics";
import { auditLog, idempotencyKeys } from "./tables";
import { type ProvisionedDatabase, provisionDatabase, testDatabaseUrl } from "./testing";
import { auditedWrite } from "./writes";

/** A table for the test's one mutation, next to the tables every subgraph keeps. */
const notes = pgTable("notes", { id: uuid("id").primaryKey().defaultRandom(), body: text("body").notNull() });
const dbSchema = { auditLog, idempotencyKeys, notes };
type Db = Database<typeof dbSchema>;

const sdl = parse(`
  type Note { id: ID! body: String! }
  type Query { noteCount: Int! }
  type Mutation { addNote(body: String!): Note! }
`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const secret = "the-test-subgraph-secret-0123456789abcdef";
const keys = await ensureLocalKeys(mkdtempSync(join(tmpdir(), "linli-idem-keys-")));
const privateKey = readPrivateKey(keys.privateKeyPath);

let provisioned: ProvisionedDatabase | undefined;
let handle: DatabaseHandle<typeof dbSchema>;
let server: SubgraphServer;
let url: string;
/** Writes still to fail after their note is inserted (a transient fault inside the transaction). */
let failuresLeft = 0;
/** Bodies whose next write fails once, after its note is inserted. */
const failOnce = new Set<string>();

beforeAll(async () => {
  provisioned = testDatabaseUrl ? await provisionDatabase("idempotency") : undefined;
  handle = await openDatabase({ url: provisioned?.url, schema: dbSchema });
  for (const statement of await generateMigration(generateDrizzleJson({}), generateDrizzleJson(dbSchema))) {
    await handle.db.execute(sql.raw(statement));
  }
  const db = handle.db as Db;
  const schema = buildSubgraphSchema([
    {
      typeDefs: sdl,
      resolvers: {
        Query: { noteCount: async () => (await db.select({ n: count() }).from(notes))[0]?.n ?? 0 },
        Mutation: {
          addNote: (_root: unknown, { body }: { body: string }, context: unknown) =>
            auditedWrite(db, context as RequestIdentity, { action: "addNote", entityType: "Note" }, async (tx) => {
              const [note] = await tx.insert(notes).values({ body }).returning();
              if (!note) throw new Error("no row back");
              // Slow enough that a concurrent copy arrives while this transaction is open.
              if (body.startsWith("slow")) await sleep(400);
              if (failuresLeft > 0 || failOnce.delete(body)) {
                failuresLeft = Math.max(0, failuresLeft - 1);
                throw badUserInput("a transient refusal after the row was inserted");
              }
              return { entityId: note.id, before: null, after: note, result: note };
            }),
        },
      },
    },
  ]);
  server = await createSubgraphServer<RequestIdentity>({
    schema,
    context: (identity) => identity,
    gatewaySecret: secret,
    verifyToken: createTokenVerifier({
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [LOCAL_ALGORITHM],
      jwksPath: keys.jwksPath,
    }),
    logger: createLogger({ name: "idempotency-test", level: "silent" }),
    metrics: createMetrics("idempotency_test"),
    readiness: async () => {},
    idempotencyStore: handle.db as unknown as Database<Record<string, unknown>>,
  });
  url = await server.listen({ port: 0, host: "127.0.0.1" });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await handle?.close();
  await provisioned?.[Symbol.asyncDispose]();
});

interface Answer {
  status: number;
  body: {
    data?: { addNote: { id: string; body: string } | null } | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

async function post(
  query: string,
  variables: Record<string, unknown>,
  key?: string,
  subject = "writer",
  operation?: string,
) {
  const token = await signToken(privateKey, { subject, grants: [] });
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [GATEWAY_SECRET_HEADER]: secret,
      authorization: `Bearer ${token}`,
      ...(key ? { [IDEMPOTENCY_KEY_HEADER]: key } : {}),
      ...(operation ? { [OPERATION_HEADER]: operation } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const ADD_NOTE = "mutation ($body: String!) { addNote(body: $body) { id body } }";
const addNote = (body: string, key?: string, subject = "writer"): Promise<Answer> =>
  post(ADD_NOTE, { body }, key, subject);
/** The fingerprint the Linli gateway sends: which client operation a request belongs to. */
const fingerprint = (text: string) => createHash("sha256").update(text).digest("hex");

type Notes = Record<string, { id: string; body: string } | null>;
/** One fetch as a router sends it: some root fields of the client's operation, with the client's key. */
const fetchOf = async (fields: Record<string, string>, key: string) =>
  (await post(
    `mutation { ${Object.entries(fields)
      .map(([alias, body]) => `${alias}: addNote(body: ${JSON.stringify(body)}) { id body }`)
      .join(" ")} }`,
    {},
    key,
  )) as { status: number; body: { data?: Notes | null; errors?: Answer["body"]["errors"] } };
const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const notesWith = async (body: string) => (await handle.db.select().from(notes).where(eq(notes.body, body))).length;
const storedKeys = async (key: string) =>
  (await handle.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).length;
const auditRowsFor = async (body: string) =>
  (await handle.db.select().from(auditLog)).filter((row) => (row.after as { body?: string } | null)?.body === body)
    .length;

describe("idempotency keys", () => {
  it("replays the first answer to the same request with the same key, writing one row", async () => {
    const first = await addNote("replayed", "key-replay-0001");
    const second = await addNote("replayed", "key-replay-0001");
    expect(first.body.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(await notesWith("replayed")).toBe(1);
    expect(await auditRowsFor("replayed")).toBe(1);
    // Without a key, the same request is a new write each time.
    await addNote("unkeyed");
    await addNote("unkeyed");
    expect(await notesWith("unkeyed")).toBe(2);
  });

  it("refuses the same key under another operation, when the router names the operation, and stores nothing", async () => {
    await post(ADD_NOTE, { body: "original" }, "key-reused-0001", "writer", fingerprint("original"));
    const other = await post(ADD_NOTE, { body: "another payload" }, "key-reused-0001", "writer", fingerprint("other"));
    expect(code(other)).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(other.body.data ?? null).toBeNull();
    expect(await notesWith("another payload")).toBe(0);
  });

  it("writes another payload under the same key as its own write when no operation is named", async () => {
    // A router that forwards only the key: the subgraph cannot tell another operation from
    // another field of the same one (see the router tests below), so it writes it once.
    await addNote("first payload", "key-reused-0002");
    const other = await addNote("second payload", "key-reused-0002");
    expect(other.body.errors).toBeUndefined();
    expect(await addNote("second payload", "key-reused-0002")).toEqual(other);
    expect(await notesWith("first payload")).toBe(1);
    expect(await notesWith("second payload")).toBe(1);
  });

  it("keeps the keys of different callers apart", async () => {
    await addNote("per caller", "key-shared-0001", "alice");
    const bob = await addNote("per caller", "key-shared-0001", "bob");
    expect(bob.body.errors).toBeUndefined();
    expect(await notesWith("per caller")).toBe(2);
  });

  it("never writes twice when copies of a request run at the same time, and answers each with the one write", async () => {
    const answers = await Promise.all([
      addNote("slow concurrent", "key-concurrent-1"),
      addNote("slow concurrent", "key-concurrent-1"),
      addNote("slow concurrent", "key-concurrent-1"),
    ]);
    expect(await notesWith("slow concurrent")).toBe(1);
    expect(await auditRowsFor("slow concurrent")).toBe(1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
    expect(answers[0]?.body.data?.addNote?.body).toBe("slow concurrent");
    expect((await addNote("slow concurrent", "key-concurrent-1")).body).toEqual(answers[0]?.body);
  });

  it("records nothing for a mutation that failed, so it can be retried with the same key", async () => {
    failuresLeft = 1;
    const failed = await addNote("retried", "key-retried-0001");
    expect(code(failed)).toBe("BAD_USER_INPUT");
    expect(await notesWith("retried")).toBe(0);
    expect(await storedKeys("key-retried-0001")).toBe(0);
    const retried = await addNote("retried", "key-retried-0001");
    expect(retried.body.errors).toBeUndefined();
    expect(await notesWith("retried")).toBe(1);
    expect(await storedKeys("key-retried-0001")).toBe(1);
  });

  it("answers a retry at once from the write's own record when its answer was lost", async () => {
    const first = await addNote("answer lost", "key-answer-lost-1");
    // As if the process died after the commit and before the answer was stored.
    await handle.db.update(idempotencyKeys).set({ response: null }).where(eq(idempotencyKeys.key, "key-answer-lost-1"));
    const started = Date.now();
    const retried = await addNote("answer lost", "key-answer-lost-1");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(retried.body).toEqual(first.body);
    expect(await notesWith("answer lost")).toBe(1);
  });

  it("says a write was applied, without waiting, when neither its answer nor its result can be given", async () => {
    await addNote("nothing kept", "key-answer-lost-2");
    await handle.db
      .update(idempotencyKeys)
      .set({ response: null, result: null })
      .where(eq(idempotencyKeys.key, "key-answer-lost-2"));
    const lost = await addNote("nothing kept", "key-answer-lost-2");
    expect(code(lost)).toBe("IDEMPOTENCY_KEY_APPLIED");
    expect(lost.body.data ?? null).toBeNull();
    expect(await notesWith("nothing kept")).toBe(1);
  });

  it("forgets a key after a day: the request then runs again", async () => {
    await addNote("expired", "key-expired-0001");
    await handle.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, "key-expired-0001"));
    const again = await addNote("expired", "key-expired-0001");
    expect(again.body.errors).toBeUndefined();
    expect(await notesWith("expired")).toBe(2);
    expect(await storedKeys("key-expired-0001")).toBe(1);
  });

  it("refuses a malformed key before anything runs", async () => {
    for (const key of ["short", "has spaces in it", "x".repeat(129), "semi;colon-key"]) {
      const answer = await addNote("malformed", key);
      expect(answer.status).toBe(400);
      expect(code(answer)).toBe("INVALID_IDEMPOTENCY_KEY");
    }
    expect(await notesWith("malformed")).toBe(0);
  });
});

describe("idempotency keys behind a router that forwards the client's key with every fetch", () => {
  it("runs each field of an operation that reaches this subgraph twice (units → volunteer → units) once, and replays both", async () => {
    const a = await fetchOf({ a: "alternating a" }, "key-alternate-01");
    const c = await fetchOf({ c: "alternating c" }, "key-alternate-01");
    expect(a.body.errors).toBeUndefined();
    expect(c.body.errors).toBeUndefined();
    expect(c.body.data?.c?.body).toBe("alternating c");
    // The client retries the whole operation: the router sends the same two fetches again.
    expect((await fetchOf({ a: "alternating a" }, "key-alternate-01")).body).toEqual(a.body);
    expect((await fetchOf({ c: "alternating c" }, "key-alternate-01")).body).toEqual(c.body);
    expect(await notesWith("alternating a")).toBe(1);
    expect(await notesWith("alternating c")).toBe(1);
    expect(await storedKeys("key-alternate-01")).toBe(2);
  });

  it("keeps two fields of one fetch apart and replays them in order", async () => {
    const first = await fetchOf({ x: "pair x", y: "pair y" }, "key-pair-000001");
    expect(Object.keys(first.body.data ?? {})).toEqual(["x", "y"]);
    expect((await fetchOf({ x: "pair x", y: "pair y" }, "key-pair-000001")).body).toEqual(first.body);
    expect(await notesWith("pair x")).toBe(1);
    expect(await notesWith("pair y")).toBe(1);
  });

  it("on a retry runs only the field whose write failed, answering the written one from its record", async () => {
    failOnce.add("partial failing");
    const first = await fetchOf({ p: "partial written", q: "partial failing" }, "key-partial-0001");
    // q's write failed after p's committed; q is non-null, so the first answer has no data.
    expect(code(first as Answer)).toBe("BAD_USER_INPUT");
    expect(await notesWith("partial written")).toBe(1);
    expect(await storedKeys("key-partial-0001")).toBe(1);
    const retried = await fetchOf({ p: "partial written", q: "partial failing" }, "key-partial-0001");
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data?.p?.body).toBe("partial written");
    expect(retried.body.data?.q?.body).toBe("partial failing");
    expect(await notesWith("partial written")).toBe(1);
    expect(await notesWith("partial failing")).toBe(1);
    // And the retry after that is a plain replay.
    expect((await fetchOf({ p: "partial written", q: "partial failing" }, "key-partial-0001")).body).toEqual(
      retried.body,
    );
  });

  it("keeps identical fields of one fetch apart by their place", async () => {
    const first = await fetchOf({ x: "twice the same", y: "twice the same" }, "key-identical-001");
    expect(first.body.data?.x?.id).not.toBe(first.body.data?.y?.id);
    expect((await fetchOf({ x: "twice the same", y: "twice the same" }, "key-identical-001")).body).toEqual(first.body);
    expect(await notesWith("twice the same")).toBe(2);
  });

  it("answers a retry whose router dropped the aliases and renamed the variables from the same records", async () => {
    const first = await fetchOf({ first: "renamed" }, "key-renamed-00001");
    const viaAnotherPlan = await post(
      "mutation ($input: String!) { addNote(body: $input) { id body } }",
      { input: "renamed" },
      "key-renamed-00001",
    );
    expect(viaAnotherPlan.body.data?.addNote).toEqual(first.body.data?.first);
    expect(await notesWith("renamed")).toBe(1);
  });

  it("answers from the record when the retry asks for another selection of the same write", async () => {
    const first = await post('mutation { r: addNote(body: "reselected") { id body } }', {}, "key-reselect-001");
    const narrower = await post('mutation { r: addNote(body: "reselected") { id } }', {}, "key-reselect-001");
    expect(narrower.body).toEqual({ data: { r: { id: (first.body.data as Notes).r?.id } } });
    expect(await notesWith("reselected")).toBe(1);
  });
});
