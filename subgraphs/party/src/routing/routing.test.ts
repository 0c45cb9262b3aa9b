import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, problemRoutingRules } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, sampleCounty()));
const query = database.query;

const nanqiao = demoId("estate", "南桥锦福家园");
const nanqiaoBranch = demoId("branch", "南桥锦福家园小区党支部");
let subjects = 0;
const as = (...grants: Grant[]): Caller => ({ subject: `routing-test-${++subjects}`, grants });
const partyAdmin = as({ role: "agency_admin", agency: "party" });
const ownSecretary = as({ role: "branch_secretary", branch: nanqiaoBranch });
const otherSecretary = as({ role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") });

type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const SET = `mutation ($input: SetProblemRoutingRuleInput!) { setProblemRoutingRule(input: $input) {
  category responsible { __typename ... on PartyBranch { name } ... on Unit { id } ... on PropertyCompany { id } }
} }`;
const set = (category: string, kind: string, id: string, caller: Caller = ownSecretary, estateId = nanqiao) =>
  query(SET, { input: { estateId, category, responsible: { kind, id } } }, caller);
const rules = () => database.db.select().from(problemRoutingRules).where(eq(problemRoutingRules.estateId, nanqiao));
const READ = `query ($id: ID!) { estate(id: $id) { problemRoutingRules { category responsible { __typename } } } }`;

describe("problem routing rules (派单规则)", () => {
  it("sets and replaces an estate's rule per category, audited, and lists the rules on the estate", async () => {
    const unit = demoId("unit", "全安消防技术有限公司");
    const first = await set("FACILITY_DAMAGE", "UNIT", unit);
    expect(first.data?.setProblemRoutingRule).toEqual({
      category: "FACILITY_DAMAGE",
      responsible: { __typename: "Unit", id: unit },
    });
    const replaced = await set("FACILITY_DAMAGE", "PARTY_BRANCH", nanqiaoBranch, partyAdmin);
    expect(replaced.data?.setProblemRoutingRule).toEqual({
      category: "FACILITY_DAMAGE",
      responsible: { __typename: "PartyBranch", name: "南桥锦福家园小区党支部" },
    });
    expect((await rules()).filter((r) => r.category === "FACILITY_DAMAGE")).toHaveLength(1);
    const listed = await query(READ, { id: nanqiao });
    expect(listed.data).toEqual({
      estate: {
        problemRoutingRules: expect.arrayContaining([
          { category: "PARKING", responsible: { __typename: "PropertyCompany" } },
          { category: "FACILITY_DAMAGE", responsible: { __typename: "PartyBranch" } },
        ]),
      },
    });
    const [saved] = (await rules()).filter((r) => r.category === "FACILITY_DAMAGE");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, saved!.id));
    expect(audit.map((row) => row.action)).toEqual(["setProblemRoutingRule", "setProblemRoutingRule"]);
  });

  it("refuses an unknown branch, other branches' secretaries and residents, changing nothing", async () => {
    const before = await rules();
    const unknown = await set("PARKING", "PARTY_BRANCH", "0000f000-0000-4000-8000-000000000001", partyAdmin);
    expect([codes(unknown), unknown.errors?.[0]?.extensions?.field]).toEqual([["BAD_USER_INPUT"], "responsible.id"]);
    expect(codes(await set("PARKING", "UNIT", demoId("unit", "全安消防技术有限公司"), otherSecretary))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codes(
        await set("PARKING", "UNIT", demoId("unit", "全安消防技术有限公司"), as({ role: "resident", estate: nanqiao })),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await set("PARKING", "UNIT", "not-an-id"))).toEqual(["BAD_USER_INPUT"]);
    expect(await rules()).toEqual(before);
  });

  it("starts a new rule at version 1, raises it with each replacement and refuses a stale expectedVersion with CONFLICT", async () => {
    const VERSIONED = `mutation ($input: SetProblemRoutingRuleInput!) { setProblemRoutingRule(input: $input) { version } }`;
    const city = demoId("unit", "仙游县城市管理局");
    const versioned = (id: string, expectedVersion?: number) =>
      query(
        VERSIONED,
        {
          input: {
            estateId: nanqiao,
            category: "ILLEGAL_CONSTRUCTION",
            responsible: { kind: "UNIT", id },
            expectedVersion,
          },
        },
        ownSecretary,
      );
    const audits = async () => (await database.db.select().from(auditLog)).length;
    const rule = async () => (await rules()).find((r) => r.category === "ILLEGAL_CONSTRUCTION");
    const start = await audits();

    // No rule for this category yet: a version named for it is CONFLICT with no current version.
    const unseen = await versioned(city, 1);
    expect(codes(unseen)).toEqual(["CONFLICT"]);
    expect(unseen.errors?.[0]?.extensions).toMatchObject({ currentVersion: null, expectedVersion: 1 });
    expect([await rule(), await audits()]).toEqual([undefined, start]);

    expect((await versioned(city)).data).toEqual({ setProblemRoutingRule: { version: 1 } });
    expect((await versioned(demoId("unit", "全安消防技术有限公司"), 1)).data).toEqual({
      setProblemRoutingRule: { version: 2 },
    });
    const before = await rule();
    const stale = await versioned(city, 1);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(await rule()).toEqual(before);
    expect(await audits()).toBe(start + 2);
  });
});
