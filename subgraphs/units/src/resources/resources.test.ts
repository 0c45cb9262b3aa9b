import { demoId, sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import type { Caller } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, type SharedResourceRow, sharedResources } from "../db/schema";
import { units } from "../definition";
import { loadCounty } from "../demo";
import { ResourcesRepository } from "./resources.repository";

const county = withSyntheticEstates(sampleCounty(), 30);
const synthetic = county.units.filter((u) => u.name.startsWith("合成小区"));
// One resource for every synthetic unit, so that long lists have something to load.
for (const unit of synthetic) {
  county.resources.push({
    id: demoId("resource", `${unit.name}/会议室`),
    unitId: unit.id,
    name: "会议室",
    kind: "VENUE",
    description: "",
    capacity: 10,
  });
}
const unitByName = (name: string) => county.units.find((u) => u.name === name)!;
const resourceByName = (unitName: string, name: string) =>
  county.resources.find((r) => r.unitId === unitByName(unitName).id && r.name === name)!;

const quanan = unitByName("全安消防技术有限公司");
const haitong = unitByName("海通劳务派遣有限公司");
const cityAgency = unitByName("仙游县城市管理局");
const missing = "00000000-0000-4000-8000-000000000000";

const anonymous: Caller = { subject: null, grants: [] };
const liaisonOf = (unit: { id: string }): Caller => ({
  subject: `liaison-of-${unit.id}`,
  grants: [{ role: "unit_liaison", unit: unit.id }],
});
const unitsAdmin: Caller = { subject: "units-admin", grants: [{ role: "agency_admin", agency: "units" }] };
/** Signed in, but with no right to any unit's resources. */
const strangers: Caller[] = [
  { subject: "county-admin", grants: [{ role: "county_admin", personalData: true }] },
  { subject: "party-admin", grants: [{ role: "agency_admin", agency: "party" }] },
  { subject: "property-manager", grants: [{ role: "property_manager", company: demoId("company", "顺安物业") }] },
  { subject: "resident", grants: [{ role: "resident", estate: demoId("estate", "南桥锦福家园") }] },
];

const database = useSubgraphTestDatabase(units, (db) => loadCounty(db, county));
const query = database.query;

const CREATE = `mutation ($input: CreateSharedResourceInput!) {
  createSharedResource(input: $input) { id name kind description capacity createdAt updatedAt unit { id name } }
}`;
const UPDATE = `mutation ($input: UpdateSharedResourceInput!) {
  updateSharedResource(input: $input) { id name kind description capacity createdAt updatedAt unit { id } }
}`;

const LONG_AGO = new Date("2024-01-01T00:00:00.000Z");

/** A resource of `unit` stored directly, last changed long ago, for one test to change. */
async function seedResource(unit: { id: string }, name: string): Promise<SharedResourceRow> {
  const [row] = await database.db
    .insert(sharedResources)
    .values({
      unitId: unit.id,
      name,
      kind: "EQUIPMENT",
      description: "测试用器材",
      capacity: 5,
      createdAt: LONG_AGO,
      updatedAt: LONG_AGO,
    })
    .returning();
  return row!;
}

const stored = async (id: string) =>
  (await database.db.select().from(sharedResources).where(eq(sharedResources.id, id)))[0] ?? null;
