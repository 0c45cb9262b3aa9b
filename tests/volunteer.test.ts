import { demoId, sampleCounty } from "@linli/demo-county";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGraph, startGraph } from "./support/graph";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field in these tests
type Json = any;

const limeiling = demoId("member", "木兰滨河/李美玲");
const mulanTeam = demoId("team", "木兰社区学雷锋志愿服务队");
const binhe = demoId("estate", "木兰滨河");

let graph: RunningGraph;
let reader: string;
let admin: string;
let lead: string;
beforeAll(async () => {
  graph = await startGraph(sampleCounty());
  reader = await graph.token([{ role: "county_admin", personalData: false }], "dashboard");
  admin = await graph.token([{ role: "agency_admin", agency: "volunteer" }], "volunteer-admin");
  lead = await graph.token([{ role: "volunteer_lead", team: mulanTeam }], "mulan-lead");
});
afterAll(() => graph?.[Symbol.asyncDispose]());

const MEMBER = /* GraphQL */ `
  query ($id: ID!) {
    partyMember(id: $id) {
      name
      branch { name }
      gridPosts { role area }
      workUnit { name }
      claimedPosts(first: 10) { edges { node { state post { kind title } } } }
      serviceHours { approvedMinutes pendingCorrections }
      stars { level }
    }
  }
`;

describe("a party member across four agencies", () => {
  it("shows branch, grid role, work unit, claimed posts and approved hours in one gateway answer", async () => {
    const result = await graph.query<{ partyMember: Record<string, Json> }>(
      MEMBER,
      { id: limeiling },
      { token: reader },
    );
    expect(result.errors, graph.output()).toBeUndefined();
    const member = result.data!.partyMember;
    expect(member).toMatchObject({
      name: "李美玲",
      branch: { name: "木兰滨河小区党支部" },
      gridPosts: [{ role: "STAIRWELL_CHIEF", area: "2 幢 1 单元" }],
      workUnit: { name: "全安消防技术有限公司" },
      serviceHours: { approvedMinutes: 270, pendingCorrections: 0 },
      stars: [],
    });
    expect(member.claimedPosts.edges.map((e: Json) => e.node)).toEqual(
      expect.arrayContaining([
        { state: "COMPLETED", post: { kind: "SAFETY_GUARD", title: "木兰滨河夜间巡逻" } },
        { state: "ACCEPTED", post: { kind: "HARMONY_GUARD", title: "木兰滨河邻里调解岗" } },
      ]),
    );
  });

  it("changes the approved hours through the gateway only when a lead approves a correction", async () => {
    const entryId = demoId("hourEntry", "木兰滨河夜间巡逻/李美玲");
    const request = (minutes: number) =>
      graph.query<{ requestServiceHourCorrection: { id: string } }>(
        `mutation ($input: RequestServiceHourCorrectionInput!) { requestServiceHourCorrection(input: $input) { id } }`,
        { input: { entryId, minutes, reason: "巡逻延长了一小时" } },
        { token: admin },
      );
    const decide = (correctionId: string, decision: string) =>
      graph.query(
        `mutation ($input: DecideServiceHourCorrectionInput!) { decideServiceHourCorrection(input: $input) { id } }`,
        { input: { correctionId, decision } },
        { token: lead },
      );
    const hours = async () =>
      (
        await graph.query<{ partyMember: { serviceHours: { approvedMinutes: number } } }>(
          MEMBER,
          { id: limeiling },
          { token: reader },
        )
      ).data!.partyMember.serviceHours.approvedMinutes;
    const before = await hours();
    const rejected = (await request(600)).data!.requestServiceHourCorrection.id;
    expect((await decide(rejected, "REJECTED")).errors).toBeUndefined();
    expect(await hours()).toBe(before);
    const approved = (await request(180)).data!.requestServiceHourCorrection.id;
    expect((await decide(approved, "APPROVED")).errors).toBeUndefined();
    expect(await hours()).toBe(before + 60);
  });
});

