import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import { count, eq, sql } from "drizzle-orm";
import { integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "./auth/caller";
import { type Database, type DatabaseHandle, openDatabase } from "./db";
import { auditLog } from "./tables";
import { type ProvisionedDatabase, provisionDatabase, testDatabaseUrl } from "./testing";
import { auditedWrite } from "./writes";

/** A table for the test's writes, next to the audit log every subgraph keeps. */
const notes = pgTable("notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  body: text("body").notNull(),
  version: integer("version").notNull().default(1),
});
const dbSchema = { auditLog, notes };
type Db = Database<typeof dbSchema>;

const admin: Caller = { subject: "admin", grants: [{ role: "agency_admin", agency: "units" }] };
const meta = { caller: admin, requestId: "writes-test" };
const change = { action: "updateNote", entityType: "Note" };

let provisioned: ProvisionedDatabase | undefined;
let handle: DatabaseHandle<typeof dbSchema>;
let db: Db;

beforeAll(async () => {
  provisioned = testDatabaseUrl ? await provisionDatabase("writes") : undefined;
  handle = await openDatabase({ url: provisioned?.url, schema: dbSchema });
  for (const statement of await generateMigration(generateDrizzleJson({}), generateDrizzleJson(dbSchema))) {
    await handle.db.execute(sql.raw(statement));
  }
  db = handle.db as Db;
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await provisioned?.[Symbol.asyncDispose]();
});

async function seed(body: string) {
  const [note] = await db.insert(notes).values({ body }).returning();
  if (!note) throw new Error("no row back");
  return note;
}
const stored = async (id: string) => (await db.select().from(notes).where(eq(notes.id, id)))[0];
const audits = async () => (await db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const rename = (tx: Db, id: string, body: string) => tx.update(notes).set({ body }).where(eq(notes.id, id)).returning();

describe("auditedWrite", () => {
  it("keeps the change and its audit row together when the write succeeds", async () => {
    const seeded = await seed("before");
    const before = await audits();
    const result = await auditedWrite(db, meta, change, async (tx) => {
      const [after] = await rename(tx, seeded.id, "after");
      return { entityId: seeded.id, before: seeded, after, result: after };
    });
    expect(result?.body).toBe("after");
    expect((await stored(seeded.id))?.body).toBe("after");
    expect(await audits()).toBe(before + 1);
    const [row] = await db.select().from(auditLog).where(eq(auditLog.entityId, seeded.id));
    expect(row).toMatchObject({ action: "updateNote", entityType: "Note", actor: "admin", requestId: "writes-test" });
  });

  it("leaves neither the change nor an audit row when the write fails after its UPDATE", async () => {
    const seeded = await seed("rollback one");
    const before = await audits();
    const write = auditedWrite(db, meta, change, async (tx) => {
      const [after] = await rename(tx, seeded.id, "must not stay");
      expect(after?.body).toBe("must not stay");
      throw new Error("a later statement failed");
    });
    await expect(write).rejects.toThrow("a later statement failed");
    expect(await stored(seeded.id)).toEqual(seeded);
    expect(await audits()).toBe(before);
  });

  it("rolls the change back when the audit row itself cannot be written", async () => {
    const seeded = await seed("rollback two");
    const before = await audits();
    const write = auditedWrite(db, meta, change, async (tx) => {
      const [after] = await rename(tx, seeded.id, "must not stay");
      // audit_log.entity_id is NOT NULL: the audit insert fails after the UPDATE succeeded.
      return { entityId: null as unknown as string, before: seeded, after, result: after };
    });
    await expect(write).rejects.toThrow();
    expect(await stored(seeded.id)).toEqual(seeded);
    expect(await audits()).toBe(before);
  });
});
