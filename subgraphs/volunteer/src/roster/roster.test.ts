import { demoId, sampleCounty } from "@linli/demo-county";
import type { Caller, Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, teamMemberships } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const county = sampleCounty();
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const dongmenTeam = demoId("team", "东门顺安党员志愿者队");
const unknownId = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string) => as(`lead-of-${team}`, { role: "volunteer_lead", team });
const admin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });
const resident = as("resident-1", { role: "resident", estate: demoId("estate", "木兰滨河") });

type Result = { data?: Record<string, Json> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.code);

const FIELDS = "id role joinedOn leftOn current team { id } volunteer { id name }";
const ADD = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation ($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { ${FIELDS} } }`;
const ROSTER = `query ($id: ID!, $former: Boolean, $first: Int, $after: String) { volunteerTeam(id: $id) {
  members(includeFormer: $former, first: $first, after: $after) {
    edges { node { role joinedOn leftOn volunteer { name } } } pageInfo { hasNextPage endCursor } }
  leaders { name } } }`;

async function ok(result: Promise<Result>): Promise<Json> {
  const answer = await result;
  expect(answer.errors).toBeUndefined();
  return Object.values(answer.data ?? {})[0];
}

let serial = 0;
/** A volunteer registered afresh, on no roster yet. */
async function newVolunteer(): Promise<string> {
  serial += 1;
  const created = await ok(
    database.query(
      `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
      { input: { name: `名册志愿者${serial}`, subject: `roster-volunteer-${serial}` } },
      admin,
    ),
  );
  return created.id;
}

const add = (input: Record<string, unknown>, caller: Caller = leadOf(mulanTeam)) =>
  database.query(ADD, { input: { teamId: mulanTeam, ...input } }, caller);

const roster = async (teamId: string, former = false, caller: Caller = resident) =>
  (await ok(database.query(ROSTER, { id: teamId, former, first: 100 }, caller))) as Json;
const names = (page: Json) => page.members.edges.map((edge: Json) => edge.node.volunteer.name);

