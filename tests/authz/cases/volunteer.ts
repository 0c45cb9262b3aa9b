import { randomUUID } from "node:crypto";
import { demoId, sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase, SetupData } from "../types";

const mulan = sampleCounty().teams.find((team) => team.name === "木兰社区学雷锋志愿服务队")!.id;
const binhe = demoId("estate", "木兰滨河");
/** A demo activity with room for every attempt's walk-in (capacity 300). */
const cleanUpDay = demoId("activity", "木兰社区环境整治日");
/** A demo post with room for every attempt's claim (capacity 500). */
const reportInPost = demoId("post", "木兰社区在职党员报到服务岗");
/** A demo entry of 木兰社区学雷锋志愿服务队: corrections of it pile up, one per attempt. */
const haircutHours = demoId("hourEntry", "重阳节义剪进小区/李美玲");
/** The party member the resident persona is registered as (a real demo member, not otherwise a volunteer). */
const caiwenhui = demoId("member", "木兰滨河/蔡文辉");

const staff = ["volunteer_admin", "volunteer_lead_own"] as const;

/** What the calendar mutations change: the team's activity calendars, read as an all-seeing admin. */
const calendarsOfMulan = {
  query: "query ($team: ID!) { volunteerTeam(id: $team) { calendars { id revokedAt } } }",
  variables: { team: mulan },
};

/** A walk-in signed up by the observer (a volunteer administrator) for a fresh sign-up to act on. */
const walkIn = (attempt: number) => ({
  query: `mutation ($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id } }`,
  variables: { input: { activityId: cleanUpDay, name: `矩阵居民${attempt}`, walkIn: true } },
});
const signUpState = (setup: SetupData) => ({
  query: `query ($id: ID!) { activitySignUp(id: $id) { state } }`,
  variables: { id: setup.signUpForActivity.id },
});

/** A fresh member registered under a subject of its own, claimed for by the observer on the report-in post. */
const memberOf = (attempt: number) => demoId("member", `authorization-matrix/${attempt}`);
const claimFor = (attempt: number) => ({
  query: `mutation ($volunteer: RegisterVolunteerInput!, $claim: ClaimServicePostInput!) {
    registerVolunteer(input: $volunteer) { id }
    claimServicePost(input: $claim) { id }
  }`,
  variables: {
    volunteer: { name: `矩阵党员${attempt}`, subject: `matrix-member-${attempt}`, partyMemberId: memberOf(attempt) },
    claim: { postId: reportInPost, partyMemberId: memberOf(attempt) },
  },
});

/** A demo volunteer without a sign-in, to whom the observer assigns red proxy requests. */
const linxiaomei = demoId("volunteer", "林小梅");
/** Another demo volunteer, to whom reassignments go. */
const lilmeiling = demoId("volunteer", "李美玲");
const waterBill = demoId("redProxyItem", "代缴水电费");

type RedProxyStep = "assign" | "done" | "confirm";
const RED_PROXY_STEPS: Record<RedProxyStep, { variable: string; field: string }> = {
  assign: { variable: "$assign: AssignRedProxyRequestInput!", field: "assignRedProxyRequest(input: $assign) { id }" },
  done: { variable: "$ref: RedProxyRequestRefInput!", field: "markRedProxyDone(input: $ref) { id }" },
  confirm: { variable: "$ref: RedProxyRequestRefInput!", field: "confirmRedProxyDone(input: $ref) { id }" },
};

/**
 * A fresh red proxy request filed at the desk by the observer (a volunteer administrator, 代为登记) for
 * 木兰滨河 and moved along `steps`: one document, so the request's id is chosen here. With
 * `windowHours`, the observer first publishes that confirmation window.
 */
const redProxyRequest =
  (...steps: RedProxyStep[]) =>
  (attempt: number, options: { windowHours?: number } = {}) => {
    const id = randomUUID();
    const variables = [...new Set(steps.map((step) => RED_PROXY_STEPS[step].variable))];
    const window = options.windowHours === undefined ? null : { hours: options.windowHours };
    if (window) variables.unshift("$window: PublishRedProxyConfirmationWindowInput!");
    return {
      query: `mutation ($request: RequestRedProxyInput!${variables.map((v) => `, ${v}`).join("")}) {
        ${window ? "publishRedProxyConfirmationWindow(input: $window) { hours }" : ""}
        requestRedProxy(input: $request) { id }
        ${steps.map((step) => RED_PROXY_STEPS[step].field).join("\n        ")}
      }`,
      variables: {
        request: { id, itemId: waterBill, estateId: binhe, note: `矩阵代办 ${attempt}`, onBehalfOfResident: true },
        ...(steps.includes("assign") ? { assign: { requestId: id, teamId: mulan, volunteerId: linxiaomei } } : {}),
        ...(steps.some((step) => step !== "assign") ? { ref: { requestId: id } } : {}),
        ...(window ? { window } : {}),
      },
    };
  };
