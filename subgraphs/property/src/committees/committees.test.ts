import { demoId, sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, ownersCommitteeMembers, ownersCommittees } from "../db/schema";
import { property } from "../definition";
import { loadCounty } from "../demo";
import { refusal } from "../shared/testing";

const county = sampleCounty();
const estate = (name: string) => demoId("estate", name);
const member = (estateAndName: string) => demoId("member", estateAndName);
const mulan = estate("木兰滨河");
const wuJianping = member("木兰滨河/吴建平");
const caiWenhui = member("木兰滨河/蔡文辉");

const database = useSubgraphTestDatabase(property, (db) => loadCounty(db, county));
const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const propertyAdmin = as("property-admin", { role: "agency_admin", agency: "property" });

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

const ESTATE = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate {
  id
  ownersCommittee { id termStartsOn termEndsOn succeededOn current red chair { id } members { name role partyMember { id } } }
  ownersCommitteeTerms { termStartsOn succeededOn current red chair { id } }
  branchSecretaryChairsOwnersCommittee
} } }`;

/** An estate representation as the gateway sends it for the @requires field: with its branch secretary's member key. */
const withSecretary = (estateId: string, secretaryId: string | null) => ({
  __typename: "Estate",
  id: estateId,
  partyBranch: { secretaryMemberId: secretaryId },
});

describe("owners' committees in the demo data", () => {
  it("keeps 木兰滨河's re-election as history: the current term is chaired by a party member, so it is red", async () => {
    const result = await database.query(ESTATE, { reps: [withSecretary(mulan, wuJianping)] });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: mulan,
        ownersCommittee: {
          id: demoId("committee", "木兰滨河/2021-06-01"),
          termStartsOn: "2021-06-01",
          termEndsOn: "2026-05-31",
          succeededOn: null,
          current: true,
          red: true,
          chair: { id: wuJianping },
          members: [
            { name: "吴建平", role: "CHAIR", partyMember: { id: wuJianping } },
            { name: "蔡文辉", role: "VICE_CHAIR", partyMember: { id: caiWenhui } },
            { name: "方志诚", role: "MEMBER", partyMember: null },
            { name: "陈淑芬", role: "MEMBER", partyMember: null },
            { name: "余明亮", role: "MEMBER", partyMember: null },
          ],
        },
        ownersCommitteeTerms: [
          { termStartsOn: "2021-06-01", succeededOn: null, current: true, red: true, chair: { id: wuJianping } },
          // The first term had a party member on it (red) but a chair who is not one.
          { termStartsOn: "2016-06-01", succeededOn: "2021-06-01", current: false, red: true, chair: null },
        ],
        branchSecretaryChairsOwnersCommittee: true,
      },
    ]);
  });

  it("answers 一肩挑 from the secretary the representation carries: true only when that secretary chairs the current committee", async () => {
    const reps = [
      withSecretary(mulan, wuJianping),
      withSecretary(mulan, caiWenhui), // a vice chair is not the chair
      withSecretary(mulan, null), // a branch without a secretary
      { __typename: "Estate", id: mulan, partyBranch: null }, // no branch
      withSecretary(estate("南桥锦福家园"), member("南桥锦福家园/陈秀英")), // she sits on it, not as chair
      withSecretary(estate("仙安石鼓山"), member("仙安石鼓山/陈阿娇")), // no committee at all
    ];
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { branchSecretaryChairsOwnersCommittee } } }`,
      { reps },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(
      [true, false, false, false, false, false].map((v) => ({
        branchSecretaryChairsOwnersCommittee: v,
      })),
    );
  });

  it("answers 一肩挑 with null and DEPENDENCY_UNAVAILABLE, never false, when the required branch did not arrive", async () => {
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Estate { branchSecretaryChairsOwnersCommittee } } }`,
      {
        reps: [
          { __typename: "Estate", id: mulan },
          { __typename: "Estate", id: mulan, partyBranch: {} },
          withSecretary(mulan, wuJianping),
        ],
      },
    );
    expect(result.data?._entities).toEqual([
      { branchSecretaryChairsOwnersCommittee: null },
      { branchSecretaryChairsOwnersCommittee: null },
      { branchSecretaryChairsOwnersCommittee: true },
    ]);
    expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ["DEPENDENCY_UNAVAILABLE", ["_entities", 0, "branchSecretaryChairsOwnersCommittee"]],
      ["DEPENDENCY_UNAVAILABLE", ["_entities", 1, "branchSecretaryChairsOwnersCommittee"]],
    ]);
  });

  it("tells red from not red, and a committee without a party member has no party chair", async () => {
    const result = await database.query(ESTATE, {
      reps: [withSecretary(estate("东门顺安"), null), withSecretary(estate("洪桥新村"), null)],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toMatchObject([
      { ownersCommittee: { red: false, chair: null } },
      { ownersCommittee: null },
    ]);
  });

  it("lists a party member's committee seats, newest term first, through a PartyMember reference", async () => {
    const result = await database.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PartyMember {
        id committeeSeats { role committee { termStartsOn current estate { id } } }
      } } }`,
      {
        reps: [
          { __typename: "PartyMember", id: wuJianping },
          { __typename: "PartyMember", id: member("洪桥新村/郭秋月") },
          { __typename: "PartyMember", id: "not-a-uuid" },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: wuJianping,
        committeeSeats: [
          { role: "CHAIR", committee: { termStartsOn: "2021-06-01", current: true, estate: { id: mulan } } },
          { role: "VICE_CHAIR", committee: { termStartsOn: "2016-06-01", current: false, estate: { id: mulan } } },
        ],
      },
      { id: member("洪桥新村/郭秋月"), committeeSeats: [] },
      { id: "not-a-uuid", committeeSeats: [] },
    ]);
  });

  it("answers committees, terms, seats and 一肩挑 for 8 estates in as many statements as for 2", async () => {
    const reps = county.estates.map((e) => withSecretary(e.id, wuJianping));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await database.query(ESTATE, { reps: reps.slice(0, n) });
      expect(result.errors).toBeUndefined();
      return database.statements() - before;
    };
    expect(reps).toHaveLength(8);
    expect(await count(8)).toBe(await count(2));
  });
});

