import { sampleCounty } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, personalDataAccessLog, unitLiaisons } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const quanan = unitByName("全安消防技术有限公司");
const haitong = unitByName("海通劳务派遣有限公司");
const missing = "00000000-0000-4000-8000-000000000000";

const anonymous: Caller = { subject: null, grants: [] };
const liaisonOf = (unit: { id: string }): Caller => ({
  subject: `liaison-of-${unit.id}`,
  grants: [{ role: "unit_liaison", unit: unit.id }],
});
const unitsAdmin: Caller = { subject: "units-admin", grants: [{ role: "agency_admin", agency: "units" }] };
const countyAdmin: Caller = { subject: "county-admin", grants: [{ role: "county_admin", personalData: true }] };
const partyAdmin: Caller = { subject: "party-admin", grants: [{ role: "agency_admin", agency: "party" }] };

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

const ADD = `mutation ($input: AddUnitLiaisonInput!) {
  addUnitLiaison(input: $input) { id name title phone(purpose: "核对新增联络人") unit { id } }
}`;
const REMOVE = `mutation ($input: RemoveUnitLiaisonInput!) { removeUnitLiaison(input: $input) { id name phone(purpose: "核对移除") } }`;
const LIST = `query ($id: ID!) { unit(id: $id) { liaisons { id name title phone } } }`;
const LIST_FULL = `query ($id: ID!) { unit(id: $id) { liaisons { id name title phone(purpose: "安排消防演练联络") } } }`;

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;
const liaisonCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(unitLiaisons))[0]!.n;
const auditCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;

/** A liaison stored directly, for one test to read or remove. */
async function seedLiaison(unit: { id: string }, name: string, phone = "13812345678") {
  const [row] = await database.db
    .insert(unitLiaisons)
    .values({ unitId: unit.id, name, title: "办公室主任", phone })
    .returning();
  return row!;
}