describe("team rosters (队员名册)", () => {
  it("lists a demo team's current members by joining date and its leaders, and the former ones on request", async () => {
    const team = await roster(mulanTeam);
    expect(names(team)).toEqual(["李美玲", "朱德明", "徐晓燕", "林小梅"]);
    expect(team.leaders).toEqual([{ name: "李美玲" }]);
    const history = await roster(mulanTeam, true);
    expect(history.members.edges.map((edge: Json) => [edge.node.volunteer.name, edge.node.leftOn])).toEqual([
      ["李美玲", null],
      ["徐晓燕", "2021-12-31"],
      ["朱德明", null],
      ["徐晓燕", null],
      ["林小梅", null],
    ]);
  });

  it("shows the roster only to signed-in callers", async () => {
    const result = await database.query(
      `query ($id: ID!) { volunteerTeam(id: $id) { name members { edges { node { id } } } leaders { name } } }`,
      {
        id: mulanTeam,
      },
    );
    expect(codes(result)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(result.data?.volunteerTeam).toEqual({ name: "木兰社区学雷锋志愿服务队", members: null, leaders: null });
  });

  it("pages a roster by its cursor without repeating or skipping a member", async () => {
    const first = await ok(database.query(ROSTER, { id: mulanTeam, first: 2 }, resident));
    expect(names(first)).toEqual(["李美玲", "朱德明"]);
    expect(first.members.pageInfo.hasNextPage).toBe(true);
    const second = await ok(
      database.query(ROSTER, { id: mulanTeam, first: 2, after: first.members.pageInfo.endCursor }, resident),
    );
    expect(names(second)).toEqual(["徐晓燕", "林小梅"]);
    expect(second.members.pageInfo.hasNextPage).toBe(false);
  });

  it("shows a volunteer's teams, current ones first, and their party member by reference", async () => {
    const xu = await ok(
      database.query(
        `query ($id: ID!) { volunteer(id: $id) { partyMember { id } teams { team { id } role joinedOn current } } }`,
        { id: demoId("volunteer", "徐晓燕") },
        resident,
      ),
    );
    expect(xu.partyMember).toEqual({ id: demoId("member", "木兰乐园/徐晓燕") });
    expect(xu.teams).toEqual([
      { team: { id: mulanTeam }, role: "MEMBER", joinedOn: "2022-03-01", current: true },
      { team: { id: mulanTeam }, role: "MEMBER", joinedOn: "2019-06-01", current: false },
    ]);
  });

  it("lets the team's lead add a volunteer, change their role and remove them, keeping the membership", async () => {
    const volunteerId = await newVolunteer();
    const added = await ok(add({ volunteerId, joinedOn: "2024-05-01" }));
    expect(added).toMatchObject({ role: "MEMBER", joinedOn: "2024-05-01", leftOn: null, current: true });
    const promoted = await ok(
      database.query(CHANGE, { input: { membershipId: added.id, role: "LEADER" } }, leadOf(mulanTeam)),
    );
    expect(promoted.role).toBe("LEADER");
    expect((await roster(mulanTeam)).leaders.map((l: Json) => l.name)).toContain(added.volunteer.name);
    const removed = await ok(
      database.query(REMOVE, { input: { membershipId: added.id, leftOn: "2024-12-31" } }, leadOf(mulanTeam)),
    );
    expect(removed).toMatchObject({ role: "LEADER", joinedOn: "2024-05-01", leftOn: "2024-12-31", current: false });
    expect(names(await roster(mulanTeam))).not.toContain(added.volunteer.name);
    expect(names(await roster(mulanTeam, true))).toContain(added.volunteer.name);
    const rows = await database.db.select().from(teamMemberships).where(eq(teamMemberships.volunteerId, volunteerId));
    expect(rows).toHaveLength(1);
    const audit = await database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, added.id))
      .orderBy(auditLog.occurredAt);
    expect(audit.map((row) => row.action)).toEqual(["addTeamMember", "changeTeamMemberRole", "removeTeamMember"]);
    expect(audit[1]).toMatchObject({ before: { role: "MEMBER" }, after: { role: "LEADER" } });
  });

  it("adds a party member by their party registry id, and refuses one not registered as a volunteer", async () => {
    serial += 1;
    const partyMemberId = demoId("member", `roster-test/${serial}`);
    const registered = await ok(
      database.query(
        `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
        { input: { name: "名册党员", subject: `roster-member-${serial}`, partyMemberId } },
        admin,
      ),
    );
    const added = await ok(add({ partyMemberId }));
    expect(added.volunteer.id).toBe(registered.id);
    const unregistered = await add({ partyMemberId: demoId("member", `roster-test/unregistered/${serial}`) });
    expect(codes(unregistered)).toEqual(["NOT_FOUND"]);
  });

  it("starts and ends a membership today in the county when no date is given", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const added = await ok(add({ volunteerId: await newVolunteer(), role: "LEADER" }));
    expect(added).toMatchObject({ role: "LEADER", joinedOn: today });
    const removed = await ok(database.query(REMOVE, { input: { membershipId: added.id } }, admin));
    expect(removed.leftOn).toBe(today);
  });

  it("refuses a second current membership with CONFLICT, and lets a volunteer who left join again", async () => {
    const volunteerId = await newVolunteer();
    const first = await ok(add({ volunteerId, joinedOn: "2023-01-01" }));
    expect(codes(await add({ volunteerId }))).toEqual(["CONFLICT"]);
    await ok(database.query(REMOVE, { input: { membershipId: first.id, leftOn: "2023-06-30" } }, admin));
    const again = await ok(add({ volunteerId, joinedOn: "2023-09-01" }));
    expect(again.id).not.toBe(first.id);
    const teams = await ok(
      database.query(
        `query ($id: ID!) { volunteer(id: $id) { teams { joinedOn leftOn } } }`,
        { id: volunteerId },
        admin,
      ),
    );
    expect(teams.teams).toEqual([
      { joinedOn: "2023-09-01", leftOn: null },
      { joinedOn: "2023-01-01", leftOn: "2023-06-30" },
    ]);
  });

  it("adds one membership when the same volunteer is added twice at once", async () => {
    const volunteerId = await newVolunteer();
    const results = await Promise.all([add({ volunteerId }), add({ volunteerId })]);
    expect(results.flatMap(codes).sort()).toEqual(["CONFLICT"]);
    const rows = await database.db.select().from(teamMemberships).where(eq(teamMemberships.volunteerId, volunteerId));
    expect(rows).toHaveLength(1);
  });

  it("refuses another team's lead and residents, and changes nothing", async () => {
    const volunteerId = await newVolunteer();
    expect(codes(await add({ volunteerId }, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    expect(codes(await add({ volunteerId }, resident))).toEqual(["FORBIDDEN"]);
    expect(codes(await database.query(ADD, { input: { teamId: mulanTeam, volunteerId } }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    const added = await ok(add({ volunteerId }));
    for (const [mutation, input] of [
      [CHANGE, { membershipId: added.id, role: "LEADER" }],
      [REMOVE, { membershipId: added.id }],
    ] as const) {
      expect(codes(await database.query(mutation, { input }, leadOf(dongmenTeam)))).toEqual(["FORBIDDEN"]);
    }
    const [row] = await database.db.select().from(teamMemberships).where(eq(teamMemberships.id, added.id));
    expect(row).toMatchObject({ role: "MEMBER", leftOn: null });
  });

  it("answers NOT_FOUND for an unknown team, volunteer or membership", async () => {
    expect(codes(await add({ teamId: unknownId, volunteerId: await newVolunteer() }, admin))).toEqual(["NOT_FOUND"]);
    expect(codes(await add({ volunteerId: unknownId }))).toEqual(["NOT_FOUND"]);
    expect(codes(await database.query(CHANGE, { input: { membershipId: unknownId, role: "LEADER" } }, admin))).toEqual([
      "NOT_FOUND",
    ]);
    expect(codes(await database.query(REMOVE, { input: { membershipId: unknownId } }, admin))).toEqual(["NOT_FOUND"]);
  });

  it("refuses bad input with BAD_USER_INPUT naming the field, and stores nothing", async () => {
    const before = await database.db.select({ count: sql<number>`count(*)::int` }).from(teamMemberships);
    const volunteerId = await newVolunteer();
    for (const input of [
      { volunteerId: "nope" },
      {},
      { volunteerId, partyMemberId: demoId("member", "木兰滨河/李美玲") },
      { volunteerId, joinedOn: "2023-02-30" },
      { volunteerId, joinedOn: "yesterday" },
    ]) {
      const result = await add(input);
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    }
    const after = await database.db.select({ count: sql<number>`count(*)::int` }).from(teamMemberships);
    expect(after).toEqual(before);
  });

  it("refuses the role a member already has, and a leaving date before the joining date", async () => {
    const added = await ok(add({ volunteerId: await newVolunteer(), joinedOn: "2024-05-01" }));
    const same = await database.query(CHANGE, { input: { membershipId: added.id, role: "MEMBER" } }, admin);
    expect(codes(same)).toEqual(["BAD_USER_INPUT"]);
    const early = await database.query(REMOVE, { input: { membershipId: added.id, leftOn: "2024-04-30" } }, admin);
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors?.[0]?.extensions?.field).toBe("leftOn");
    const [row] = await database.db.select().from(teamMemberships).where(eq(teamMemberships.id, added.id));
    expect(row).toMatchObject({ role: "MEMBER", leftOn: null });
  });

  it("refuses to change or end a membership that has ended, with INVALID_TRANSITION", async () => {
    const added = await ok(add({ volunteerId: await newVolunteer(), joinedOn: "2024-05-01" }));
    await ok(database.query(REMOVE, { input: { membershipId: added.id, leftOn: "2024-06-01" } }, admin));
    const change = await database.query(CHANGE, { input: { membershipId: added.id, role: "LEADER" } }, admin);
    expect(codes(change)).toEqual(["INVALID_TRANSITION"]);
    const again = await database.query(REMOVE, { input: { membershipId: added.id, leftOn: "2024-07-01" } }, admin);
    expect(codes(again)).toEqual(["INVALID_TRANSITION"]);
    const [row] = await database.db.select().from(teamMemberships).where(eq(teamMemberships.id, added.id));
    expect(row).toMatchObject({ role: "MEMBER", leftOn: "2024-06-01" });
  });

  it("raises the version with each change and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { role version } }`;
    const added = await ok(
      database.query(
        `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id version } }`,
        { input: { teamId: mulanTeam, volunteerId: await newVolunteer() } },
        admin,
      ),
    );
    expect(added.version).toBe(1);
    const stored = async () =>
      (await database.db.select().from(teamMemberships).where(eq(teamMemberships.id, added.id)))[0];
    const auditsOf = async () =>
      (await database.db.select().from(auditLog).where(eq(auditLog.entityId, added.id))).length;
    const promoted = await database.query(
      VERSIONED,
      { input: { membershipId: added.id, role: "LEADER", expectedVersion: 1 } },
      leadOf(mulanTeam),
    );
    expect(promoted.data).toEqual({ changeTeamMemberRole: { role: "LEADER", version: 2 } });
    const before = await stored();
    const audits = await auditsOf();
    const stale = await database.query(
      VERSIONED,
      { input: { membershipId: added.id, role: "MEMBER", expectedVersion: 1 } },
      leadOf(mulanTeam),
    );
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(await stored()).toEqual(before);
    expect(await auditsOf()).toBe(audits);
    // Ending the membership is a change too.
    await ok(database.query(REMOVE, { input: { membershipId: added.id } }, admin));
    expect((await stored())?.version).toBe(3);
  });

  it("reads the rosters and leaders of many teams in as many statements as of one", async () => {
    const reps = county.teams.map((team) => ({ __typename: "VolunteerTeam", id: team.id }));
    const count = async (n: number) => {
      const before = database.statements();
      const result = await database.query(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on VolunteerTeam {
          members(first: 5) { edges { node { role volunteer { name teams { role } } } } } leaders { name } } } }`,
        { reps: reps.slice(0, n) },
        resident,
      );
      expect(result.errors).toBeUndefined();
      return database.statements() - before;
    };
    const one = await count(1);
    expect(await count(reps.length)).toBe(one);
  });
});
