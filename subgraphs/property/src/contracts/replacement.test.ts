import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant, sqlState } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, managementContracts } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";
import { refusal } from "../shared/testing";

const county = sampleCounty();
const companyId = (name: string) => demoId("company", name);
const [jiaqing, shunan, hengda] = [companyId("嘉庆物业"), companyId("顺安物业"), companyId("恒达物业")];
const missing = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const propertyAdmin = as("property-admin", { role: "agency_admin", agency: "property" });

const REPLACE = `mutation ($input: ReplacePropertyCompanyInput!) {
  replacePropertyCompany(input: $input) {
    endedContract { id startsOn endsOn current company { name } estate { id } }
    newContract { id startsOn endsOn current company { name } estate { id propertyCompany { name } } }
  }
}`;
type Replaced = { replacePropertyCompany: { endedContract: { id: string }; newContract: { id: string } } };

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

const contractsOf = (estateId: string) =>
  database.db
    .select()
    .from(managementContracts)
    .where(eq(managementContracts.estateId, estateId))
    .orderBy(managementContracts.startsOn);
const auditRowsOf = (estateId: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.entityId, estateId)).orderBy(auditLog.occurredAt);

let estates = 0;
/** A fresh estate of its own, managed by 顺安 since 2020-01-01 under the returned contract. */
async function managedEstate(): Promise<{ estateId: string; contractId: string }> {
  estates += 1;
  const estateId = demoId("estate", `更替测试小区${estates}`);
  const [row] = await database.db
    .insert(managementContracts)
    .values({ companyId: shunan, estateId, startsOn: "2020-01-01" })
    .returning();
  return { estateId, contractId: row!.id };
}

describe("replacePropertyCompany", () => {
  it("ends the current contract the day before the new one starts and starts the new one, with one audit row", async () => {
    const { estateId, contractId } = await managedEstate();
    const result = await database.query<Replaced>(
      REPLACE,
      { input: { estateId, companyId: jiaqing, startsOn: "2024-03-01", expectedCurrentContractId: contractId } },
      propertyAdmin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.replacePropertyCompany).toEqual({
      endedContract: {
        id: contractId,
        startsOn: "2020-01-01",
        endsOn: "2024-02-29",
        current: false,
        company: { name: "顺安物业服务有限公司" },
        estate: { id: estateId },
      },
      newContract: {
        id: expect.any(String),
        startsOn: "2024-03-01",
        endsOn: null,
        current: true,
        company: { name: "嘉庆物业服务有限公司" },
        estate: { id: estateId, propertyCompany: { name: "嘉庆物业服务有限公司" } },
      },
    });
    const stored = await contractsOf(estateId);
    expect(stored.map((c) => [c.companyId, c.startsOn, c.endsOn])).toEqual([
      [shunan, "2020-01-01", "2024-02-29"],
      [jiaqing, "2024-03-01", null],
    ]);
    const audit = await auditRowsOf(estateId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: "property-admin",
      action: "replacePropertyCompany",
      entityType: "Estate",
      entityId: estateId,
      before: { currentContract: { id: contractId, endsOn: null } },
      after: {
        endedContract: { id: contractId, endsOn: "2024-02-29" },
        currentContract: { companyId: jiaqing, startsOn: "2024-03-01", endsOn: null },
      },
    });
  });

  it("lets two concurrent replacements of one estate make exactly one change: the other gets CONFLICT", async () => {
    const { estateId, contractId } = await managedEstate();
    const attempt = (companyId: string, startsOn: string) =>
      database.query<Replaced>(
        REPLACE,
        { input: { estateId, companyId, startsOn, expectedCurrentContractId: contractId } },
        propertyAdmin,
      );
    const results = await Promise.all([attempt(jiaqing, "2024-05-01"), attempt(hengda, "2024-06-01")]);
    const winners = results.filter((r) => r.errors === undefined);
    const losers = results.filter((r) => r.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers.map(codes)).toEqual([["CONFLICT"]]);
    expect(losers[0]?.data).toEqual({ replacePropertyCompany: null });

    const stored = await contractsOf(estateId);
    expect(stored).toHaveLength(2);
    expect(stored.filter((c) => c.endsOn === null)).toHaveLength(1);
    const won = winners[0]!.data!.replacePropertyCompany.newContract.id;
    expect(stored.find((c) => c.endsOn === null)?.id).toBe(won);
    const audit = await auditRowsOf(estateId);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ currentContract: { id: won } });
  });

  it("answers CONFLICT to a replacement based on a contract that is no longer current, and writes nothing", async () => {
    const { estateId, contractId } = await managedEstate();
    const first = await database.query<Replaced>(
      REPLACE,
      { input: { estateId, companyId: jiaqing, startsOn: "2023-01-01", expectedCurrentContractId: contractId } },
      propertyAdmin,
    );
    expect(first.errors).toBeUndefined();
    const before = await contractsOf(estateId);
    const stale = await database.query(
      REPLACE,
      { input: { estateId, companyId: hengda, startsOn: "2024-01-01", expectedCurrentContractId: contractId } },
      propertyAdmin,
    );
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentContractId).toBe(first.data?.replacePropertyCompany.newContract.id);
    expect(await contractsOf(estateId)).toEqual(before);
    expect(await auditRowsOf(estateId)).toHaveLength(1);
    // An estate nobody manages has no current contract to replace.
    const unmanaged = await database.query(
      REPLACE,
      {
        input: {
          estateId: demoId("estate", "洪桥新村"),
          companyId: hengda,
          startsOn: "2024-01-01",
          expectedCurrentContractId: contractId,
        },
      },
      propertyAdmin,
    );
    expect(codes(unmanaged)).toEqual(["CONFLICT"]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a malformed estate id", { estateId: "nope" }, "estateId"],
    ["a malformed company id", { companyId: "nope" }, "companyId"],
    ["a start that is not a date", { startsOn: "2024-02-30" }, "startsOn"],
    ["a start in another format", { startsOn: "01/03/2024" }, "startsOn"],
    ["a malformed expected contract id", { expectedCurrentContractId: "1" }, "expectedCurrentContractId"],
    ["a start on the current contract's first day", { startsOn: "2020-01-01" }, "startsOn"],
    ["a start before the current contract's", { startsOn: "2019-06-01" }, "startsOn"],
    ["the company that already manages it", { companyId: shunan }, "companyId"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and writes nothing", async (_what, change, field) => {
    const { estateId, contractId } = await managedEstate();
    const before = await contractsOf(estateId);
    const input = { estateId, companyId: jiaqing, startsOn: "2024-03-01", expectedCurrentContractId: contractId };
    const result = await database.query(REPLACE, { input: { ...input, ...change } }, propertyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(await contractsOf(estateId)).toEqual(before);
    expect(await auditRowsOf(estateId)).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown company and leaves the current contract running", async () => {
    const { estateId, contractId } = await managedEstate();
    const before = await contractsOf(estateId);
    const result = await database.query(
      REPLACE,
      { input: { estateId, companyId: missing, startsOn: "2024-03-01", expectedCurrentContractId: contractId } },
      propertyAdmin,
    );
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    // The UPDATE that ended the contract ran before the INSERT failed: the rollback undid it.
    expect(await contractsOf(estateId)).toEqual(before);
    expect(await auditRowsOf(estateId)).toEqual([]);
  });

  it.each<[string, Caller, string]>([
    ["the anonymous public", ANONYMOUS, "UNAUTHENTICATED"],
    ["the managing company's own manager", as("m", { role: "property_manager", company: shunan }), "FORBIDDEN"],
    ["the incoming company's manager", as("m", { role: "property_manager", company: jiaqing }), "FORBIDDEN"],
    ["a county administrator", as("c", { role: "county_admin", personalData: true }), "FORBIDDEN"],
    ["a resident", as("r", { role: "resident", estate: county.estates[0]!.id }), "FORBIDDEN"],
  ])("refuses %s (%s) and writes nothing", async (_who, caller, code) => {
    const { estateId, contractId } = await managedEstate();
    const before = await contractsOf(estateId);
    const input = { estateId, companyId: jiaqing, startsOn: "2024-03-01", expectedCurrentContractId: contractId };
    expect(codes(await database.query(REPLACE, { input }, caller))).toEqual([code]);
    expect(await contractsOf(estateId)).toEqual(before);
  });
});