const resourceCount = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(sharedResources))[0]!.n;
const auditCount = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
const auditRowsOf = (entityId: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.occurredAt);

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe("reading shared resources", () => {
  it("shows anyone, signed in or not, a unit's resources by name and one resource by id", async () => {
    const drill = resourceByName("全安消防技术有限公司", "应急演练器材");
    const result = await query(
      `query ($unit: ID!, $id: ID!) {
        unit(id: $unit) { sharedResources { name kind capacity unit { name } } }
        sharedResource(id: $id) { id name kind description capacity createdAt updatedAt unit { name } }
        none: sharedResource(id: "${missing}") { id }
        malformed: sharedResource(id: "nope") { id }
      }`,
      { unit: quanan.id, id: drill.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      unit: {
        sharedResources: [
          { name: "应急演练器材", kind: "EQUIPMENT", capacity: 20, unit: { name: "全安消防技术有限公司" } },
          { name: "消防安全培训", kind: "EXPERTISE", capacity: 60, unit: { name: "全安消防技术有限公司" } },
        ],
      },
      sharedResource: {
        id: drill.id,
        name: "应急演练器材",
        kind: "EQUIPMENT",
        description: drill.description,
        capacity: 20,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        unit: { name: "全安消防技术有限公司" },
      },
      none: null,
      malformed: null,
    });
  });

  it("resolves SharedResource references in key order, null for a miss, ignoring fields a representation carries", async () => {
    const training = resourceByName("全安消防技术有限公司", "消防安全培训");
    const room = resourceByName("顺安工程有限公司", "会议室");
    const result = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on SharedResource { name unit { name } } } }`,
      {
        reps: [
          { __typename: "SharedResource", id: room.id },
          { __typename: "SharedResource", id: missing },
          { __typename: "SharedResource", id: training.id, name: "改个名字", unitId: haitong.id },
        ],
      },
      liaisonOf(haitong),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "会议室", unit: { name: "顺安工程有限公司" } },
      null,
      { name: "消防安全培训", unit: { name: "全安消防技术有限公司" } },
    ]);
    expect((await stored(training.id))?.name).toBe("消防安全培训");
  });

  it("lists the resources of 30 units in as many statements as those of 3", async () => {
    expect(synthetic).toHaveLength(30);
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Unit { name sharedResources { name capacity unit { name } } }
        } }`,
        { reps: synthetic.slice(0, n).map((u) => ({ __typename: "Unit", id: u.id })) },
      );
      expect(result.errors).toBeUndefined();
      const entities = result.data?._entities as { name: string; sharedResources: { unit: { name: string } }[] }[];
      expect(entities).toHaveLength(n);
      expect(entities.every((e) => e.sharedResources.length === 1 && e.sharedResources[0]?.unit.name === e.name)).toBe(
        true,
      );
      return database.statements() - before;
    };
    expect(await count(30)).toBe(await count(3));
  });

  it("loads the demo resources twice without adding one, under stable ids", async () => {
    const before = await resourceCount();
    await loadCounty(database.db, county);
    expect(await resourceCount()).toBe(before);
    const training = await stored(demoId("resource", "全安消防技术有限公司/消防安全培训"));
    expect(training).toMatchObject({ unitId: quanan.id, name: "消防安全培训", kind: "EXPERTISE" });
    expect(sampleCounty().resources.map((r) => r.name)).toEqual(["消防安全培训", "应急演练器材", "就业指导", "会议室"]);
  });
});

