import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { maskAddress } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, partyMembers, personalDataAccessLog } from "../db/schema";
import { party } from "../definition";
import { loadCounty } from "../demo";

const county = sampleCounty();
const memberId = (estate: string, name: string) => demoId("member", `${estate}/${name}`);
const branchId = (name: string) => demoId("branch", name);

// 李美玲 lives in 木兰滨河 (木兰社区) and belongs to its branch: the member every read test asks about.
const meiling = memberId("木兰滨河", "李美玲");
const mulanBranch = branchId("木兰滨河小区党支部");
const dongmenBranch = branchId("东门顺安小区党支部");
const mulanCommunity = demoId("community", "木兰社区");
const dongmenCommunity = demoId("community", "东门社区");

let subjects = 0;
/** A signed-in caller with a subject of its own, so each test can find exactly its own log rows. */
function as(...grants: Grant[]): Caller {
  subjects += 1;
  return { subject: `test-user-${subjects}`, grants };
}
const resident = () => as({ role: "resident", estate: demoId("estate", "木兰滨河") });
const ownSecretary = () => as({ role: "branch_secretary", branch: mulanBranch });
const otherSecretary = () => as({ role: "branch_secretary", branch: dongmenBranch });
const partyAdmin = () => as({ role: "agency_admin", agency: "party" });

const database = useSubgraphTestDatabase(party, (db) => loadCounty(db, county));
const query = database.query;

const accessRows = (actor: string) =>
  database.db.select().from(personalDataAccessLog).where(eq(personalDataAccessLog.actor, actor));
