import { demoId, sampleCounty, withSyntheticEstates } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, companyStaff, propertyCompanies } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";
import { addCompanyStaff, removeCompanyStaff, setCompanyPartyBranch } from "./staff.service";

const county = withSyntheticEstates(sampleCounty(), 3);
const jiaqing = demoId("company", "嘉庆物业");
const shunan = demoId("company", "顺安物业");
const hengda = demoId("company", "恒达物业");
const synthetic = demoId("company", "合成测试物业");
const linZhiqiang = demoId("member", "南桥锦福家园/林志强");
const xuXiaoyan = demoId("member", "木兰乐园/徐晓燕");
const someMember = demoId("member", "东门顺安/郑国华");
const someBranch = demoId("branch", "合成测试物业党支部");
const nobody = "00000000-0000-4000-8000-000000000000";

/** 27 more companies, each with one staff member who is a party member: 31 companies in all. */
const extraCompanies = Array.from({ length: 27 }, (_, index) => ({
  id: demoId("company", `红色测试物业${index}`),
  name: `红色测试物业${String(index).padStart(2, "0")}有限公司`,
  address: `测试路 ${index} 号`,
}));

const database = useSubgraphTestDatabase(property, async (db) => {
  await loadCounty(db, county);
  await db.insert(propertyCompanies).values(extraCompanies);
  await db.insert(companyStaff).values([
    { companyId: synthetic, name: "合成项目经理", position: "项目经理" },
    ...extraCompanies.map((company, index) => ({
      companyId: company.id,
      name: `测试员工${index}`,
      position: "项目经理",
      partyMemberId: demoId("member", `红色测试/${index}`),
    })),
  ]);
});

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const managerOf = (company: string) => as(`manager-of-${company}`, { role: "property_manager", company });
const propertyAdmin = as("property-admin", { role: "agency_admin", agency: "property" });
const countyAdmin = as("county-admin", { role: "county_admin", personalData: true });
const meta = (caller: Caller) => ({ caller, requestId: "test-request" });

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

interface CompanyView {
  redProperty: boolean;
  partyBranch: { id: string } | null;
  staff: { id: string; name: string; position: string; partyMember: { id: string } | null }[];
}

async function company(id: string): Promise<CompanyView> {
  const result = await database.query<{ propertyCompany: CompanyView }>(
    `query ($id: ID!) { propertyCompany(id: $id) {
      redProperty partyBranch { id } staff { id name position partyMember { id } }
    } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.propertyCompany;
}

const ADD = `mutation ($input: AddCompanyStaffInput!) {
  addCompanyStaff(input: $input) { id name position partyMember { id } company { id redProperty } }
}`;
const REMOVE = `mutation ($input: RemoveCompanyStaffInput!) {
  removeCompanyStaff(input: $input) { id company { id redProperty } }
}`;
const SET_BRANCH = `mutation ($input: SetCompanyPartyBranchInput!) {
  setCompanyPartyBranch(input: $input) { id redProperty partyBranch { id } }
}`;

type Added = { addCompanyStaff: { id: string; company: { redProperty: boolean } } };
const add = (input: Record<string, unknown>, caller: Caller = ANONYMOUS) =>
  database.query<Added>(ADD, { input }, caller);
const remove = (staffId: string, caller: Caller = ANONYMOUS) =>
  database.query<{ removeCompanyStaff: { id: string; company: { redProperty: boolean } } }>(
    REMOVE,
    { input: { staffId } },
    caller,
  );
const setBranch = (companyId: string, partyBranchId: string | null, caller: Caller = ANONYMOUS) =>
  database.query<{ setCompanyPartyBranch: { redProperty: boolean; partyBranch: { id: string } | null } }>(
    SET_BRANCH,
    { input: { companyId, partyBranchId } },
    caller,
  );

const staffRows = () => database.db.select().from(companyStaff).orderBy(companyStaff.id);
const companyRows = () => database.db.select().from(propertyCompanies).orderBy(propertyCompanies.id);
const auditRows = () => database.db.select().from(auditLog);

describe("红色物业 in the demo data", () => {
  it("is red for 嘉庆 and 顺安 through party members on their staff, and not for 恒达 whose staff has none", async () => {
    const [jq, sa, hd] = [await company(jiaqing), await company(shunan), await company(hengda)];
    expect(jq.redProperty).toBe(true);
    expect(jq.staff.find((s) => s.partyMember)).toMatchObject({ name: "林志强", partyMember: { id: linZhiqiang } });
    expect(sa.redProperty).toBe(true);
    expect(sa.staff.find((s) => s.partyMember)).toMatchObject({ name: "徐晓燕", partyMember: { id: xuXiaoyan } });
    expect(hd.staff.length).toBeGreaterThan(0);
    expect(hd.staff.every((s) => s.partyMember === null)).toBe(true);
    expect(hd.redProperty).toBe(false);
    expect([jq, sa, hd].map((c) => c.partyBranch)).toEqual([null, null, null]);
  });

  it("answers red for a batch of 30 companies in as many statements as for 3", async () => {
    const reps = [hengda, synthetic, ...extraCompanies.map((c) => c.id), jiaqing].map((id) => ({
      __typename: "PropertyCompany",
      id,
    }));
    expect(reps.length).toBeGreaterThanOrEqual(30);
    const count = async (n: number) => {
      const before = database.statements();
      const result = await database.query<{ _entities: { redProperty: boolean }[] }>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on PropertyCompany { id redProperty staff { name partyMember { id } } }
        } }`,
        { reps: reps.slice(0, n) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.map((c) => c.redProperty)).toEqual(
        reps.slice(0, n).map(({ id }) => id !== hengda && id !== synthetic),
      );
      return database.statements() - before;
    };
    const three = await count(3);
    // The companies, their staff and their red: one statement each.
    expect(three).toBe(3);
    expect(await count(30)).toBe(three);
  });
});

