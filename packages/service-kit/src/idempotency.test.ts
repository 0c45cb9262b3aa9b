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
import { IDEMPOTENCY_KEY_HEADER } from "./idempotency";
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
              if (failuresLeft > 0) {
                failuresLeft -= 1;
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

async function addNote(body: string, key?: string, subject = "writer"): Promise<Answer> {
  const token = await signToken(privateKey, { subject, grants: [] });
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [GATEWAY_SECRET_HEADER]: secret,
      authorization: `Bearer ${token}`,
      ...(key ? { [IDEMPOTENCY_KEY_HEADER]: key } : {}),
    },
    body: JSON.stringify({
      query: "mutation ($body: String!) { addNote(body: $body) { id body } }",
      variables: { body },
    }),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

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

  it("refuses the same key with another request, and stores nothing for it", async () => {
    await addNote("original", "key-reused-0001");
    const other = await addNote("another payload", "key-reused-0001");
    expect(code(other)).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(other.body.data ?? null).toBeNull();
    expect(await notesWith("another payload")).toBe(0);
  });

  it("keeps the keys of different callers apart", async () => {
    await addNote("per caller", "key-shared-0001", "alice");
    const bob = await addNote("per caller", "key-shared-0001", "bob");
    expect(bob.body.errors).toBeUndefined();
    expect(await notesWith("per caller")).toBe(2);
  });

  it("never writes twice when copies of a request run at the same time", async () => {
    const answers = await Promise.all([
      addNote("slow concurrent", "key-concurrent-1"),
      addNote("slow concurrent", "key-concurrent-1"),
      addNote("slow concurrent", "key-concurrent-1"),
    ]);
    expect(await notesWith("slow concurrent")).toBe(1);
    const succeeded = answers.filter((answer) => answer.body.data?.addNote);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    // Every success is the one write (a replay of it); every other answer says the first is in progress.
    for (const answer of succeeded) expect(answer.body).toEqual(succeeded[0]?.body);
    for (const answer of answers.filter((a) => !a.body.data?.addNote)) {
      expect(code(answer)).toBe("IDEMPOTENCY_KEY_IN_PROGRESS");
    }
    // Once the first has answered, a retry gets that answer.
    expect((await addNote("slow concurrent", "key-concurrent-1")).body).toEqual(succeeded[0]?.body);
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

  it("says a write was applied when its answer was lost, rather than in progress for a day", async () => {
    await addNote("answer lost", "key-answer-lost-1");
    // As if the connection failed after the commit and before the answer was stored.
    await handle.db.update(idempotencyKeys).set({ response: null }).where(eq(idempotencyKeys.key, "key-answer-lost-1"));
    expect(code(await addNote("answer lost", "key-answer-lost-1"))).toBe("IDEMPOTENCY_KEY_IN_PROGRESS");
    await handle.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '1 minute'` })
      .where(eq(idempotencyKeys.key, "key-answer-lost-1"));
    const lost = await addNote("answer lost", "key-answer-lost-1");
    expect(code(lost)).toBe("IDEMPOTENCY_KEY_APPLIED");
    expect(lost.body.data ?? null).toBeNull();
    expect(await notesWith("answer lost")).toBe(1);
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