const auditRows = (entityId: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
const memberRow = async (id: string) =>
  (await database.db.select().from(partyMembers).where(eq(partyMembers.id, id)))[0]!;

const MEMBER = `query ($id: ID!, $purpose: String) {
  partyMember(id: $id) {
    name kind estate { name } branch { name }
    phone(purpose: $purpose) idNumber(purpose: $purpose) address(purpose: $purpose)
  }
}`;

const PHONE = `query ($id: ID!, $purpose: String) { partyMember(id: $id) { name phone(purpose: $purpose) } }`;

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

describe("personal data of party members", () => {
  it("is masked for a signed-in caller whose role does not need it, and nothing is logged", async () => {
    const caller = resident();
    const result = await query(MEMBER, { id: meiling }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      partyMember: {
        name: "李美玲",
        kind: "IN_SERVICE",
        estate: { name: "木兰滨河" },
        branch: { name: "木兰滨河小区党支部" },
        phone: "150****2746",
        idNumber: "350322********0240",
        address: "仙游县鲤城街道木兰滨河路****",
      },
    });
    expect(await accessRows(caller.subject!)).toEqual([]);
  });

  it("stays masked for the member's own branch secretary who states no purpose, and nothing is logged", async () => {
    const caller = ownSecretary();
    const result = await query(MEMBER, { id: meiling }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data?.partyMember).toMatchObject({ phone: "150****2746", idNumber: "350322********0240" });
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("shows the full phone to the member's branch secretary with a purpose and logs exactly that read", async () => {
    const caller = ownSecretary();
    const result = await query(PHONE, { id: meiling, purpose: "通知参加支部主题党日" }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ partyMember: { name: "李美玲", phone: "15080302746" } });
    const rows = await accessRows(caller.subject!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: caller.subject,
      grants: caller.grants,
      subjectType: "PartyMember",
      subjectId: meiling,
      fields: ["phone"],
      purpose: "通知参加支部主题党日",
    });
    expect(JSON.stringify(rows)).not.toContain("15080302746");
  });

  it("writes one access-log row per personal field read in full", async () => {
    const caller = partyAdmin();
    const result = await query(MEMBER, { id: meiling, purpose: "党员信息年度核对" }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data?.partyMember).toMatchObject({
      phone: "15080302746",
      idNumber: "350322198301170240",
      address: "仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室",
    });
    const rows = await accessRows(caller.subject!);
    expect(rows.map((row) => row.fields).sort()).toEqual([["address"], ["idNumber"], ["phone"]]);
  });

  it("refuses a purpose from a secretary of another branch with FORBIDDEN on that field alone, logging nothing", async () => {
    const caller = otherSecretary();
    const result = await query(PHONE, { id: meiling, purpose: "核对联系方式" }, caller);
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.errors?.[0]?.path).toEqual(["partyMember", "phone"]);
    expect(result.data).toEqual({ partyMember: { name: "李美玲", phone: null } });
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("refuses a purpose from a county administrator without the personal-data grant, logging nothing", async () => {
    const caller = as({ role: "county_admin", personalData: false });
    const result = await query(PHONE, { id: meiling, purpose: "全县党员统计" }, caller);
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toEqual({ partyMember: { name: "李美玲", phone: null } });
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("shows the full value to a county administrator granted personal data who states a purpose", async () => {
    const caller = as({ role: "county_admin", personalData: true });
    const result = await query(PHONE, { id: meiling, purpose: "县委组织部核查" }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ partyMember: { name: "李美玲", phone: "15080302746" } });
    expect(await accessRows(caller.subject!)).toHaveLength(1);
  });

  it("shows the full value to a community worker of the member's community, and not to one of another", async () => {
    const own = as({ role: "community_worker", community: mulanCommunity });
    const ownResult = await query(PHONE, { id: meiling, purpose: "入户走访" }, own);
    expect(ownResult.errors).toBeUndefined();
    expect(ownResult.data).toEqual({ partyMember: { name: "李美玲", phone: "15080302746" } });

    const other = as({ role: "community_worker", community: dongmenCommunity });
    const otherResult = await query(PHONE, { id: meiling, purpose: "入户走访" }, other);
    expect(codes(otherResult)).toEqual(["FORBIDDEN"]);
    expect(await accessRows(other.subject!)).toHaveLength(0);
  });

  it("refuses a blank or overlong purpose with BAD_USER_INPUT and logs nothing", async () => {
    const caller = partyAdmin();
    const blank = await query(PHONE, { id: meiling, purpose: "   " }, caller);
    expect(codes(blank)).toEqual(["BAD_USER_INPUT"]);
    const long = await query(PHONE, { id: meiling, purpose: "查".repeat(201) }, caller);
    expect(codes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("masks a phone number typed into the purpose before it reaches the access log", async () => {
    const caller = partyAdmin();
    const result = await query(PHONE, { id: meiling, purpose: "回电 13905941234 核实" }, caller);
    expect(result.errors).toBeUndefined();
    const rows = await accessRows(caller.subject!);
    expect(rows.map((row) => row.purpose)).toEqual(["回电 139****1234 核实"]);
  });

  it("applies the same rules to members listed under an estate, member by member", async () => {
    const estateMembers = `query ($id: ID!, $purpose: String) {
      estate(id: $id) { partyMembers(first: 10) { edges { node { name phone(purpose: $purpose) } } } }
    }`;
    const mulan = demoId("estate", "木兰滨河");
    const masked = await query(estateMembers, { id: mulan }, resident());
    expect(masked.errors).toBeUndefined();
    expect(masked.data).toEqual({
      estate: {
        partyMembers: {
          edges: [
            { node: { name: "吴建平", phone: "139****2215" } },
            { node: { name: "李美玲", phone: "150****2746" } },
            { node: { name: "蔡文辉", phone: "177****1988" } },
          ],
        },
      },
    });

    const caller = otherSecretary();
    const refused = await query(estateMembers, { id: mulan, purpose: "核对" }, caller);
    expect(codes(refused)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("pages through an estate's members by name, each once", async () => {
    const page = `query ($id: ID!, $after: String) {
      estate(id: $id) { partyMembers(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }
    }`;
    const caller = resident();
    const id = demoId("estate", "木兰滨河");
    const first = await query<{
      estate: {
        partyMembers: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    }>(page, { id }, caller);
    expect(first.errors).toBeUndefined();
    const firstPage = first.data!.estate.partyMembers;
    expect(firstPage.edges).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const second = await query<typeof first.data>(page, { id, after: firstPage.pageInfo.endCursor }, caller);
    const secondPage = second.data!.estate.partyMembers;
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const names = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.name);
    const expected = county.members
      .filter((m) => m.estateId === id)
      .map((m) => m.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names).toEqual(expected);
  });

  it("refuses the anonymous public with UNAUTHENTICATED, by id and under an estate", async () => {
    const byId = await query(MEMBER, { id: meiling });
    expect(codes(byId)).toEqual(["UNAUTHENTICATED"]);
    expect(byId.data).toEqual({ partyMember: null });
    const listed = await query(
      `query ($id: ID!) { estate(id: $id) { name partyMembers { edges { node { name } } } } }`,
      {
        id: demoId("estate", "木兰滨河"),
      },
    );
    expect(codes(listed)).toEqual(["UNAUTHENTICATED"]);
  });

  it("answers null for a member id that names nothing", async () => {
    const result = await query(
      `{ a: partyMember(id: "nope") { id } b: partyMember(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      {},
      resident(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe("who lists an estate's party members", () => {
  const LIST = `query ($id: ID!) { estate(id: $id) { name partyMembers(first: 100) { edges { node { name phone } } } } }`;
  const dongmen = demoId("estate", "东门顺安");
  const livesIn = (estate: string) => county.members.filter((m) => m.estateId === estate).length;

  it("lets a resident list their own estate's members, masked, and refuses another estate's on that field alone", async () => {
    const own = await query<{ estate: { partyMembers: { edges: { node: { phone: string } }[] } } }>(
      LIST,
      { id: demoId("estate", "木兰滨河") },
      resident(),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.estate.partyMembers.edges).toHaveLength(livesIn(demoId("estate", "木兰滨河")));
    for (const { node } of own.data?.estate.partyMembers.edges ?? []) expect(node.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const other = await query(LIST, { id: dongmen }, resident());
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    expect(other.data).toEqual({ estate: { name: "东门顺安", partyMembers: null } });
  });

  it("answers null for a member of another estate asked by id by a resident, and the member for a neighbour", async () => {
    const dongmenMember = county.members.find((m) => m.estateId === dongmen)!;
    expect((await query(PHONE, { id: dongmenMember.id }, resident())).data).toEqual({ partyMember: null });
    expect((await query(PHONE, { id: meiling }, resident())).data).toMatchObject({ partyMember: { name: "李美玲" } });
  });

  it("lets a working role list any estate's members, and refuses the public and a caller without grants", async () => {
    for (const caller of [
      otherSecretary(),
      as({ role: "unit_liaison", unit: demoId("unit", "海通劳务派遣有限公司") }),
    ]) {
      const result = await query<{ estate: { partyMembers: { edges: unknown[] } } }>(LIST, { id: dongmen }, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data?.estate.partyMembers.edges).toHaveLength(livesIn(dongmen));
    }
    expect(codes(await query(LIST, { id: dongmen }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await query(LIST, { id: dongmen }, as()))).toEqual(["FORBIDDEN"]);
  });
});

describe("party members through _entities", () => {
  const ENTITIES = `query ($reps: [_Any!]!, $purpose: String) { _entities(representations: $reps) {
    ... on PartyMember { name phone(purpose: $purpose) address(purpose: $purpose) }
  } }`;
  const reps = [
    { __typename: "PartyMember", id: meiling },
    { __typename: "PartyMember", id: "00000000-0000-4000-8000-000000000000" },
  ];

  it("masks personal data for an unentitled caller, null for a miss", async () => {
    const result = await query(ENTITIES, { reps }, resident());
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "李美玲", phone: "150****2746", address: "仙游县鲤城街道木兰滨河路****" },
      null,
    ]);
  });

  it("shows the full values to the member's branch secretary with a purpose, one log row per field", async () => {
    const caller = ownSecretary();
    const result = await query(ENTITIES, { reps, purpose: "组织关系核对" }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { name: "李美玲", phone: "15080302746", address: "仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室" },
      null,
    ]);
    const rows = await accessRows(caller.subject!);
    expect(rows.map((row) => [row.subjectId, row.fields, row.purpose]).sort()).toEqual([
      [meiling, ["address"], "组织关系核对"],
      [meiling, ["phone"], "组织关系核对"],
    ]);
  });

  it("refuses a purpose from another branch's secretary field by field, logging nothing", async () => {
    const caller = otherSecretary();
    const result = await query(ENTITIES, { reps, purpose: "组织关系核对" }, caller);
    expect(codes(result)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(result.data?._entities).toEqual([{ name: "李美玲", phone: null, address: null }, null]);
    expect(await accessRows(caller.subject!)).toHaveLength(0);
  });

  it("refuses the anonymous public with UNAUTHENTICATED", async () => {
    const result = await query(ENTITIES, { reps });
    expect(codes(result)).toContain("UNAUTHENTICATED");
    expect(result.data?._entities).toEqual([null, null]);
  });

  it("resolves 17 member references with estate and branch in as many statements as 2", async () => {
    const all = county.members.map((m) => ({ __typename: "PartyMember", id: m.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on PartyMember { name phone estate { name community { name } } branch { name } }
        } }`,
        { reps: all.slice(0, n) },
        resident(),
      );
      expect(result.errors).toBeUndefined();
      return database.statements() - before;
    };
    expect(await count(all.length)).toBe(await count(2));
  });

  it("logs the full reads of 17 members in as many statements as those of 2, one log row per field read", async () => {
    const all = county.members.map((m) => ({ __typename: "PartyMember", id: m.id }));
    const count = async (n: number) => {
      const caller = partyAdmin();
      const before = database.statements();
      const result = await query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on PartyMember { phone(purpose: "换届选举联络") idNumber(purpose: "换届选举联络") }
        } }`,
        { reps: all.slice(0, n) },
        caller,
      );
      expect(result.errors).toBeUndefined();
      const statements = database.statements() - before;
      expect(await accessRows(caller.subject!)).toHaveLength(2 * n);
      return statements;
    };
    expect(await count(all.length)).toBe(await count(2));
  });
});

describe("updatePartyMemberContact", () => {
  const UPDATE = `mutation ($input: UpdatePartyMemberContactInput!) {
    updatePartyMemberContact(input: $input) { id name phone address }
  }`;
  // Each test changes its own member, so that what one stores cannot mask another's failure.
  const jianping = memberId("木兰滨河", "吴建平");
  const wenhui = memberId("木兰滨河", "蔡文辉");
  const zhiqiang = memberId("南桥锦福家园", "林志强");
  const xiaoyan = memberId("木兰乐园", "徐晓燕");
  const jinshui = memberId("木兰乐园", "张金水");

  it("lets the party administrator change a phone, answering with the masked result and one masked audit row", async () => {
    const caller = partyAdmin();
    const result = await query(UPDATE, { input: { memberId: jianping, phone: "13712345678" } }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      updatePartyMemberContact: {
        id: jianping,
        name: "吴建平",
        phone: "137****5678",
        address: "仙游县鲤城街道木兰滨河路****",
      },
    });
    expect((await memberRow(jianping)).phone).toBe("13712345678");
    const rows = await auditRows(jianping);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: caller.subject,
      action: "updatePartyMemberContact",
      entityType: "PartyMember",
      before: { phone: "139****2215" },
      after: { phone: "137****5678" },
    });
    const json = JSON.stringify(rows[0]);
    expect(json).not.toContain("13712345678");
    expect(json).not.toContain("13906942215");
    expect(json).not.toContain("350322195509300573");
  });

  it("raises the version with each change and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: UpdatePartyMemberContactInput!) { updatePartyMemberContact(input: $input) { version } }`;
    const start = await memberRow(jinshui);
    const changed = await query(
      VERSIONED,
      { input: { memberId: jinshui, phone: "13911112222", expectedVersion: start.version } },
      partyAdmin(),
    );
    expect(changed.data).toEqual({ updatePartyMemberContact: { version: start.version + 1 } });
    const before = await memberRow(jinshui);
    const audits = (await auditRows(jinshui)).length;
    const stale = await query(
      VERSIONED,
      { input: { memberId: jinshui, phone: "13933334444", expectedVersion: start.version } },
      partyAdmin(),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: start.version + 1 });
    expect(await memberRow(jinshui)).toEqual(before);
    expect(await auditRows(jinshui)).toHaveLength(audits);
    const malformed = await query(
      VERSIONED,
      { input: { memberId: jinshui, phone: "13933334444", expectedVersion: 0 } },
      partyAdmin(),
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "expectedVersion" });
  });

  it("lets the secretary of the member's branch change the address", async () => {
    const result = await query(
      UPDATE,
      { input: { memberId: wenhui, address: "  仙游县鲤城街道木兰滨河路 9 号 5 幢 301 室 " } },
      ownSecretary(),
    );
    expect(result.errors).toBeUndefined();
    const row = await memberRow(wenhui);
    expect(row.address).toBe("仙游县鲤城街道木兰滨河路 9 号 5 幢 301 室");
    expect(row.phone).toBe("17750231988");
    expect(row.updatedAt.getTime()).toBeGreaterThan(row.createdAt.getTime());
    const rows = await auditRows(wenhui);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.after).toEqual({ address: "仙游县鲤城街道木兰滨河路****" });
  });

  it("refuses the secretary of another branch with FORBIDDEN and leaves the row and the audit log untouched", async () => {
    const before = await memberRow(zhiqiang);
    const result = await query(UPDATE, { input: { memberId: zhiqiang, phone: "13800000000" } }, ownSecretary());
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toEqual({ updatePartyMemberContact: null });
    expect(await memberRow(zhiqiang)).toEqual(before);
    expect(await auditRows(zhiqiang)).toHaveLength(0);
  });

  it("refuses roles that may not write members, and the anonymous public", async () => {
    const input = { memberId: zhiqiang, phone: "13800000000" };
    for (const grant of [
      { role: "community_worker", community: demoId("community", "南桥社区") },
      { role: "county_admin", personalData: true },
      { role: "agency_admin", agency: "property" },
    ] as Grant[]) {
      expect(codes(await query(UPDATE, { input }, as(grant)))).toEqual(["FORBIDDEN"]);
    }
    expect(codes(await query(UPDATE, { input }))).toEqual(["UNAUTHENTICATED"]);
    expect((await memberRow(zhiqiang)).phone).toBe("13805941021");
    expect(await auditRows(zhiqiang)).toHaveLength(0);
  });

  it("leaves a member who belongs to no branch to the party administrator", async () => {
    const liping = memberId("东门顺安", "黄丽萍");
    const input = { memberId: liping, address: "仙游县鲤城街道东门路 66 号 3 幢 608 室" };
    const secretary = as({ role: "branch_secretary", branch: dongmenBranch });
    expect(codes(await query(UPDATE, { input }, secretary))).toEqual(["FORBIDDEN"]);
    expect((await memberRow(liping)).address).toBe("仙游县鲤城街道东门路 66 号 3 幢 606 室");
    expect((await query(UPDATE, { input }, partyAdmin())).errors).toBeUndefined();
    expect((await memberRow(liping)).address).toBe("仙游县鲤城街道东门路 66 号 3 幢 608 室");
    expect(await auditRows(liping)).toHaveLength(1);
  });

  it("refuses a phone that is not a mainland mobile with BAD_USER_INPUT naming it, storing nothing", async () => {
    for (const phone of ["12345678901", "1380000000", "+8613800000000", "138-0000-0000"]) {
      const result = await query(
        UPDATE,
        { input: { memberId: xiaoyan, phone, address: "仙游县鲤城街道木兰路 120 号 9 幢 909 室" } },
        partyAdmin(),
      );
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions?.field).toBe("phone");
      expect(result.errors?.[0]?.message).toContain("phone");
    }
    const row = await memberRow(xiaoyan);
    expect(row.phone).toBe("18359422410");
    expect(row.address).toBe("仙游县鲤城街道木兰路 120 号 1 幢 1101 室");
    expect(await auditRows(xiaoyan)).toHaveLength(0);
  });

  it("refuses an empty or overlong address, and an input that changes nothing, with BAD_USER_INPUT", async () => {
    const admin = partyAdmin();
    const empty = await query(UPDATE, { input: { memberId: xiaoyan, address: "  " } }, admin);
    expect(codes(empty)).toEqual(["BAD_USER_INPUT"]);
    expect(empty.errors?.[0]?.extensions?.field).toBe("address");
    const long = await query(UPDATE, { input: { memberId: xiaoyan, address: "仙".repeat(201) } }, admin);
    expect(long.errors?.[0]?.extensions?.field).toBe("address");
    const nothing = await query(UPDATE, { input: { memberId: xiaoyan } }, admin);
    expect(codes(nothing)).toEqual(["BAD_USER_INPUT"]);
    expect(await auditRows(xiaoyan)).toHaveLength(0);
  });

  it("answers NOT_FOUND for a member that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const result = await query(UPDATE, { input: { memberId: missing, phone: "13800000000" } }, partyAdmin());
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(await auditRows(missing)).toHaveLength(0);
  });

  it("leaves neither the change nor an audit row when the transaction fails at commit", async () => {
    // A deferred check fails at COMMIT, after both the UPDATE and the audit insert have run.
    await database.db.execute(sql`
      CREATE FUNCTION refuse_test_address() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await database.db.execute(sql`
      CREATE CONSTRAINT TRIGGER refuse_test_address AFTER UPDATE ON party_members
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.address LIKE '%回滚%')
      EXECUTE FUNCTION refuse_test_address()`);
    try {
      const result = await query(
        UPDATE,
        { input: { memberId: xiaoyan, phone: "13911112222", address: "仙游县鲤城街道木兰路 120 号回滚 1 号" } },
        partyAdmin(),
      );
      expect(result.errors).toHaveLength(1);
      const row = await memberRow(xiaoyan);
      expect(row.phone).toBe("18359422410");
      expect(await auditRows(xiaoyan)).toHaveLength(0);
    } finally {
      await database.db.execute(sql`DROP TRIGGER refuse_test_address ON party_members`);
      await database.db.execute(sql`DROP FUNCTION refuse_test_address()`);
    }
  });
});

describe("address masking", () => {
  it("keeps the part before the first digit and hides the rest, or everything when there is no digit", () => {
    expect(maskAddress("仙游县鲤南镇石鼓山安置区 3 号楼 201 室")).toBe("仙游县鲤南镇石鼓山安置区****");
    expect(maskAddress("仙游县鲤城街道兰溪巷3号")).toBe("仙游县鲤城街道兰溪巷****");
    expect(maskAddress("仙游县鲤城街道兰溪巷")).toBe("****");
  });
});

describe("demo party members", () => {
  // GB 11643 check digit (ISO 7064 MOD 11-2), written independently of the demo generator.
  const validIdNumber = (id: string) => {
    if (!/^\d{17}[\dX]$/.test(id)) return false;
    let sum = 0;
    for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * (2 ** (17 - i) % 11);
    return "10X98765432"[sum % 11] === id[17];
  };

  it("have well-formed phones and Xianyou ID numbers with valid check digits and real birth dates", () => {
    expect(validIdNumber("11010519491231002X")).toBe(true); // the standard's own example
    expect(validIdNumber("110105194912310021")).toBe(false);
    expect(county.members.length).toBeGreaterThanOrEqual(county.estates.length * 2);
    for (const member of county.members) {
      expect(member.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(member.idNumber.startsWith("350322")).toBe(true);
      expect(validIdNumber(member.idNumber)).toBe(true);
      const birth = member.idNumber.slice(6, 14);
      const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
      expect(date.toISOString().slice(0, 10).replaceAll("-", "")).toBe(birth);
      const estate = county.estates.find((e) => e.id === member.estateId)!;
      expect(member.address.startsWith(estate.address)).toBe(true);
    }
  });

  it("load idempotently: loading the county again leaves one row per member", async () => {
    await loadCounty(database.db, county);
    const [row] = await database.db.select({ count: sql<number>`count(*)::int` }).from(partyMembers);
    expect(row?.count).toBe(county.members.length);
  });
});
