import { sampleCounty } from "@linli/demo-county";
import { ANONYMOUS, type Caller, type Grant } from "@linli/service-kit";
import { useSubgraphTestDatabase } from "@linli/service-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../db/schema";
import { volunteer } from "../definition";
import { loadCounty } from "../demo";
import { TeamsRepository } from "./teams.repository";

const county = sampleCounty();
const teamId = (name: string) => county.teams.find((t) => t.name === name)!.id;
const mulan = teamId("木兰社区学雷锋志愿服务队");
const dongmen = teamId("东门顺安党员志愿者队");
const nanqiao = teamId("南桥锦福家园党员志愿者队");
const nobody = "00000000-0000-4000-8000-000000000000";

const database = useSubgraphTestDatabase(volunteer, (db) => loadCounty(db, county));

const as = (subject: string, ...grants: Grant[]): Caller => ({ subject, grants });
const leadOf = (team: string) => as(`lead-of-${team}`, { role: "volunteer_lead", team });
const volunteerAdmin = as("volunteer-admin", { role: "agency_admin", agency: "volunteer" });

const UPDATE = `mutation ($input: UpdateVolunteerTeamInput!) {
  updateVolunteerTeam(input: $input) { id name foundedOn updatedAt estates { id } }
}`;

const update = (input: Record<string, unknown>, caller: Caller = ANONYMOUS) =>
  database.query<{ updateVolunteerTeam: { id: string; name: string; updatedAt: string; estates: { id: string }[] } }>(
    UPDATE,
    { input },
    caller,
  );

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

async function stored(id: string) {
  const [row] = await new TeamsRepository(database.db).byIds([id]);
  return row;
}