describe("red is derived from staff and branch", () => {
  it("turns red when a party member joins the staff, and back when they are removed", async () => {
    expect((await company(synthetic)).redProperty).toBe(false);
    const added = await add(
      { companyId: synthetic, name: "  王红  ", position: "党建专员", partyMemberId: someMember },
      managerOf(synthetic),
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCompanyStaff).toMatchObject({
      name: "王红",
      position: "党建专员",
      partyMember: { id: someMember },
      company: { id: synthetic, redProperty: true },
    });
    expect((await company(synthetic)).redProperty).toBe(true);

    const removed = await remove(added.data!.addCompanyStaff.id, managerOf(synthetic));
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeCompanyStaff.company.redProperty).toBe(false);
    expect((await company(synthetic)).staff.map((s) => s.name)).toEqual(["合成项目经理"]);
  });

  it("stays not red when a staff member who is not a party member joins", async () => {
    const added = await add({ companyId: synthetic, name: "普通员工", position: "保安" }, propertyAdmin);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCompanyStaff.company.redProperty).toBe(false);
    expect((await remove(added.data!.addCompanyStaff.id, propertyAdmin)).errors).toBeUndefined();
  });

  it("turns red when the property authority records the company's own branch, and back when it clears it", async () => {
    const versionOf = async () => (await companyRows()).find((row) => row.id === synthetic)!.version;
    const version = await versionOf();
    const set = await setBranch(synthetic, someBranch, propertyAdmin);
    // A change to the company like any other: an edit based on the version before it is refused.
    expect(await versionOf()).toBe(version + 1);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCompanyPartyBranch).toMatchObject({ redProperty: true, partyBranch: { id: someBranch } });
    expect(await company(synthetic)).toMatchObject({ redProperty: true, partyBranch: { id: someBranch } });
    const cleared = await setBranch(synthetic, null, propertyAdmin);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.setCompanyPartyBranch).toMatchObject({ redProperty: false, partyBranch: null });
  });

  it("audits each change with the caller, in the same transaction as the change", async () => {
    const before = await auditRows();
    const added = await add({ companyId: synthetic, name: "审计员工", position: "客服" }, managerOf(synthetic));
    const staffId = added.data!.addCompanyStaff.id;
    await remove(staffId, propertyAdmin);
    await setBranch(synthetic, someBranch, propertyAdmin);
    await setBranch(synthetic, null, propertyAdmin);
    const fresh = (await auditRows()).filter((row) => !before.some((old) => old.id === row.id));
    expect(fresh.map((row) => [row.action, row.actor, row.entityId])).toEqual([
      ["addCompanyStaff", `manager-of-${synthetic}`, staffId],
      ["removeCompanyStaff", "property-admin", staffId],
      ["setCompanyPartyBranch", "property-admin", synthetic],
      ["setCompanyPartyBranch", "property-admin", synthetic],
    ]);
    expect(fresh[2]).toMatchObject({
      before: { id: synthetic, partyBranchId: null },
      after: { id: synthetic, partyBranchId: someBranch },
    });
  });
});

