import { sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";
import { CompaniesRepository } from "./companies.repository";

const county = sampleCounty();
const companyId = (name: string) => county.companies.find((c) => c.name === name)!.id;
const jiaqing = companyId("嘉庆物业服务有限公司");
const shunan = companyId("顺安物业服务有限公司");
const hengda = companyId("恒达物业管理有限公司");
const nobody = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const managerOf = (company: string) => as(`manager-of-${company}`, { role: "property_manager", company });
const propertyAdmin = as("property-admin", { role: "agency_admin", agency: "property" });

const UPDATE = `mutation ($input: UpdatePropertyCompanyInput!) {
  updatePropertyCompany(input: $input) { id name address updatedAt }
}`;

const update = (input: Record<string, unknown>, caller: Caller = ANONYMOUS) =>
  database.query<{ updatePropertyCompany: { id: string; name: string; address: string; updatedAt: string } }>(
    UPDATE,
    { input },
    caller,
  );

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

async function stored(id: string) {
  const [row] = await new CompaniesRepository(database.db).byIds([id]);
  return row;
}

const auditRowsOf = (id: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
const allAuditRows = () => database.db.select().from(auditLog);

describe("updatePropertyCompany", () => {
  it("raises the version with each change and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: UpdatePropertyCompanyInput!) { updatePropertyCompany(input: $input) { address version } }`;
    const start = (await stored(hengda))!;
    const moved = await database.query(
      VERSIONED,
      { input: { id: hengda, address: "仙游县度尾镇新址 1 号", expectedVersion: start.version } },
      propertyAdmin,
    );
    expect(moved.data).toEqual({
      updatePropertyCompany: { address: "仙游县度尾镇新址 1 号", version: start.version + 1 },
    });
    const before = await stored(hengda);
    const audits = (await allAuditRows()).length;
    const stale = await update({ id: hengda, address: "过期的地址", expectedVersion: start.version }, propertyAdmin);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: start.version + 1 });
    expect(await stored(hengda)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(audits);
    expect((await update({ id: hengda, address: start.address }, propertyAdmin)).errors).toBeUndefined();
  });

  it("lets a company's own property manager change its name and address, and records one audit row", async () => {
    const before = await stored(jiaqing);
    const auditBefore = await auditRowsOf(jiaqing);
    const result = await update(
      { id: jiaqing, name: "  嘉庆物业服务有限公司（鲤城）  ", address: "仙游县鲤城街道南桥路 4 号" },
      managerOf(jiaqing),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePropertyCompany).toMatchObject({
      id: jiaqing,
      name: "嘉庆物业服务有限公司（鲤城）",
      address: "仙游县鲤城街道南桥路 4 号",
    });
    const after = await stored(jiaqing);
    expect(after).toMatchObject({ name: "嘉庆物业服务有限公司（鲤城）", address: "仙游县鲤城街道南桥路 4 号" });
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
    expect(result.data?.updatePropertyCompany.updatedAt).toBe(after!.updatedAt.toISOString());

    const audit = await auditRowsOf(jiaqing);
    expect(audit).toHaveLength(auditBefore.length + 1);
    const row = audit.find((entry) => !auditBefore.some((old) => old.id === entry.id))!;
    expect(row).toMatchObject({
      actor: `manager-of-${jiaqing}`,
      grants: [{ role: "property_manager", company: jiaqing }],
      action: "updatePropertyCompany",
      entityType: "PropertyCompany",
      entityId: jiaqing,
      before: { id: jiaqing, name: before!.name, address: before!.address },
      after: { id: jiaqing, name: "嘉庆物业服务有限公司（鲤城）", address: "仙游县鲤城街道南桥路 4 号" },
    });
    expect(row.requestId).toEqual(expect.any(String));
  });

  it("changes only the fields given and keeps the others, a null one included", async () => {
    const before = await stored(shunan);
    const result = await update({ id: shunan, address: "仙游县鲤城街道东门路 12 号", name: null }, managerOf(shunan));
    expect(result.errors).toBeUndefined();
    expect(await stored(shunan)).toMatchObject({ name: before!.name, address: "仙游县鲤城街道东门路 12 号" });
  });

  it("accepts a name of exactly 100 characters and an address of exactly 200", async () => {
    const result = await update({ id: hengda, name: "恒".repeat(100), address: "址".repeat(200) }, propertyAdmin);
    expect(result.errors).toBeUndefined();
    expect(await stored(hengda)).toMatchObject({ name: "恒".repeat(100), address: "址".repeat(200) });
  });

  it("lets the property authority's administrator change any company", async () => {
    const auditBefore = await auditRowsOf(shunan);
    const result = await update({ id: shunan, name: "顺安物业服务有限公司（管理员改）" }, propertyAdmin);
    expect(result.errors).toBeUndefined();
    expect((await stored(shunan))?.name).toBe("顺安物业服务有限公司（管理员改）");
    const added = (await auditRowsOf(shunan)).filter((entry) => !auditBefore.some((old) => old.id === entry.id));
    expect(added).toMatchObject([{ actor: "property-admin", after: { name: "顺安物业服务有限公司（管理员改）" } }]);
  });

  it("refuses another company's manager with FORBIDDEN, changing nothing and auditing nothing", async () => {
    const before = await stored(jiaqing);
    const auditBefore = await allAuditRows();
    const result = await update({ id: jiaqing, name: "被顺安改名" }, managerOf(shunan));
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toEqual({ updatePropertyCompany: null });
    expect(await stored(jiaqing)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("asks the anonymous public to sign in (UNAUTHENTICATED), changing nothing and auditing nothing", async () => {
    const before = await stored(jiaqing);
    const auditBefore = await allAuditRows();
    const result = await update({ id: jiaqing, name: "匿名改名" });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(await stored(jiaqing)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it.each<[string, Caller]>([
    ["the units agency's administrator", as("units-admin", { role: "agency_admin", agency: "units" })],
    ["the volunteer agency's administrator", as("volunteer-admin", { role: "agency_admin", agency: "volunteer" })],
    ["a county administrator (who reads everything)", as("county-admin", { role: "county_admin", personalData: true })],
    ["a resident", as("resident", { role: "resident", estate: county.estates[0]!.id })],
  ])("refuses %s with FORBIDDEN and changes nothing", async (_who, caller) => {
    const before = await stored(jiaqing);
    const auditBefore = await allAuditRows();
    const result = await update({ id: jiaqing, name: "越权改名" }, caller);
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(await stored(jiaqing)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an empty name", { id: jiaqing, name: "" }, "name"],
    ["a name of spaces only", { id: jiaqing, name: "   " }, "name"],
    ["a name of 101 characters", { id: jiaqing, name: "名".repeat(101) }, "name"],
    ["an empty address", { id: jiaqing, address: "" }, "address"],
    ["an address of 201 characters", { id: jiaqing, address: "址".repeat(201), name: "合法名称" }, "address"],
    ["a malformed id", { id: "not-an-id", name: "合法名称" }, "id"],
    ["nothing to change", { id: jiaqing }, ""],
    ["only nulls to change", { id: jiaqing, name: null, address: null }, ""],
  ])("refuses %s with BAD_USER_INPUT naming the field, storing nothing", async (_what, input, field) => {
    const before = await stored(jiaqing);
    const auditBefore = await allAuditRows();
    const result = await update(input, managerOf(jiaqing));
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    if (field) expect(result.errors?.[0]?.message).toContain(`\`${field}\``);
    expect(await stored(jiaqing)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("answers NOT_FOUND for an id that names no company, and audits nothing", async () => {
    const auditBefore = await allAuditRows();
    for (const caller of [propertyAdmin, managerOf(jiaqing)]) {
      const result = await update({ id: nobody, name: "不存在" }, caller);
      expect(codes(result)).toEqual(["NOT_FOUND"]);
    }
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("writes exactly one audit row per successful change", async () => {
    const auditBefore = await auditRowsOf(hengda);
    for (const attempt of [1, 2, 3]) {
      const result = await update({ id: hengda, name: `恒达物业管理有限公司 ${attempt}` }, managerOf(hengda));
      expect(result.errors).toBeUndefined();
    }
    const added = (await auditRowsOf(hengda)).filter((entry) => !auditBefore.some((old) => old.id === entry.id));
    expect(added.map((entry) => (entry.after as { name: string }).name).sort()).toEqual([
      "恒达物业管理有限公司 1",
      "恒达物业管理有限公司 2",
      "恒达物业管理有限公司 3",
    ]);
    expect(added.every((entry) => entry.actor === `manager-of-${hengda}`)).toBe(true);
  });
});

describe("companies repository: scoped update", () => {
  it("changes no row when the scope names only other companies, nor with an empty scope", async () => {
    const repository = new CompaniesRepository(database.db);
    const before = await stored(jiaqing);
    expect(
      await repository.updateWithin(jiaqing, { name: "越权" }, { companyIds: [shunan, hengda], isAdmin: false }),
    ).toBeNull();
    expect(await repository.updateWithin(jiaqing, { name: "越权" }, { companyIds: [], isAdmin: false })).toBeNull();
    expect(await stored(jiaqing)).toEqual(before);
  });

  it("changes the row when the scope names it, or for an administrator", async () => {
    const repository = new CompaniesRepository(database.db);
    const own = await repository.updateWithin(
      jiaqing,
      { name: "嘉庆（自己）" },
      { companyIds: [shunan, jiaqing], isAdmin: false },
    );
    expect(own?.name).toBe("嘉庆（自己）");
    const admin = await repository.updateWithin(jiaqing, { name: "嘉庆（管理员）" }, { companyIds: [], isAdmin: true });
    expect(admin?.name).toBe("嘉庆（管理员）");
  });
});