describe("activity sign-ups through the gateway", () => {
  it("gives 10 places and 20 waitlist spots to 30 residents signing up at once, and promotes on cancellation", async () => {
    const created = await graph.query<{ createActivity: { id: string } }>(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        input: {
          teamId: mulanTeam,
          estateId: binhe,
          title: "春节义剪",
          kind: "FREE_HAIRCUT",
          startsAt: "2025-01-20T01:00:00Z",
          endsAt: "2025-01-20T04:00:00Z",
          capacity: 10,
        },
      },
      { token: lead },
    );
    expect(created.errors).toBeUndefined();
    const activityId = created.data!.createActivity.id;
    const tokens = await Promise.all(
      Array.from({ length: 30 }, (_, i) => graph.token([{ role: "resident", estate: binhe }], `resident-${i}`)),
    );
    const results = await Promise.all(
      tokens.map((token, i) =>
        graph.query<{ signUpForActivity: { id: string; state: string } }>(
          `mutation ($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id state } }`,
          { input: { activityId, name: `居民${i}` } },
          { token },
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const signUps = results.map((r, i) => ({ ...r.data!.signUpForActivity, token: tokens[i]! }));
    expect(signUps.filter((s) => s.state === "SIGNED_UP")).toHaveLength(10);
    expect(signUps.filter((s) => s.state === "WAITLISTED")).toHaveLength(20);

    const list = async () =>
      (
        await graph.query<{ activity: { signUps: { edges: { node: { id: string; state: string } }[] } } }>(
          `query ($id: ID!) { activity(id: $id) { signUps(first: 100) { edges { node { id state } } } } }`,
          { id: activityId },
          { token: reader },
        )
      ).data!.activity.signUps.edges.map((e) => e.node);
    const firstWaiting = (await list()).find((s) => s.state === "WAITLISTED")!;
    const leaving = signUps.find((s) => s.state === "SIGNED_UP")!;
    const cancelled = await graph.query(
      `mutation ($input: ActivitySignUpRefInput!) { cancelActivitySignUp(input: $input) { state } }`,
      { input: { signUpId: leaving.id } },
      { token: leaving.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const after = await list();
    expect(after.find((s) => s.id === firstWaiting.id)?.state).toBe("SIGNED_UP");
    expect(after.filter((s) => s.state === "SIGNED_UP")).toHaveLength(10);
    expect(after.filter((s) => s.state === "WAITLISTED")).toHaveLength(19);
  });
});

describe("a team's roster through the gateway", () => {
  it("shows a team's leaders and members, a party member among them with their branch, and a lead's changes", async () => {
    const ROSTER = /* GraphQL */ `
      query ($id: ID!) {
        volunteerTeam(id: $id) {
          leaders { name partyMember { name branch { name } } }
          members(first: 20) { edges { node { id role volunteer { name } } } }
        }
      }
    `;
    const read = async () => {
      const result = await graph.query<{ volunteerTeam: Json }>(ROSTER, { id: mulanTeam }, { token: reader });
      expect(result.errors, graph.output()).toBeUndefined();
      return result.data!.volunteerTeam;
    };
    const team = await read();
    expect(team.leaders).toEqual([
      { name: "李美玲", partyMember: { name: "李美玲", branch: { name: "木兰滨河小区党支部" } } },
    ]);
    const zhu = team.members.edges.find((edge: Json) => edge.node.volunteer.name === "朱德明").node;
    expect(zhu.role).toBe("MEMBER");

    const promote = await graph.query(
      `mutation ($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { role } }`,
      { input: { membershipId: zhu.id, role: "LEADER" } },
      { token: lead },
    );
    expect(promote.errors, graph.output()).toBeUndefined();
    expect((await read()).leaders.map((leader: Json) => leader.name)).toEqual(["李美玲", "朱德明"]);

    const remove = await graph.query(
      `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { current } }`,
      { input: { membershipId: zhu.id } },
      { token: lead },
    );
    expect(remove.data).toEqual({ removeTeamMember: { current: false } });
    const after = await read();
    expect(after.leaders.map((leader: Json) => leader.name)).toEqual(["李美玲"]);
    expect(after.members.edges.map((edge: Json) => edge.node.volunteer.name)).not.toContain("朱德明");
  });
});