describe("who may change a company's staff and branch", () => {
  it("refuses another company's manager, a county admin and the public, changing nothing and auditing nothing", async () => {
    const [staff, companies, audit] = [await staffRows(), await companyRows(), await auditRows()];
    const [hengdaStaff] = await database.db.select().from(companyStaff).where(eq(companyStaff.companyId, hengda));
    const attempts: [Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>, string][] = [
      [
        add({ companyId: hengda, name: "外人", position: "经理", partyMemberId: someMember }, managerOf(jiaqing)),
        "FORBIDDEN",
      ],
      [add({ companyId: hengda, name: "外人", position: "经理" }, countyAdmin), "FORBIDDEN"],
      [add({ companyId: hengda, name: "外人", position: "经理" }), "UNAUTHENTICATED"],
      [remove(hengdaStaff!.id, managerOf(jiaqing)), "FORBIDDEN"],
      [remove(hengdaStaff!.id), "UNAUTHENTICATED"],
      [setBranch(hengda, someBranch, managerOf(hengda)), "FORBIDDEN"],
      [setBranch(hengda, someBranch, countyAdmin), "FORBIDDEN"],
      [setBranch(hengda, someBranch), "UNAUTHENTICATED"],
    ];
    for (const [attempt, code] of attempts) expect(codes(await attempt)).toEqual([code]);
    expect(await staffRows()).toEqual(staff);
    expect(await companyRows()).toEqual(companies);
    expect(await auditRows()).toHaveLength(audit.length);
    expect((await company(hengda)).redProperty).toBe(false);
  });

  // The services straight, without the @rule in front: the SQL's own scope must refuse.
  it.each<[string, Caller, string]>([
    ["another company's manager adding", managerOf(jiaqing), "add"],
    ["another company's manager removing", managerOf(jiaqing), "remove"],
    ["the company's own manager recording a branch", managerOf(hengda), "branch"],
    ["a caller without grants adding", as("someone"), "add"],
  ])("refuses %s in the SQL itself, even past the rule", async (_label, caller, what) => {
    const [staff, companies, audit] = [await staffRows(), await companyRows(), await auditRows()];
    const [hengdaStaff] = await database.db.select().from(companyStaff).where(eq(companyStaff.companyId, hengda));
    const attempt =
      what === "add"
        ? addCompanyStaff(database.db, meta(caller), { companyId: hengda, name: "外人", position: "经理" })
        : what === "remove"
          ? removeCompanyStaff(database.db, meta(caller), { staffId: hengdaStaff!.id })
          : setCompanyPartyBranch(database.db, meta(caller), { companyId: hengda, partyBranchId: someBranch });
    await expect(attempt).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(await staffRows()).toEqual(staff);
    expect(await companyRows()).toEqual(companies);
    expect(await auditRows()).toHaveLength(audit.length);
  });

  it.each<[string, () => Promise<unknown>]>([
    [
      "an own manager adding",
      () =>
        addCompanyStaff(database.db, meta(managerOf(synthetic)), { companyId: synthetic, name: "甲", position: "乙" }),
    ],
    [
      "a property admin adding",
      () => addCompanyStaff(database.db, meta(propertyAdmin), { companyId: synthetic, name: "丙", position: "丁" }),
    ],
  ])("allows %s through the service", async (_label, attempt) => {
    const row = (await attempt()) as { id: string };
    expect((await database.db.select().from(companyStaff).where(eq(companyStaff.id, row.id))).length).toBe(1);
    await database.db.delete(companyStaff).where(inArray(companyStaff.id, [row.id]));
  });

  it("says NOT_FOUND for a company or a staff member that does not exist", async () => {
    expect(codes(await add({ companyId: nobody, name: "甲", position: "乙" }, propertyAdmin))).toEqual(["NOT_FOUND"]);
    expect(codes(await remove(nobody, propertyAdmin))).toEqual(["NOT_FOUND"]);
    expect(codes(await setBranch(nobody, someBranch, propertyAdmin))).toEqual(["NOT_FOUND"]);
  });
});

describe("input checks", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["a malformed company id", { companyId: "x", name: "甲", position: "乙" }, "companyId"],
    ["a blank name", { companyId: synthetic, name: "   ", position: "乙" }, "name"],
    ["a position over 50 characters", { companyId: synthetic, name: "甲", position: "职".repeat(51) }, "position"],
    [
      "a malformed party member id",
      { companyId: synthetic, name: "甲", position: "乙", partyMemberId: "x" },
      "partyMemberId",
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field, storing nothing", async (_label, input, field) => {
    const staff = await staffRows();
    const result = await add(input, propertyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(result.errors)).toContain(field);
    expect(await staffRows()).toEqual(staff);
  });

  it("requires the branch to be given, null to clear it", async () => {
    const result = await database.query(SET_BRANCH, { input: { companyId: synthetic } }, propertyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(result.errors)).toContain("partyBranchId");
  });

  it("refuses the same party member twice on one company's staff with CONFLICT, also when both arrive at once", async () => {
    const input = { companyId: synthetic, name: "并发党员", position: "专员", partyMemberId: someMember };
    const results = await Promise.all([add(input, propertyAdmin), add(input, propertyAdmin)]);
    expect(results.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    const again = await add(input, propertyAdmin);
    expect(codes(again)).toEqual(["CONFLICT"]);
    const rows = await database.db.select().from(companyStaff).where(eq(companyStaff.partyMemberId, someMember));
    expect(rows).toHaveLength(1);
    await remove(rows[0]!.id, propertyAdmin);
  });
});