const ELECT = `mutation ($input: ElectOwnersCommitteeInput!) {
  electOwnersCommittee(input: $input) {
    id termStartsOn termEndsOn succeededOn current red chair { id } members { name role partyMember { id } }
    estate { id ownersCommittee { id } }
  }
}`;
type Elected = { electOwnersCommittee: { id: string } };
const seats = (chairParty: string | null = null) => [
  { name: "甲", role: "CHAIR", partyMemberId: chairParty },
  { name: "乙", role: "VICE_CHAIR" },
  { name: "丙", role: "MEMBER" },
];
const termsOf = (estateId: string) =>
  database.db
    .select()
    .from(ownersCommittees)
    .where(eq(ownersCommittees.estateId, estateId))
    .orderBy(ownersCommittees.termStartsOn);
const auditRowsOf = (estateId: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, estateId));

let fresh = 0;
const freshEstate = () => demoId("estate", `业委会测试小区${++fresh}`);

describe("electOwnersCommittee", () => {
  it("records a first committee, then a re-election that closes it on the new term's first day", async () => {
    const estateId = freshEstate();
    const first = await database.query<Elected>(
      ELECT,
      { input: { estateId, termStartsOn: "2019-01-01", termEndsOn: "2023-12-31", members: seats() } },
      propertyAdmin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.electOwnersCommittee).toMatchObject({
      current: true,
      red: false,
      chair: null,
      succeededOn: null,
      members: [
        { name: "甲", role: "CHAIR", partyMember: null },
        { name: "乙", role: "VICE_CHAIR", partyMember: null },
        { name: "丙", role: "MEMBER", partyMember: null },
      ],
    });
    const firstId = first.data!.electOwnersCommittee.id;
    const second = await database.query<Elected>(
      ELECT,
      {
        input: {
          estateId,
          termStartsOn: "2024-01-01",
          termEndsOn: "2028-12-31",
          expectedCurrentCommitteeId: firstId,
          members: seats(wuJianping),
        },
      },
      propertyAdmin,
    );
    expect(second.errors).toBeUndefined();
    const secondId = second.data!.electOwnersCommittee.id;
    expect(second.data?.electOwnersCommittee).toMatchObject({
      current: true,
      red: true,
      chair: { id: wuJianping },
      estate: { id: estateId, ownersCommittee: { id: secondId } },
    });
    expect((await termsOf(estateId)).map((t) => [t.id, t.termStartsOn, t.succeededOn])).toEqual([
      [firstId, "2019-01-01", "2024-01-01"],
      [secondId, "2024-01-01", null],
    ]);
    const audit = await auditRowsOf(estateId);
    expect(audit.map((row) => row.action)).toEqual(["electOwnersCommittee", "electOwnersCommittee"]);
  });

  it("lets two concurrent elections of one estate make one committee: the other gets CONFLICT", async () => {
    const estateId = freshEstate();
    const elect = (termStartsOn: string) =>
      database.query(
        ELECT,
        { input: { estateId, termStartsOn, termEndsOn: "2027-12-31", members: seats() } },
        propertyAdmin,
      );
    const results = await Promise.all([elect("2024-01-01"), elect("2024-02-01")]);
    expect(results.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    expect(await termsOf(estateId)).toHaveLength(1);
    expect(await auditRowsOf(estateId)).toHaveLength(1);
  });

  it("answers CONFLICT to an election that does not name the current committee, and writes nothing", async () => {
    const before = await termsOf(mulan);
    for (const expectedCurrentCommitteeId of [null, demoId("committee", "木兰滨河/2016-06-01")]) {
      const result = await database.query(
        ELECT,
        {
          input: {
            estateId: mulan,
            termStartsOn: "2026-06-01",
            termEndsOn: "2031-05-31",
            expectedCurrentCommitteeId,
            members: seats(),
          },
        },
        propertyAdmin,
      );
      expect(codes(result)).toEqual(["CONFLICT"]);
    }
    expect(await termsOf(mulan)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a term that ends before it starts", { termEndsOn: "2023-12-31" }, "termEndsOn"],
    ["a term of five years or more", { termEndsOn: "2029-01-01" }, "termEndsOn"],
    ["an impossible date", { termStartsOn: "2024-13-01" }, "termStartsOn"],
    ["no chair", { members: seats().map((s) => ({ ...s, role: "MEMBER" })) }, "members"],
    ["two chairs", { members: [...seats(), { name: "丁", role: "CHAIR" }] }, "members"],
    ["fewer than three members", { members: seats().slice(0, 2) }, "members"],
    [
      "one party member in two seats",
      { members: seats(wuJianping).map((s) => ({ ...s, partyMemberId: wuJianping })) },
      "members",
    ],
    ["an empty name", { members: [{ name: " ", role: "CHAIR" }, ...seats().slice(1)] }, "members.0.name"],
    [
      "a malformed party member id",
      { members: [{ name: "甲", role: "CHAIR", partyMemberId: "x" }, ...seats().slice(1)] },
      "members.0.partyMemberId",
    ],
  ])("refuses %s with BAD_USER_INPUT naming the field, and writes nothing", async (_what, change, field) => {
    const estateId = freshEstate();
    const input = { estateId, termStartsOn: "2024-01-01", termEndsOn: "2028-12-31", members: seats(), ...change };
    const result = await database.query(ELECT, { input }, propertyAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ argumentName: "input", field });
    expect(await termsOf(estateId)).toEqual([]);
  });

  it("refuses a re-election whose term does not start after the current one, with BAD_USER_INPUT", async () => {
    const before = await termsOf(mulan);
    const result = await database.query(
      ELECT,
      {
        input: {
          estateId: mulan,
          termStartsOn: "2021-06-01",
          termEndsOn: "2025-05-31",
          expectedCurrentCommitteeId: demoId("committee", "木兰滨河/2021-06-01"),
          members: seats(),
        },
      },
      propertyAdmin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe("termStartsOn");
    expect(await termsOf(mulan)).toEqual(before);
  });

  it.each<[string, Caller, string]>([
    ["the anonymous public", ANONYMOUS, "UNAUTHENTICATED"],
    ["a property manager", as("m", { role: "property_manager", company: demoId("company", "嘉庆物业") }), "FORBIDDEN"],
    [
      "the estate's branch secretary",
      as("s", { role: "branch_secretary", branch: demoId("branch", "木兰滨河小区党支部") }),
      "FORBIDDEN",
    ],
    ["a resident of the estate", as("r", { role: "resident", estate: mulan }), "FORBIDDEN"],
  ])("refuses %s (%s)", async (_who, caller, code) => {
    const estateId = freshEstate();
    const input = { estateId, termStartsOn: "2024-01-01", termEndsOn: "2028-12-31", members: seats() };
    expect(codes(await database.query(ELECT, { input }, caller))).toEqual([code]);
    expect(await termsOf(estateId)).toEqual([]);
  });
});

describe("owners' committee history in PostgreSQL", () => {
  it("refuses changing or deleting a past term or any seat, and overlapping terms, even by direct SQL", async () => {
    const past = demoId("committee", "木兰滨河/2016-06-01");
    expect(
      await refusal(
        database.db.update(ownersCommittees).set({ termEndsOn: "2022-01-01" }).where(eq(ownersCommittees.id, past)),
      ),
    ).toMatch(/only the current term may be succeeded/);
    expect(await refusal(database.db.execute(sql`delete from owners_committees where id = ${past}`))).toMatch(
      /cannot be deleted/,
    );
    expect(
      await refusal(
        database.db
          .update(ownersCommitteeMembers)
          .set({ name: "改名" })
          .where(eq(ownersCommitteeMembers.committeeId, past)),
      ),
    ).toMatch(/seats are history/);
    expect(
      await refusal(database.db.execute(sql`delete from owners_committee_members where committee_id = ${past}`)),
    ).toMatch(/seats are history/);
    // A closed term that would overlap the next one.
    const overlapping = database.db
      .insert(ownersCommittees)
      .values({ estateId: mulan, termStartsOn: "2020-01-01", termEndsOn: "2022-01-01", succeededOn: "2022-01-01" });
    expect(await refusal(overlapping)).toMatch(/owners_committees_no_overlap/);
  });
});