describe("createSharedResource", () => {
  it("lets a liaison offer a resource of their own unit, listed under it at once", async () => {
    const result = await query<{ createSharedResource: { id: string } }>(
      CREATE,
      { input: { unitId: haitong.id, name: "  技能培训教室  ", kind: "VENUE", capacity: 25 } },
      liaisonOf(haitong),
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createSharedResource;
    expect(created).toMatchObject({
      name: "技能培训教室",
      kind: "VENUE",
      description: "",
      capacity: 25,
      unit: { id: haitong.id, name: "海通劳务派遣有限公司" },
    });
    expect(await stored(created.id)).toMatchObject({ unitId: haitong.id, name: "技能培训教室", capacity: 25 });
    const listed = await query(`query ($id: ID!) { unit(id: $id) { sharedResources { id } } }`, { id: haitong.id });
    expect(listed.data).toEqual({ unit: { sharedResources: expect.arrayContaining([{ id: created.id }]) } });
  });

  it("refuses a liaison of another unit with FORBIDDEN and stores nothing", async () => {
    const [resources, audits] = [await resourceCount(), await auditCount()];
    const result = await query(
      CREATE,
      { input: { unitId: quanan.id, name: "冒名资源", kind: "SERVICE", capacity: 1 } },
      liaisonOf(haitong),
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    expect(result.data).toEqual({ createSharedResource: null });
    expect(await resourceCount()).toBe(resources);
    expect(await auditCount()).toBe(audits);
  });

  it("lets a units admin offer a resource for any unit", async () => {
    const result = await query<{ createSharedResource: { id: string; unit: { id: string } } }>(
      CREATE,
      { input: { unitId: cityAgency.id, name: "执法宣传", kind: "EXPERTISE", description: "上门讲解", capacity: 50 } },
      unitsAdmin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createSharedResource.unit.id).toBe(cityAgency.id);
    expect(await stored(result.data!.createSharedResource.id)).toMatchObject({ description: "上门讲解" });
  });

  it("answers an unknown unit with NOT_FOUND to an admin and FORBIDDEN to a liaison of another unit", async () => {
    const resources = await resourceCount();
    const input = { unitId: missing, name: "无主资源", kind: "VENUE", capacity: 1 };
    expect(codeOf(await query(CREATE, { input }, unitsAdmin))).toBe("NOT_FOUND");
    expect(codeOf(await query(CREATE, { input }, liaisonOf(haitong)))).toBe("FORBIDDEN");
    expect(await resourceCount()).toBe(resources);
  });

  it("refuses the anonymous public with UNAUTHENTICATED and other roles with FORBIDDEN", async () => {
    const resources = await resourceCount();
    const input = { unitId: quanan.id, name: "不该出现", kind: "VENUE", capacity: 1 };
    expect(codeOf(await query(CREATE, { input }, anonymous))).toBe("UNAUTHENTICATED");
    for (const caller of strangers) {
      expect({ caller: caller.subject, code: codeOf(await query(CREATE, { input }, caller)) }).toEqual({
        caller: caller.subject,
        code: "FORBIDDEN",
      });
    }
    expect(await resourceCount()).toBe(resources);
  });

  it("runs the rule before anything else: a caller without the right learns nothing about their input", async () => {
    const input = { unitId: "nope", name: "", kind: "VENUE", capacity: 0 };
    expect(codeOf(await query(CREATE, { input }, anonymous))).toBe("UNAUTHENTICATED");
    expect(codeOf(await query(CREATE, { input }, strangers[0]!))).toBe("FORBIDDEN");
    expect(codeOf(await query(CREATE, { input }, liaisonOf(haitong)))).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["an empty name", { name: "   " }, "name"],
    ["a name over 100 characters", { name: "室".repeat(101) }, "name"],
    ["a capacity below 1", { capacity: 0 }, "capacity"],
    ["a capacity over 10000", { capacity: 10_001 }, "capacity"],
    ["a description over 2000 characters", { description: "述".repeat(2001) }, "description"],
    ["a malformed unit id", { unitId: "nope" }, "unitId"],
    ["a quantity below 1", { quantity: 0 }, "quantity"],
    ["a quantity over 1000", { quantity: 1001 }, "quantity"],
    ["both a unit and a center", { centerId: county.centers[0]!.id }, "centerId"],
    ["neither a unit nor a center", { unitId: null }, "unitId"],
    ["a malformed center id", { unitId: null, centerId: "nope" }, "centerId"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and stores nothing", async (_case, change, field) => {
    const [resources, audits] = [await resourceCount(), await auditCount()];
    const input = { unitId: haitong.id, name: "合法名称", kind: "SERVICE", capacity: 5, ...change };
    const result = await query(CREATE, { input }, liaisonOf(haitong));
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(result.errors?.[0]?.message).toContain(`\`${field}\``);
    expect(await resourceCount()).toBe(resources);
    expect(await auditCount()).toBe(audits);
  });

  it("accepts the limits themselves: 100-character name, 2000-character description, capacity 10000", async () => {
    const input = {
      unitId: haitong.id,
      name: "名".repeat(100),
      kind: "SERVICE",
      description: "述".repeat(2000),
      capacity: 10_000,
    };
    const result = await query(CREATE, { input }, liaisonOf(haitong));
    expect(result.errors).toBeUndefined();
    expect(result.data?.createSharedResource).toMatchObject({ capacity: 10_000, name: input.name });
  });
});

describe("a neighbourhood center's resources", () => {
  const center = county.centers.find((c) => c.unitIds.includes(quanan.id))!;
  const OWNED = `mutation ($input: CreateSharedResourceInput!) {
    createSharedResource(input: $input) { id name quantity unit { id } center { id } owner { __typename } }
  }`;
  const input = { centerId: center.id, name: "中心折叠桌", kind: "EQUIPMENT", capacity: 1, quantity: 10 };

  it("lets only a units admin offer one: the center owns it, with its quantity, audited", async () => {
    const result = await query<{ createSharedResource: { id: string } }>(OWNED, { input }, unitsAdmin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createSharedResource).toEqual({
      id: expect.any(String),
      name: "中心折叠桌",
      quantity: 10,
      unit: null,
      center: { id: center.id },
      owner: { __typename: "NeighborhoodCenter" },
    });
    const id = result.data!.createSharedResource.id;
    expect((await auditRowsOf(id)).map((row) => row.action)).toEqual(["createSharedResource"]);
    const listed = await query<{ neighborhoodCenter: { sharedResources: { id: string }[] } }>(
      `query ($id: ID!) { neighborhoodCenter(id: $id) { sharedResources { id } } }`,
      { id: center.id },
    );
    expect(listed.data?.neighborhoodCenter.sharedResources.map((r) => r.id)).toContain(id);
  });

  it("refuses a liaison, even of a member unit of the center, and answers an unknown center with NOT_FOUND", async () => {
    const [resources, audits] = [await resourceCount(), await auditCount()];
    expect(codeOf(await query(OWNED, { input }, liaisonOf(quanan)))).toBe("FORBIDDEN");
    expect(codeOf(await query(OWNED, { input: { ...input, centerId: missing } }, liaisonOf(quanan)))).toBe("FORBIDDEN");
    expect(codeOf(await query(OWNED, { input: { ...input, centerId: missing } }, unitsAdmin))).toBe("NOT_FOUND");
    expect(await resourceCount()).toBe(resources);
    expect(await auditCount()).toBe(audits);
  });

  it("lets only a units admin change one", async () => {
    const created = await query<{ createSharedResource: { id: string } }>(
      OWNED,
      { input: { ...input, name: "中心帐篷" } },
      unitsAdmin,
    );
    const id = created.data!.createSharedResource.id;
    const change = { input: { id, quantity: 12 } };
    expect(codeOf(await query(UPDATE, change, liaisonOf(quanan)))).toBe("FORBIDDEN");
    expect((await stored(id))?.quantity).toBe(10);
    expect((await query(UPDATE, change, unitsAdmin)).errors).toBeUndefined();
    expect((await stored(id))?.quantity).toBe(12);
  });

  it("inserts nothing for a center outside an admin's scope, even when the repository is called directly", async () => {
    const repository = new ResourcesRepository(database.db);
    const values = { centerId: center.id, name: "越权中心资源", kind: "VENUE" as const, description: "", capacity: 1 };
    const rules = { quantity: 1, requiresApproval: true, monthlyQuotaPerEstate: null };
    expect(await repository.insertWithin({ ...values, ...rules }, { unitIds: [quanan.id], isAdmin: false })).toBeNull();
    expect(await repository.insertWithin({ ...values, ...rules }, { unitIds: [], isAdmin: true })).toMatchObject({
      centerId: center.id,
      unitId: null,
    });
  });
});

describe("updateSharedResource", () => {
  it("lets a liaison change their unit's resource; fields left out keep their values", async () => {
    const seeded = await seedResource(quanan, "灭火毯");
    const result = await query<{ updateSharedResource: { updatedAt: string; createdAt: string } }>(
      UPDATE,
      { input: { id: seeded.id, name: "灭火毯（大号）", capacity: 8, description: null } },
      liaisonOf(quanan),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSharedResource).toMatchObject({
      id: seeded.id,
      name: "灭火毯（大号）",
      kind: "EQUIPMENT",
      description: "测试用器材",
      capacity: 8,
      createdAt: LONG_AGO.toISOString(),
      unit: { id: quanan.id },
    });
    expect(new Date(result.data!.updateSharedResource.updatedAt).getTime()).toBeGreaterThan(LONG_AGO.getTime());
    expect(await stored(seeded.id)).toMatchObject({ name: "灭火毯（大号）", capacity: 8, description: "测试用器材" });
  });

  it("raises the version with every change and refuses a stale expectedVersion with CONFLICT, storing nothing", async () => {
    const seeded = await seedResource(quanan, "扩音器");
    expect(seeded.version).toBe(1);
    const VERSIONED = `mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { version name } }`;
    const first = await query(
      VERSIONED,
      { input: { id: seeded.id, name: "扩音器A", expectedVersion: 1 } },
      liaisonOf(quanan),
    );
    expect(first.data).toEqual({ updateSharedResource: { version: 2, name: "扩音器A" } });
    // Without expectedVersion, whatever is there is changed.
    const second = await query(VERSIONED, { input: { id: seeded.id, capacity: 6 } }, liaisonOf(quanan));
    expect(second.data).toEqual({ updateSharedResource: { version: 3, name: "扩音器A" } });
    const before = await stored(seeded.id);
    const audits = await auditCount();
    const stale = await query(
      VERSIONED,
      { input: { id: seeded.id, name: "扩音器B", expectedVersion: 2 } },
      liaisonOf(quanan),
    );
    expect(codeOf(stale)).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 3, expectedVersion: 2 });
    expect(await stored(seeded.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
    const malformed = await query(
      VERSIONED,
      { input: { id: seeded.id, name: "扩音器C", expectedVersion: 0 } },
      liaisonOf(quanan),
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "expectedVersion" });
  });

  it("refuses a liaison of another unit with FORBIDDEN and leaves the resource as it was", async () => {
    const seeded = await seedResource(quanan, "消防水带");
    const audits = await auditCount();
    const result = await query(
      UPDATE,
      { input: { id: seeded.id, name: "被改掉了", capacity: 999 } },
      liaisonOf(haitong),
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    expect(result.data).toEqual({ updateSharedResource: null });
    expect(await stored(seeded.id)).toEqual(seeded);
    expect(await auditCount()).toBe(audits);
  });

  it("lets another unit's liaison read a resource through _entities, which opens no way to change it", async () => {
    const seeded = await seedResource(quanan, "应急照明灯");
    const other = liaisonOf(haitong);
    const read = await query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on SharedResource { id name capacity } } }`,
      { reps: [{ __typename: "SharedResource", id: seeded.id, name: "被改掉了", capacity: 999 }] },
      other,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?._entities).toEqual([{ id: seeded.id, name: "应急照明灯", capacity: 5 }]);
    const write = await query(UPDATE, { input: { id: seeded.id, name: "被改掉了" } }, other);
    expect(codeOf(write)).toBe("FORBIDDEN");
    expect(await stored(seeded.id)).toEqual(seeded);
    // The only ways to write a resource are the two mutations that answer one, both guarded.
    const mutations = await query<{
      __type: { fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] };
    }>(`{ __type(name: "Mutation") { fields { name type { name ofType { name } } } } }`);
    const resourceWrites = mutations.data?.__type.fields.filter(
      (field) => (field.type.name ?? field.type.ofType?.name) === "SharedResource",
    );
    expect(resourceWrites?.map((field) => field.name)).toEqual(["createSharedResource", "updateSharedResource"]);
  });

  it("lets a units admin change any unit's resource", async () => {
    const seeded = await seedResource(haitong, "打印机");
    const result = await query(UPDATE, { input: { id: seeded.id, description: "" } }, unitsAdmin);
    expect(result.errors).toBeUndefined();
    expect(await stored(seeded.id)).toMatchObject({ name: "打印机", description: "" });
  });

  it("answers UNAUTHENTICATED to the anonymous public, FORBIDDEN to other roles and NOT_FOUND for an unknown id", async () => {
    const seeded = await seedResource(quanan, "担架");
    const input = { id: seeded.id, name: "被改掉了" };
    expect(codeOf(await query(UPDATE, { input }, anonymous))).toBe("UNAUTHENTICATED");
    for (const caller of strangers) {
      expect({ caller: caller.subject, code: codeOf(await query(UPDATE, { input }, caller)) }).toEqual({
        caller: caller.subject,
        code: "FORBIDDEN",
      });
    }
    expect(await stored(seeded.id)).toEqual(seeded);
    expect(codeOf(await query(UPDATE, { input: { id: missing, name: "无" } }, unitsAdmin))).toBe("NOT_FOUND");
    expect(codeOf(await query(UPDATE, { input: { id: missing, name: "无" } }, liaisonOf(quanan)))).toBe("NOT_FOUND");
  });

  it.each([
    ["an empty name", { name: "" }, "name"],
    ["a name over 100 characters", { name: "室".repeat(101) }, "name"],
    ["a capacity below 1", { capacity: 0 }, "capacity"],
    ["a capacity over 10000", { capacity: 10_001 }, "capacity"],
    ["a description over 2000 characters", { description: "述".repeat(2001) }, "description"],
    ["nothing to change", {}, ""],
  ])("refuses %s with BAD_USER_INPUT naming the field, and changes nothing", async (_case, change, field) => {
    const seeded = await seedResource(quanan, `校验${field || "空"}`);
    const audits = await auditCount();
    const result = await query(UPDATE, { input: { id: seeded.id, ...change } }, liaisonOf(quanan));
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(await stored(seeded.id)).toEqual(seeded);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses a malformed id with BAD_USER_INPUT naming it", async () => {
    const result = await query(UPDATE, { input: { id: "nope", name: "无" } }, unitsAdmin);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field: "id" });
  });
});

describe("audit log", () => {
  it("records every successful mutation once, with actor, grants, action, entity, before and after", async () => {
    const liaison = liaisonOf(haitong);
    const created = await query<{ createSharedResource: { id: string } }>(
      CREATE,
      { input: { unitId: haitong.id, name: "招聘会场地", kind: "VENUE", capacity: 80 } },
      liaison,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createSharedResource.id;
    const [creation, ...rest] = await auditRowsOf(id);
    expect(rest).toEqual([]);
    expect(creation).toMatchObject({
      actor: liaison.subject,
      grants: liaison.grants,
      action: "createSharedResource",
      entityType: "SharedResource",
      entityId: id,
      before: null,
      after: { id, unitId: haitong.id, name: "招聘会场地", capacity: 80 },
      requestId: expect.any(String),
    });

    const updated = await query(UPDATE, { input: { id, name: "招聘会大厅", capacity: 120 } }, unitsAdmin);
    expect(updated.errors).toBeUndefined();
    const rows = await auditRowsOf(id);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      actor: unitsAdmin.subject,
      action: "updateSharedResource",
      entityId: id,
      before: { name: "招聘会场地", capacity: 80 },
      after: { name: "招聘会大厅", capacity: 120 },
    });
  });
});

describe("resources repository", () => {
  it("changes 0 rows of another unit's resource even when called directly, bypassing every rule", async () => {
    const seeded = await seedResource(quanan, "越权测试");
    const repository = new ResourcesRepository(database.db);
    const before = database.statements();
    expect(
      await repository.updateWithin(seeded.id, { name: "越权改名" }, { unitIds: [haitong.id], isAdmin: false }),
    ).toBeNull();
    expect(database.statements() - before).toBe(1);
    expect(await repository.updateWithin(seeded.id, { capacity: 99 }, { unitIds: [], isAdmin: false })).toBeNull();
    expect(await stored(seeded.id)).toEqual(seeded);
    // The same call within scope does change it: the refusal above is the scope, not the call.
    const own = await repository.updateWithin(
      seeded.id,
      { name: "本单位改名" },
      { unitIds: [haitong.id, quanan.id], isAdmin: false },
    );
    expect(own).toMatchObject({ id: seeded.id, name: "本单位改名" });
  });

  it("inserts nothing for a unit outside the scope, or one that does not exist", async () => {
    const repository = new ResourcesRepository(database.db);
    const resources = await resourceCount();
    const values = {
      name: "越权资源",
      kind: "VENUE" as const,
      description: "",
      capacity: 1,
      quantity: 1,
      requiresApproval: true,
      monthlyQuotaPerEstate: null,
    };
    const scope = { unitIds: [haitong.id], isAdmin: false };
    expect(await repository.insertWithin({ ...values, unitId: quanan.id }, scope)).toBeNull();
    expect(await repository.insertWithin({ ...values, unitId: missing }, { unitIds: [], isAdmin: true })).toBeNull();
    expect(await resourceCount()).toBe(resources);
    expect(await repository.insertWithin({ ...values, unitId: haitong.id }, scope)).toMatchObject({
      unitId: haitong.id,
      name: "越权资源",
    });
  });

  it("lets the database refuse a capacity below 1 whatever the caller", async () => {
    await expect(
      database.db.insert(sharedResources).values({ unitId: quanan.id, name: "零容量", kind: "VENUE", capacity: 0 }),
    ).rejects.toThrow();
  });
});