describe("management contracts: what PostgreSQL itself refuses", () => {
  it("refuses overlapping contract periods of one estate (EXCLUDE), even when neither is current", async () => {
    const estateId = demoId("estate", "重叠测试小区");
    await database.db
      .insert(managementContracts)
      .values({ companyId: shunan, estateId, startsOn: "2018-01-01", endsOn: "2019-12-31" });
    const overlapping = database.db
      .insert(managementContracts)
      .values({ companyId: jiaqing, estateId, startsOn: "2019-12-31", endsOn: "2020-06-30" });
    await expect(overlapping).rejects.toSatisfy((error) => sqlState(error) === "23P01");
    // The next day is free.
    await database.db
      .insert(managementContracts)
      .values({ companyId: jiaqing, estateId, startsOn: "2020-01-01", endsOn: "2020-06-30" });
    // A current contract runs on without end: one starting after it overlaps too.
    await database.db.insert(managementContracts).values({ companyId: hengda, estateId, startsOn: "2021-01-01" });
    const later = database.db
      .insert(managementContracts)
      .values({ companyId: shunan, estateId, startsOn: "2030-01-01", endsOn: "2030-12-31" });
    await expect(later).rejects.toSatisfy((error) => sqlState(error) === "23P01");
  });

  it("keeps contract history: an ended contract cannot be changed or deleted, not even by direct SQL", async () => {
    const ended = demoId("contract", "恒达物业/木兰滨河/2014-03-01");
    const [before] = await database.db.select().from(managementContracts).where(eq(managementContracts.id, ended));
    expect(
      await refusal(
        database.db.update(managementContracts).set({ endsOn: "2021-06-30" }).where(eq(managementContracts.id, ended)),
      ),
    ).toMatch(/only a current contract may be ended/);
    expect(
      await refusal(
        database.db.update(managementContracts).set({ companyId: jiaqing }).where(eq(managementContracts.id, ended)),
      ),
    ).toMatch(/only a current contract may be ended/);
    expect(await refusal(database.db.execute(sql`delete from management_contracts where id = ${ended}`))).toMatch(
      /cannot be deleted/,
    );
    const [after] = await database.db.select().from(managementContracts).where(eq(managementContracts.id, ended));
    expect(after).toEqual(before);
  });
});