describe("Unit.liaisons", () => {
  it("masks the phone for everyone unless the unit's own liaison or the units admin states a purpose, and logs that read", async () => {
    const liaison = await seedLiaison(haitong, "陈联络", "13900001111");
    const phoneAs = async (caller: Caller, document = LIST) => {
      const result = await query<{ unit: { liaisons: { id: string; phone: string }[] } | null }>(
        document,
        { id: haitong.id },
        caller,
      );
      return { result, phone: result.data?.unit?.liaisons.find((l) => l.id === liaison.id)?.phone };
    };
    for (const caller of [liaisonOf(haitong), unitsAdmin, anonymous, liaisonOf(quanan), countyAdmin, partyAdmin]) {
      const { result, phone } = await phoneAs(caller);
      expect(result.errors).toBeUndefined();
      expect(phone).toBe("139****1111");
    }
    const logged = async () =>
      (await database.db.select().from(personalDataAccessLog).where(eq(personalDataAccessLog.subjectId, liaison.id)))
        .length;
    for (const caller of [liaisonOf(haitong), unitsAdmin]) {
      const before = await logged();
      expect((await phoneAs(caller, LIST_FULL)).phone).toBe("13900001111");
      expect(await logged()).toBe(before + 1);
    }
    const before = await logged();
    for (const caller of [liaisonOf(quanan), countyAdmin, partyAdmin]) {
      const { result } = await phoneAs(caller, LIST_FULL);
      expect(result.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    }
    expect((await phoneAs(anonymous, LIST_FULL)).result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await logged()).toBe(before);
  });

  it("lists the liaisons of each unit by name, in as many statements for 2 units as for 1", async () => {
    await seedLiaison(quanan, "王二");
    await seedLiaison(quanan, "李一");
    const count = async (ids: string[]) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Unit { liaisons { name unit { id } } } } }`,
        { reps: ids.map((id) => ({ __typename: "Unit", id })) },
      );
      expect(result.errors).toBeUndefined();
      return { statements: database.statements() - before, data: result.data };
    };
    const one = await count([quanan.id]);
    const [entity] = one.data!._entities as { liaisons: { name: string }[] }[];
    const names = entity!.liaisons.map((l) => l.name);
    expect(names.indexOf("李一")).toBeLessThan(names.indexOf("王二"));
    expect((await count([quanan.id, haitong.id])).statements).toBe(one.statements);
  });
});

describe("addUnitLiaison", () => {
  it("lets a liaison add a person to their own unit, with the phone in full for them and scrubbed in the audit row", async () => {
    const result = await query<{ addUnitLiaison: { id: string } }>(
      ADD,
      { input: { unitId: haitong.id, name: "  林新  ", title: "人事经理", phone: "13655556666" } },
      liaisonOf(haitong),
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.addUnitLiaison;
    expect(created).toMatchObject({ name: "林新", title: "人事经理", phone: "13655556666", unit: { id: haitong.id } });
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject({ action: "addUnitLiaison", entityType: "UnitLiaison", before: null });
    expect(JSON.stringify(audit)).not.toContain("13655556666");
    expect(JSON.stringify(audit)).toContain("林新");
  });

  it("lets the units admin add to any unit, NOT_FOUND for a unit that does not exist", async () => {
    const ok = await query(ADD, { input: { unitId: quanan.id, name: "赵管理", phone: "0594-8281234" } }, unitsAdmin);
    expect(ok.errors).toBeUndefined();
    const before = [await liaisonCount(), await auditCount()];
    const none = await query(ADD, { input: { unitId: missing, name: "无", phone: "13800000000" } }, unitsAdmin);
    expect(codeOf(none)).toBe("NOT_FOUND");
    expect([await liaisonCount(), await auditCount()]).toEqual(before);
  });

  it("refuses another unit's liaison and other signed-in callers with FORBIDDEN, the anonymous with UNAUTHENTICATED, storing nothing", async () => {
    const before = [await liaisonCount(), await auditCount()];
    const input = { unitId: quanan.id, name: "冒名", phone: "13800000000" };
    for (const caller of [liaisonOf(haitong), countyAdmin, partyAdmin]) {
      expect(codeOf(await query(ADD, { input }, caller))).toBe("FORBIDDEN");
    }
    expect(codeOf(await query(ADD, { input }, anonymous))).toBe("UNAUTHENTICATED");
    expect([await liaisonCount(), await auditCount()]).toEqual(before);
  });

  it("refuses invalid input with BAD_USER_INPUT naming the field, storing nothing", async () => {
    const before = [await liaisonCount(), await auditCount()];
    const cases: [Record<string, unknown>, string][] = [
      [{ unitId: "nope", name: "甲", phone: "13800000000" }, "unitId"],
      [{ unitId: quanan.id, name: "   ", phone: "13800000000" }, "name"],
      [{ unitId: quanan.id, name: "甲".repeat(51), phone: "13800000000" }, "name"],
      [{ unitId: quanan.id, name: "甲", title: "职".repeat(51), phone: "13800000000" }, "title"],
      [{ unitId: quanan.id, name: "甲", phone: "123" }, "phone"],
      [{ unitId: quanan.id, name: "甲", phone: "call me maybe" }, "phone"],
    ];
    for (const [input, field] of cases) {
      const result = await query(ADD, { input }, unitsAdmin);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    expect([await liaisonCount(), await auditCount()]).toEqual(before);
  });
});

describe("removeUnitLiaison", () => {
  it("lets the unit's own liaison remove a person, audited without the raw phone", async () => {
    const liaison = await seedLiaison(quanan, "待移除", "13711112222");
    const result = await query(REMOVE, { input: { id: liaison.id } }, liaisonOf(quanan));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ removeUnitLiaison: { id: liaison.id, name: "待移除", phone: "13711112222" } });
    expect(await database.db.select().from(unitLiaisons).where(eq(unitLiaisons.id, liaison.id))).toEqual([]);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, liaison.id));
    expect(audit).toMatchObject({ action: "removeUnitLiaison", after: null });
    expect(JSON.stringify(audit)).not.toContain("13711112222");
  });

  it("refuses another unit's liaison with FORBIDDEN and an unknown id with NOT_FOUND, removing nothing", async () => {
    const liaison = await seedLiaison(quanan, "留下");
    const before = [await liaisonCount(), await auditCount()];
    expect(codeOf(await query(REMOVE, { input: { id: liaison.id } }, liaisonOf(haitong)))).toBe("FORBIDDEN");
    expect(codeOf(await query(REMOVE, { input: { id: liaison.id } }, countyAdmin))).toBe("FORBIDDEN");
    expect(codeOf(await query(REMOVE, { input: { id: missing } }, unitsAdmin))).toBe("NOT_FOUND");
    expect(codeOf(await query(REMOVE, { input: { id: "nope" } }, unitsAdmin))).toBe("BAD_USER_INPUT");
    expect([await liaisonCount(), await auditCount()]).toEqual(before);
  });
});
