import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, ledgerEntries, selfGovernanceCouncils } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";
import { refusal } from "../shared/testing";

const county = sampleCounty();
const shigushan = demoId("estate", "仙安石鼓山");
const council = demoId("council", "仙安石鼓山业主自治会");
const entryId = (name: string) => demoId("ledgerEntry", `仙安石鼓山/${name}`);

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));
const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const propertyAdmin = as("property-admin", { role: "agency_admin", agency: "property" });

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

/** The balance PostgreSQL sums right now, straight from the table. */
async function sqlBalance(councilId: string): Promise<number> {
  const [row] = await database.db
    .select({
      balance: sql<number>`coalesce(sum(case when kind = 'INCOME' then amount_fen else -amount_fen end), 0)::int`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.councilId, councilId));
  return row!.balance;
}
const entryCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(ledgerEntries))[0]!.n;

const COUNCIL = `query ($id: ID!, $first: Int, $after: String) { selfGovernanceCouncil(id: $id) {
  id name foundedOn balanceFen estate { id managementMode }
  ledger(first: $first, after: $after) {
    edges { cursor node { id kind amountFen memo occurredOn corrects { id memo } recordedAt } }
    pageInfo { hasNextPage endCursor }
  }
} }`;
type Ledger = {
  selfGovernanceCouncil: {
    balanceFen: number;
    ledger: {
      edges: { node: Record<string, unknown> & { id: string; amountFen: number; kind: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

describe("a self-governance council's public ledger", () => {
  it("shows 仙安石鼓山's council and its ledger to the anonymous public, newest first, with no personal data", async () => {
    const result = await database.query<Ledger>(COUNCIL, { id: council, first: 100 });
    expect(result.errors).toBeUndefined();
    const found = result.data!.selfGovernanceCouncil;
    expect(found).toMatchObject({
      name: "仙安石鼓山业主自治会",
      foundedOn: "2022-03-01",
      estate: { id: shigushan, managementMode: "SELF_GOVERNED" },
      balanceFen: 682_000,
    });
    const nodes = found.ledger.edges.map((edge) => edge.node);
    expect(nodes.map((n) => n.occurredOn)).toEqual([
      "2023-04-15",
      "2023-04-02",
      "2023-03-31",
      "2023-02-20",
      "2023-01-15",
    ]);
    expect(nodes[1]).toMatchObject({
      kind: "EXPENSE",
      amountFen: 12_000,
      corrects: { id: entryId("2023-02 路灯维修"), memo: "3 号楼至 8 号楼路灯更换" },
    });
    // The recorder is kept for the audit but is no field of the ledger.
    const fields = await database.query(`{ __type(name: "LedgerEntry") { fields { name } } }`);
    expect(fields.data).toEqual({
      __type: {
        fields: ["id", "kind", "amountFen", "memo", "occurredOn", "corrects", "recordedAt"].map((name) => ({ name })),
      },
    });
  });

  it("computes the public balance as the sum of the entries, before and after new ones", async () => {
    const read = async () =>
      (await database.query<Ledger>(COUNCIL, { id: council, first: 1 })).data!.selfGovernanceCouncil.balanceFen;
    expect(await read()).toBe(await sqlBalance(council));
    expect(await read()).toBe(636_000 - 128_000 - 450_000 - 12_000 + 636_000);
    for (const [kind, amountFen] of [
      ["INCOME", 1_234],
      ["EXPENSE", 99],
      ["EXPENSE", 50_000],
    ] as const) {
      const recorded = await database.query(
        RECORD,
        { input: { councilId: council, kind, amountFen, memo: "测试收支", occurredOn: "2023-05-01" } },
        propertyAdmin,
      );
      expect(recorded.errors).toBeUndefined();
    }
    expect(await read()).toBe(await sqlBalance(council));
    expect(await read()).toBe(682_000 + 1_234 - 99 - 50_000);
  });

  it("pages through the ledger exactly once with cursors", async () => {
    const all = (await database.query<Ledger>(COUNCIL, { id: council, first: 100 })).data!.selfGovernanceCouncil.ledger
      .edges;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Ledger = (await database.query<Ledger>(COUNCIL, { id: council, first: 2, after })).data!;
      seen.push(...page.selfGovernanceCouncil.ledger.edges.map((edge) => edge.node.id));
      const info = page.selfGovernanceCouncil.ledger.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((edge) => edge.node.id));
    expect(codes(await database.query(COUNCIL, { id: council, first: 101 }))).toEqual(["BAD_USER_INPUT"]);
  });
});

const RECORD = `mutation ($input: RecordLedgerEntryInput!) {
  recordLedgerEntry(input: $input) { id kind amountFen memo occurredOn corrects { id } }
}`;

describe("recordLedgerEntry", () => {
  it("appends an entry with one audit row; a correction names the entry it corrects", async () => {
    const result = await database.query<{ recordLedgerEntry: { id: string } }>(
      RECORD,
      {
        input: {
          councilId: council,
          kind: "INCOME",
          amountFen: 3_000,
          memo: "  更正：二季度卫生费少记 30 元  ",
          occurredOn: "2023-04-20",
          correctsEntryId: entryId("2023-04 卫生费"),
        },
      },
      propertyAdmin,
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.recordLedgerEntry.id;
    expect(result.data?.recordLedgerEntry).toEqual({
      id,
      kind: "INCOME",
      amountFen: 3_000,
      memo: "更正：二季度卫生费少记 30 元",
      occurredOn: "2023-04-20",
      corrects: { id: entryId("2023-04 卫生费") },
    });
    const [stored] = await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, id));
    expect(stored?.recordedBy).toBe("property-admin");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit).toMatchObject([{ action: "recordLedgerEntry", entityType: "LedgerEntry", before: null }]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a zero amount", { amountFen: 0 }, "amountFen"],
    ["a negative amount", { amountFen: -500 }, "amountFen"],
    ["an amount over a million yuan", { amountFen: 100_000_001 }, "amountFen"],
    ["an empty memo", { memo: "  " }, "memo"],
    ["a memo over 200 characters", { memo: "账".repeat(201) }, "memo"],
    ["a day that is not a date", { occurredOn: "2023-02-29" }, "occurredOn"],
    ["a malformed council id", { councilId: "nope" }, "councilId"],
    [
      "a correction of an entry that does not exist",
      { correctsEntryId: "00000000-0000-4000-8000-000000000000" },
      "correctsEntryId",
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field, and appends nothing", async (_what, change, field) => {
    const [entries, balance] = [await entryCount(), await sqlBalance(council)];
    const input = { councilId: council, kind: "EXPENSE", amountFen: 100, memo: "测试", occurredOn: "2023-06-01" };
    const result = await database.query(RECORD, { input: { ...input, ...change } }, propertyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(await entryCount()).toBe(entries);
    expect(await sqlBalance(council)).toBe(balance);
  });

  it("refuses to correct another council's entry, which the database refuses too", async () => {
    const [other] = await database.db
      .insert(selfGovernanceCouncils)
      .values({ estateId: demoId("estate", "洪桥新村"), name: "洪桥新村业主自治会", foundedOn: "2024-01-01" })
      .returning();
    const input = {
      councilId: other!.id,
      kind: "EXPENSE",
      amountFen: 100,
      memo: "更正",
      occurredOn: "2024-02-01",
      correctsEntryId: entryId("2023-01 卫生费"),
    };
    const result = await database.query(RECORD, { input }, propertyAdmin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "correctsEntryId" });
    const direct = database.db.insert(ledgerEntries).values({ ...input, councilId: other!.id, kind: "EXPENSE" });
    expect(await refusal(direct)).toMatch(/ledger_entries_corrects_same_council_fk/);
  });

  it("answers NOT_FOUND for an unknown council", async () => {
    const input = {
      councilId: "00000000-0000-4000-8000-000000000000",
      kind: "INCOME",
      amountFen: 100,
      memo: "无主",
      occurredOn: "2023-06-01",
    };
    expect(codes(await database.query(RECORD, { input }, propertyAdmin))).toEqual(["NOT_FOUND"]);
  });

  it.each<[string, Caller, string]>([
    ["the anonymous public", ANONYMOUS, "UNAUTHENTICATED"],
    ["a resident of the estate", as("r", { role: "resident", estate: shigushan }), "FORBIDDEN"],
    [
      "the estate's branch secretary",
      as("s", { role: "branch_secretary", branch: demoId("branch", "仙安石鼓山小区党支部") }),
      "FORBIDDEN",
    ],
    ["a county administrator", as("c", { role: "county_admin", personalData: true }), "FORBIDDEN"],
    ["a property manager", as("m", { role: "property_manager", company: demoId("company", "嘉庆物业") }), "FORBIDDEN"],
  ])("refuses %s (%s) and appends nothing", async (_who, caller, code) => {
    const entries = await entryCount();
    const input = { councilId: council, kind: "EXPENSE", amountFen: 100, memo: "越权", occurredOn: "2023-06-01" };
    expect(codes(await database.query(RECORD, { input }, caller))).toEqual([code]);
    expect(await entryCount()).toBe(entries);
  });
});

describe("the ledger is append-only for every role", () => {
  it("offers no mutation that changes or removes an entry: recording is the only ledger write", async () => {
    const result = await database.query(`{ __type(name: "Mutation") { fields { name } } }`);
    const names = (result.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name);
    expect(names.filter((name) => /ledger|entr/i.test(name))).toEqual(["recordLedgerEntry"]);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of ledger entries in PostgreSQL itself, whoever connects", async () => {
    const target = entryId("2023-01 卫生费");
    const [before] = await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, target));
    const balance = await sqlBalance(council);
    for (const statement of [
      database.db.update(ledgerEntries).set({ amountFen: 1 }).where(eq(ledgerEntries.id, target)),
      database.db.execute(sql`update ledger_entries set memo = 'changed'`),
      database.db.delete(ledgerEntries).where(eq(ledgerEntries.id, target)),
      database.db.execute(sql`delete from ledger_entries`),
      database.db.execute(sql`truncate ledger_entries`),
    ]) {
      expect(await refusal(statement)).toMatch(/append-only/);
    }
    const [after] = await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, target));
    expect(after).toEqual(before);
    expect(await sqlBalance(council)).toBe(balance);
  });

  it("loads the demo ledger twice without a second copy or a refused update", async () => {
    const entries = await entryCount();
    await loadCounty(database.db, county);
    expect(await entryCount()).toBe(entries);
  });
});

describe("Estate.managementMode", () => {
  it("is COMPANY with a current contract, SELF_GOVERNED with a council, UNMANAGED with neither", async () => {
    const estate = (name: string) => ({ __typename: "Estate", id: demoId("estate", name) });
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate {
        managementMode selfGovernanceCouncil { name }
      } } }`,
      { reps: [estate("木兰滨河"), estate("仙安石鼓山"), estate("兰鑫花园"), estate("东门顺安")] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { managementMode: "COMPANY", selfGovernanceCouncil: null },
      { managementMode: "SELF_GOVERNED", selfGovernanceCouncil: { name: "仙安石鼓山业主自治会" } },
      { managementMode: "UNMANAGED", selfGovernanceCouncil: null },
      { managementMode: "COMPANY", selfGovernanceCouncil: null },
    ]);
  });
});