const auditRowsOf = (id: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
const allAuditRows = () => database.db.select().from(auditLog);

describe("updateVolunteerTeam", () => {
  it("raises the version with each rename and refuses a stale expectedVersion with CONFLICT, changing nothing", async () => {
    const VERSIONED = `mutation ($input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(input: $input) { name version } }`;
    const start = (await stored(nanqiao))!;
    const renamed = await database.query(
      VERSIONED,
      { input: { id: nanqiao, name: "南桥锦福家园志愿者队", expectedVersion: start.version } },
      volunteerAdmin,
    );
    expect(renamed.data).toEqual({ updateVolunteerTeam: { name: "南桥锦福家园志愿者队", version: start.version + 1 } });
    const before = await stored(nanqiao);
    const audits = (await allAuditRows()).length;
    const stale = await update({ id: nanqiao, name: "过期的改名", expectedVersion: start.version }, volunteerAdmin);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: start.version + 1 });
    expect(await stored(nanqiao)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(audits);
    // Put the name back for the other tests.
    expect((await update({ id: nanqiao, name: start.name }, volunteerAdmin)).errors).toBeUndefined();
  });

  it("lets a team's own lead rename it, and records one audit row", async () => {
    const before = await stored(mulan);
    const auditBefore = await auditRowsOf(mulan);
    const result = await update({ id: mulan, name: "  木兰社区学雷锋志愿服务总队  " }, leadOf(mulan));
    expect(result.errors).toBeUndefined();
    const after = await stored(mulan);
    expect(after).toMatchObject({ name: "木兰社区学雷锋志愿服务总队", foundedOn: before!.foundedOn });
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
    expect(result.data?.updateVolunteerTeam).toEqual({
      id: mulan,
      name: "木兰社区学雷锋志愿服务总队",
      foundedOn: before!.foundedOn,
      updatedAt: after!.updatedAt.toISOString(),
      estates: county.teams
        .find((t) => t.id === mulan)!
        .estateIds.slice()
        .sort()
        .map((id) => ({ id })),
    });

    const audit = await auditRowsOf(mulan);
    expect(audit).toHaveLength(auditBefore.length + 1);
    const row = audit.find((entry) => !auditBefore.some((old) => old.id === entry.id))!;
    expect(row).toMatchObject({
      actor: `lead-of-${mulan}`,
      grants: [{ role: "volunteer_lead", team: mulan }],
      action: "updateVolunteerTeam",
      entityType: "VolunteerTeam",
      entityId: mulan,
      before: { id: mulan, name: before!.name },
      after: { id: mulan, name: "木兰社区学雷锋志愿服务总队" },
    });
    expect(row.requestId).toEqual(expect.any(String));
  });

  it("accepts a name of exactly 100 characters", async () => {
    const result = await update({ id: nanqiao, name: "队".repeat(100) }, leadOf(nanqiao));
    expect(result.errors).toBeUndefined();
    expect((await stored(nanqiao))?.name).toBe("队".repeat(100));
  });

  it("lets the volunteer services' administrator rename any team", async () => {
    const auditBefore = await auditRowsOf(dongmen);
    const result = await update({ id: dongmen, name: "东门顺安党员志愿者队（管理员改）" }, volunteerAdmin);
    expect(result.errors).toBeUndefined();
    expect((await stored(dongmen))?.name).toBe("东门顺安党员志愿者队（管理员改）");
    const added = (await auditRowsOf(dongmen)).filter((entry) => !auditBefore.some((old) => old.id === entry.id));
    expect(added).toMatchObject([{ actor: "volunteer-admin", after: { name: "东门顺安党员志愿者队（管理员改）" } }]);
  });

  it("refuses another team's lead with FORBIDDEN, changing nothing and auditing nothing", async () => {
    const before = await stored(mulan);
    const auditBefore = await allAuditRows();
    const result = await update({ id: mulan, name: "被东门改名" }, leadOf(dongmen));
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toEqual({ updateVolunteerTeam: null });
    expect(await stored(mulan)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("asks the anonymous public to sign in (UNAUTHENTICATED), changing nothing and auditing nothing", async () => {
    const before = await stored(mulan);
    const auditBefore = await allAuditRows();
    const result = await update({ id: mulan, name: "匿名改名" });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(await stored(mulan)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it.each<[string, Caller]>([
    ["the property authority's administrator", as("property-admin", { role: "agency_admin", agency: "property" })],
    ["the party organization's administrator", as("party-admin", { role: "agency_admin", agency: "party" })],
    ["a county administrator (who reads everything)", as("county-admin", { role: "county_admin", personalData: true })],
    [
      "a resident of an estate the team serves",
      as("resident", { role: "resident", estate: county.estates.find((e) => e.name === "木兰滨河")!.id }),
    ],
  ])("refuses %s with FORBIDDEN and changes nothing", async (_who, caller) => {
    const before = await stored(mulan);
    const auditBefore = await allAuditRows();
    const result = await update({ id: mulan, name: "越权改名" }, caller);
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(await stored(mulan)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an empty name", { id: mulan, name: "" }, "name"],
    ["a name of spaces only", { id: mulan, name: "   " }, "name"],
    ["a name of 101 characters", { id: mulan, name: "队".repeat(101) }, "name"],
    ["a malformed id", { id: "not-an-id", name: "合法名称" }, "id"],
    ["nothing to change", { id: mulan }, ""],
    ["a null name", { id: mulan, name: null }, ""],
  ])("refuses %s with BAD_USER_INPUT naming the field, storing nothing", async (_what, input, field) => {
    const before = await stored(mulan);
    const auditBefore = await allAuditRows();
    const result = await update(input, leadOf(mulan));
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    if (field) expect(result.errors?.[0]?.message).toContain(`\`${field}\``);
    expect(await stored(mulan)).toEqual(before);
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("answers NOT_FOUND for an id that names no team, and audits nothing", async () => {
    const auditBefore = await allAuditRows();
    for (const caller of [volunteerAdmin, leadOf(mulan)]) {
      const result = await update({ id: nobody, name: "不存在" }, caller);
      expect(codes(result)).toEqual(["NOT_FOUND"]);
    }
    expect(await allAuditRows()).toHaveLength(auditBefore.length);
  });

  it("writes exactly one audit row per successful change", async () => {
    const auditBefore = await auditRowsOf(nanqiao);
    for (const attempt of [1, 2, 3]) {
      const result = await update({ id: nanqiao, name: `南桥锦福家园党员志愿者队 ${attempt}` }, leadOf(nanqiao));
      expect(result.errors).toBeUndefined();
    }
    const added = (await auditRowsOf(nanqiao)).filter((entry) => !auditBefore.some((old) => old.id === entry.id));
    expect(added.map((entry) => (entry.after as { name: string }).name).sort()).toEqual([
      "南桥锦福家园党员志愿者队 1",
      "南桥锦福家园党员志愿者队 2",
      "南桥锦福家园党员志愿者队 3",
    ]);
    expect(added.every((entry) => entry.actor === `lead-of-${nanqiao}`)).toBe(true);
  });
});

describe("teams repository: scoped update", () => {
  it("changes no row when the scope names only other teams, nor with an empty scope", async () => {
    const repository = new TeamsRepository(database.db);
    const before = await stored(mulan);
    expect(
      await repository.updateWithin(mulan, { name: "越权" }, { teamIds: [dongmen, nanqiao], isAdmin: false }),
    ).toBeNull();
    expect(await repository.updateWithin(mulan, { name: "越权" }, { teamIds: [], isAdmin: false })).toBeNull();
    expect(await stored(mulan)).toEqual(before);
  });

  it("changes the row when the scope names it, or for an administrator", async () => {
    const repository = new TeamsRepository(database.db);
    const own = await repository.updateWithin(
      mulan,
      { name: "木兰（自己）" },
      { teamIds: [dongmen, mulan], isAdmin: false },
    );
    expect(own?.name).toBe("木兰（自己）");
    const admin = await repository.updateWithin(mulan, { name: "木兰（管理员）" }, { teamIds: [], isAdmin: true });
    expect(admin?.name).toBe("木兰（管理员）");
  });
});