const redProxyState = (setup: SetupData) => ({
  query: `query ($id: ID!) { redProxyRequest(id: $id) { state feedback { side } } }`,
  variables: { id: setup.requestRedProxy.id },
});
const redProxyMove = (mutation: string) => (_attempt: number, setup: SetupData) => ({
  query: `mutation ($input: RedProxyRequestRefInput!) { ${mutation}(input: $input) { id state } }`,
  variables: { input: { requestId: setup.requestRedProxy.id } },
});

/** A volunteer registered afresh by the observer, on no roster yet: each attempt adds its own. */
const freshVolunteer = (attempt: number) => ({
  query: `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
  variables: { input: { name: `矩阵队员${attempt}`, subject: `matrix-roster-${attempt}` } },
});
/**
 * A fresh party-member volunteer added by the observer to 木兰社区学雷锋志愿服务队 as a MEMBER, for a
 * membership to act on: one document, so the member is named by their party registry id.
 */
const freshMember = (attempt: number) => {
  const partyMemberId = demoId("member", `authorization-matrix/roster/${attempt}`);
  return {
    query: `mutation ($volunteer: RegisterVolunteerInput!, $member: AddTeamMemberInput!) {
      registerVolunteer(input: $volunteer) { id }
      addTeamMember(input: $member) { id }
    }`,
    variables: {
      volunteer: { name: `矩阵队员${attempt}`, subject: `matrix-roster-${attempt}`, partyMemberId },
      member: { teamId: mulan, partyMemberId },
    },
  };
};
const rosterOf = (setup: SetupData) => ({
  query: `query ($id: ID!) { volunteer(id: $id) { teams { role current } } }`,
  variables: { id: setup.registerVolunteer.id },
});

/** The volunteer services' mutations. */
export const volunteerCases: AuthorizationCase[] = [
  {
    mutation: "updateVolunteerTeam",
    subgraph: "volunteer",
    target: { team: mulan },
    operation: (attempt) => ({
      query: `mutation ($input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(input: $input) { id name } }`,
      variables: { input: { id: mulan, name: `木兰社区学雷锋志愿服务队 第${attempt}次更名` } },
    }),
    allowed: ["volunteer_admin", "volunteer_lead_own"],
    readBack: { query: `query ($id: ID!) { volunteerTeam(id: $id) { name } }`, variables: { id: mulan } },
  },
  {
    mutation: "registerVolunteer",
    subgraph: "volunteer",
    target: {},
    operation: (attempt) => ({
      query: `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id name } }`,
      variables: { input: { name: `志愿者${attempt}`, subject: `matrix-volunteer-${attempt}` } },
    }),
    allowed: ["volunteer_admin"],
    readBack: { query: "{ volunteers(first: 1) { edges { node { id name } } } }", variables: {} },
  },
  {
    mutation: "createActivity",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    operation: (attempt) => ({
      query: `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      variables: {
        input: {
          teamId: mulan,
          estateId: binhe,
          title: `义剪 第${attempt}场`,
          kind: "FREE_HAIRCUT",
          // Each attempt earlier than the last, so the newest is always on the first page.
          startsAt: new Date(Date.UTC(2020, 0, 1) - attempt * 3_600_000).toISOString(),
          endsAt: new Date(Date.UTC(2020, 0, 1) - attempt * 3_600_000 + 1_800_000).toISOString(),
          capacity: 10,
        },
      },
    }),
    allowed: staff,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { activities(first: 1) { edges { node { id } } } } }`,
      variables: { id: binhe },
    },
  },
  {
    mutation: "signUpForActivity",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    // A fresh activity per attempt: a person signs up for one only once.
    setup: (attempt) => ({
      query: `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      variables: {
        input: {
          teamId: mulan,
          estateId: binhe,
          title: `义诊 矩阵第${attempt}场`,
          kind: "FREE_CLINIC",
          startsAt: "2030-01-01T01:00:00Z",
          endsAt: "2030-01-01T03:00:00Z",
          capacity: 5,
        },
      },
    }),
    operation: (attempt, setup) => ({
      query: `mutation ($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id state } }`,
      variables: { input: { activityId: setup.createActivity.id, name: `居民${attempt}` } },
    }),
    allowed: ["resident_own"],
    readBack: (setup) => ({
      query: `query ($id: ID!) { activity(id: $id) { signedUpCount waitlistCount } }`,
      variables: { id: setup.createActivity.id },
    }),
  },
  {
    mutation: "cancelActivitySignUp",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: walkIn,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: ActivitySignUpRefInput!) { cancelActivitySignUp(input: $input) { id state } }`,
      variables: { input: { signUpId: setup.signUpForActivity.id } },
    }),
    // The person who signed up may cancel too; a walk-in has no sign-in, so here only staff can.
    allowed: staff,
    readBack: signUpState,
  },
  {
    mutation: "checkInActivitySignUp",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: walkIn,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: ActivitySignUpRefInput!) { checkInActivitySignUp(input: $input) { id state } }`,
      variables: { input: { signUpId: setup.signUpForActivity.id } },
    }),
    allowed: staff,
    readBack: signUpState,
  },
  {
    mutation: "requestServiceHourCorrection",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    operation: (attempt) => ({
      query: `mutation ($input: RequestServiceHourCorrectionInput!) { requestServiceHourCorrection(input: $input) { id } }`,
      // Minutes stay within a day whatever the attempt number; the read-back counts pending corrections.
      variables: { input: { entryId: haircutHours, minutes: 100 + (attempt % 1000), reason: `矩阵更正 ${attempt}` } },
    }),
    // The volunteer whose entry it is may ask too; the demo entry's volunteer has no sign-in.
    allowed: staff,
    readBack: {
      query: `query ($id: ID!) { volunteer(id: $id) { serviceHours { pendingCorrections } } }`,
      variables: { id: demoId("volunteer", "李美玲") },
    },
  },
  {
    mutation: "decideServiceHourCorrection",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: (attempt) => ({
      query: `mutation ($input: RequestServiceHourCorrectionInput!) { requestServiceHourCorrection(input: $input) { id } }`,
      variables: { input: { entryId: haircutHours, minutes: 150, reason: `矩阵待审 ${attempt}` } },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: DecideServiceHourCorrectionInput!) { decideServiceHourCorrection(input: $input) { id correctionStatus } }`,
      variables: { input: { correctionId: setup.requestServiceHourCorrection.id, decision: "REJECTED" } },
    }),
    allowed: staff,
    readBack: (setup) => ({
      query: `query ($id: ID!) { serviceHourEntry(id: $id) { correctionStatus } }`,
      variables: { id: setup.requestServiceHourCorrection.id },
    }),
  },
  {
    mutation: "createServicePost",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    operation: (attempt) => ({
      query: `mutation ($input: CreateServicePostInput!) { createServicePost(input: $input) { id } }`,
      variables: {
        input: {
          teamId: mulan,
          estateId: binhe,
          kind: "ENVIRONMENT",
          title: `楼道清洁岗 ${attempt}`,
          capacity: 3,
          schedule: "FLEXIBLE",
        },
      },
    }),
    allowed: staff,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { servicePosts(first: 1) { edges { node { id } } } } }`,
      variables: { id: binhe },
    },
  },
  {
    mutation: "claimServicePost",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    // The resident persona is registered as a party member, and gets a fresh post to claim.
    setup: (attempt) => ({
      query: `mutation ($volunteer: RegisterVolunteerInput!, $post: CreateServicePostInput!) {
        registerVolunteer(input: $volunteer) { id }
        createServicePost(input: $post) { id }
      }`,
      variables: {
        volunteer: { name: "蔡文辉", subject: "resident_own", partyMemberId: caiwenhui },
        post: {
          teamId: mulan,
          estateId: binhe,
          kind: "SAFETY_GUARD",
          title: `消防通道巡查岗 ${attempt}`,
          capacity: 2,
          schedule: "FLEXIBLE",
        },
      },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: ClaimServicePostInput!) { claimServicePost(input: $input) { id state } }`,
      variables: { input: { postId: setup.createServicePost.id } },
    }),
    allowed: ["resident_own"],
    readBack: (setup) => ({
      query: `query ($id: ID!) { servicePost(id: $id) { liveClaims } }`,
      variables: { id: setup.createServicePost.id },
    }),
  },
  {
    mutation: "advanceServicePostClaim",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: claimFor,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: AdvanceServicePostClaimInput!) { advanceServicePostClaim(input: $input) { id state } }`,
      variables: { input: { claimId: setup.claimServicePost.id, to: "ACCEPTED" } },
    }),
    allowed: staff,
    readBack: (setup) => ({
      query: `query ($id: ID!) { postClaim(id: $id) { state } }`,
      variables: { id: setup.claimServicePost.id },
    }),
  },
  {
    mutation: "requestRedProxy",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    operation: (attempt) => ({
      query: `mutation ($input: RequestRedProxyInput!) { requestRedProxy(input: $input) { id state } }`,
      variables: { input: { itemId: waterBill, estateId: binhe, note: `帮忙缴水电费 ${attempt}` } },
    }),
    // Staff file only at the desk for a resident (onBehalfOfResident), which this operation does not ask.
    allowed: ["resident_own"],
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { redProxyRequests(first: 1) { edges { node { id } } } } }`,
      variables: { id: binhe },
    },
  },
  {
    mutation: "assignRedProxyRequest",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest(),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: AssignRedProxyRequestInput!) { assignRedProxyRequest(input: $input) { id state } }`,
      variables: { input: { requestId: setup.requestRedProxy.id, teamId: mulan, volunteerId: linxiaomei } },
    }),
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "markRedProxyDone",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest("assign"),
    operation: redProxyMove("markRedProxyDone"),
    // The assigned volunteer may too; the demo volunteer assigned here has no sign-in.
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "confirmRedProxyDone",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest("assign", "done"),
    operation: redProxyMove("confirmRedProxyDone"),
    // A request filed at the desk has no requester sign-in: its team's lead confirms for them.
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "reassignRedProxyRequest",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest("assign"),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: AssignRedProxyRequestInput!) { reassignRedProxyRequest(input: $input) { id state } }`,
      variables: { input: { requestId: setup.requestRedProxy.id, teamId: mulan, volunteerId: lilmeiling } },
    }),
    allowed: staff,
    readBack: (setup: SetupData) => ({
      query: `query ($id: ID!) { redProxyRequest(id: $id) { state assignedVolunteer { id } history { reason } } }`,
      variables: { id: setup.requestRedProxy.id },
    }),
  },
  {
    mutation: "closeUnconfirmedRedProxyRequest",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    // The observer publishes a window of 0 hours first, so the request reported done is past its
    // deadline at once and may be closed without its requester.
    setup: (attempt) => redProxyRequest("assign", "done")(attempt, { windowHours: 0 }),
    operation: redProxyMove("closeUnconfirmedRedProxyRequest"),
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "publishRedProxyConfirmationWindow",
    subgraph: "volunteer",
    target: {},
    operation: (attempt) => ({
      query: `mutation ($input: PublishRedProxyConfirmationWindowInput!) {
        publishRedProxyConfirmationWindow(input: $input) { hours } }`,
      variables: { input: { hours: 24 + (attempt % 48) } },
    }),
    allowed: ["volunteer_admin"],
    readBack: { query: "{ redProxyConfirmationWindow { hours publishedAt } }", variables: {} },
  },
  {
    mutation: "cancelRedProxyRequest",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest(),
    operation: redProxyMove("cancelRedProxyRequest"),
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "leaveRedProxyFeedback",
    subgraph: "volunteer",
    target: { team: mulan, estate: binhe },
    setup: redProxyRequest("assign", "done", "confirm"),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: LeaveRedProxyFeedbackInput!) { leaveRedProxyFeedback(input: $input) { id } }`,
      variables: { input: { requestId: setup.requestRedProxy.id, side: "REQUESTER", rating: 5, comment: "满意" } },
    }),
    // The requester's rating of a request filed at the desk is recorded by its team's lead.
    allowed: staff,
    readBack: redProxyState,
  },
  {
    mutation: "addTeamMember",
    subgraph: "volunteer",
    target: { team: mulan },
    setup: freshVolunteer,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
      variables: { input: { teamId: mulan, volunteerId: setup.registerVolunteer.id } },
    }),
    allowed: staff,
    readBack: rosterOf,
  },
  {
    mutation: "changeTeamMemberRole",
    subgraph: "volunteer",
    target: { team: mulan },
    setup: freshMember,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { id role } }`,
      variables: { input: { membershipId: setup.addTeamMember.id, role: "LEADER" } },
    }),
    allowed: staff,
    readBack: rosterOf,
  },
  {
    mutation: "removeTeamMember",
    subgraph: "volunteer",
    target: { team: mulan },
    setup: freshMember,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { id current } }`,
      variables: { input: { membershipId: setup.addTeamMember.id } },
    }),
    allowed: staff,
    readBack: rosterOf,
  },
  {
    mutation: "createTeamCalendar",
    subgraph: "volunteer",
    target: { team: mulan },
    operation: () => ({
      query: "mutation ($input: CreateTeamCalendarInput!) { createTeamCalendar(input: $input) { id path } }",
      variables: { input: { teamId: mulan } },
    }),
    allowed: staff,
    readBack: calendarsOfMulan,
  },
  {
    mutation: "revokeTeamCalendar",
    subgraph: "volunteer",
    target: { team: mulan },
    // A fresh calendar of the team for every attempt, made by the observer (a volunteer admin).
    setup: () => ({
      query: "mutation ($input: CreateTeamCalendarInput!) { createTeamCalendar(input: $input) { id } }",
      variables: { input: { teamId: mulan } },
    }),
    operation: (_attempt, setup: { createTeamCalendar: { id: string } }) => ({
      query: "mutation ($input: RevokeTeamCalendarInput!) { revokeTeamCalendar(input: $input) { id revokedAt } }",
      variables: { input: { id: setup.createTeamCalendar.id } },
    }),
    allowed: staff,
    readBack: calendarsOfMulan,
  },
];
