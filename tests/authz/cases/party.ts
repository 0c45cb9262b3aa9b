import { demoId, sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase, Operation, PersonaName, SetupData } from "../types";

const county = sampleCounty();
// 李美玲 of 木兰滨河 belongs to 木兰滨河小区党支部 (木兰社区).
const member = county.members.find((m) => m.id === demoId("member", "木兰滨河/李美玲"));
if (!member?.branchId) throw new Error("the demo county lost 木兰滨河/李美玲 or her branch");
const estate = county.estates.find((e) => e.id === member.estateId);
if (!estate) throw new Error("the demo county lost 木兰滨河");

// Problems are raised in 南桥锦福家园, whose parking problems are routed to 嘉庆物业.
const nanqiao = demoId("estate", "南桥锦福家园");
const problemTarget = {
  estate: nanqiao,
  branch: demoId("branch", "南桥锦福家园小区党支部"),
  company: demoId("company", "嘉庆物业"),
  community: demoId("community", "南桥社区"),
};

/** A fresh problem id per attempt, chosen by the client (reportProblem takes it), so setup can move it on. */
const problemId = (attempt: number, lane = 0) =>
  `0000${lane}000-0000-4000-8000-${attempt.toString(16).padStart(12, "0")}`;

type Step = "accept" | "assign" | "start" | "resolve" | "answer";
const STEP_FIELDS: Record<Step, [field: string, type: string, extra: string]> = {
  accept: ["acceptProblem", "ProblemTransitionInput", ""],
  assign: ["assignProblem", "AssignProblemInput", ""],
  start: ["startProblem", "ProblemTransitionInput", ""],
  resolve: ["resolveProblem", "ResolveProblemInput", `, note: "已劝离并施划停车线"`],
  answer: ["answerProblem", "AnswerProblemInput", `, answer: "物业已处理，入口恢复畅通。"`],
};

/**
 * Setup as the observer (a party administrator): raise a problem with a known id — for the resident
 * persona when they are to rate it — and move it through `steps`, in one mutation document (its
 * fields run in order).
 */
function problemSetup(steps: Step[], reporter?: PersonaName) {
  return (attempt: number): Operation => {
    const id = problemId(attempt);
    const onBehalfOf = reporter ? `, onBehalfOf: "${reporter}"` : "";
    const moves = steps
      .map((step, i) => {
        const [field, , extra] = STEP_FIELDS[step];
        return `s${i}: ${field}(input: { problemId: $id${extra} }) { id }`;
      })
      .join("\n");
    return {
      query: `mutation ($id: ID!, $estate: ID!) {
        r: reportProblem(input: { id: $id, estateId: $estate, category: PARKING, text: "车库入口被占 ${attempt}", reporterName: "王大妈"${onBehalfOf} }) { id }
        ${moves}
      }`,
      variables: { id, estate: nanqiao },
    };
  };
}

const problemReadBack = (setup: SetupData): Operation => ({
  query: `query ($id: ID!) { problem(id: $id) { status rating history(first: 100) { edges { node { from to } } } } }`,
  variables: { id: setup.r.id },
});

const transition = (
  mutation: string,
  inputType: string,
  steps: Step[],
  allowed: PersonaName[],
  input: (setup: SetupData, attempt: number) => Record<string, unknown> = (setup) => ({ problemId: setup.r.id }),
  reporter?: PersonaName,
): AuthorizationCase => ({
  mutation,
  subgraph: "party",
  target: problemTarget,
  setup: problemSetup(steps, reporter),
  operation: (attempt, setup) => ({
    query: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id status } }`,
    variables: { input: input(setup, attempt) },
  }),
  allowed,
  readBack: problemReadBack,
});

const HANDLER: PersonaName[] = ["party_admin", "branch_secretary_own"];
const HANDLER_OR_COMPANY: PersonaName[] = ["party_admin", "branch_secretary_own", "property_manager_own"];

// Disputes are registered and mediated in 木兰滨河 (木兰社区, 木兰滨河小区党支部).
const mulan = demoId("estate", "木兰滨河");
const disputeTarget = {
  estate: mulan,
  branch: demoId("branch", "木兰滨河小区党支部"),
  community: demoId("community", "木兰社区"),
};
const DISPUTE_READERS: PersonaName[] = ["party_admin", "branch_secretary_own", "community_worker_own"];
const registerDispute = (attempt: number): Operation => ({
  query: `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { id } }`,
  variables: {
    input: {
      estateId: mulan,
      title: `停车位纠纷 ${attempt}`,
      summary: "两户业主对地面停车位的使用有争议。",
      parties: [
        { name: "甲方", role: "业主" },
        { name: "乙方", role: "业主" },
      ],
      mediatorId: demoId("mediator", "万和调解队"),
    },
  },
});
const disputeReadBack = (setup: SetupData): Operation => ({
  query: `query ($id: ID!) { dispute(id: $id) { status outcome history { to } sessions(first: 100) { edges { node { id } } } } }`,
  variables: { id: setup.registerDispute.id },
});

// 仙安石鼓山's branch is COVERED: the allowed attempts move it to MATURE, then ESTABLISHED.
const shigushanBranch = demoId("branch", "仙安石鼓山小区党支部");
const NEXT: Record<string, string> = { NEW: "COVERED", COVERED: "MATURE", MATURE: "ESTABLISHED" };

// Practical projects are registered in 东门顺安 (东门社区, 东门顺安小区党支部); each attempt gets a fresh one.
const dongmen = demoId("estate", "东门顺安");
const projectTarget = {
  estate: dongmen,
  branch: demoId("branch", "东门顺安小区党支部"),
  community: demoId("community", "东门社区"),
};
const PROJECT_WRITERS: PersonaName[] = ["party_admin", "branch_secretary_own"];
/** A client-chosen project id per attempt, so that setup can move the project it registers. */
const projectId = (attempt: number, lane = 0) =>
  `0000${lane}000-0000-4000-9000-${attempt.toString(16).padStart(12, "0")}`;
const projectInput = (id: string, attempt: number) => ({
  id,
  estateId: dongmen,
  title: `加装休闲座椅 ${attempt}`,
  description: "在中心花园加装 6 张休闲座椅。",
  year: 2025,
});
/** Setup as the observer: a fresh project, PLANNED or already IN_PROGRESS (one document's fields run in order). */
const projectSetup =
  (started: boolean) =>
  (attempt: number): Operation => ({
    query: started
      ? `mutation ($input: CreatePracticalProjectInput!, $id: ID!) {
          p: createPracticalProject(input: $input) { id }
          s: updatePracticalProjectProgress(input: { projectId: $id, progress: 50 }) { id }
        }`
      : `mutation ($input: CreatePracticalProjectInput!) { p: createPracticalProject(input: $input) { id } }`,
    variables: started
      ? { input: projectInput(projectId(attempt), attempt), id: projectId(attempt) }
      : { input: projectInput(projectId(attempt), attempt) },
  });
const projectReadBack = (setup: SetupData): Operation => ({
  query: `query ($id: ID!) { practicalProject(id: $id) { status progress completedOn history { to } } }`,
  variables: { id: setup.p.id },
});
const projectMove = (mutation: string, inputType: string, started: boolean, input: Record<string, unknown>) => ({
  mutation,
  subgraph: "party" as const,
  target: projectTarget,
  setup: projectSetup(started),
  operation: (_attempt: number, setup: SetupData): Operation => ({
    query: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id status } }`,
    variables: { input: { projectId: setup.p.id, ...input } },
  }),
  allowed: PROJECT_WRITERS,
  readBack: projectReadBack,
});

// Deliberation in 木兰滨河 (木兰社区, 木兰滨河小区党支部): meetings and house rules; each attempt a fresh rule.
const deliberationTarget = disputeTarget;
const ESTATE_WORKERS: PersonaName[] = ["party_admin", "branch_secretary_own", "community_worker_own"];
const meetingInput = (attempt: number) => ({
  estateId: mulan,
  heldOn: "2024-03-15",
  topic: `电动车集中充电棚选址 ${attempt}`,
  participants: [
    { kind: "PARTY_BRANCH", id: disputeTarget.branch },
    { kind: "OWNERS_COMMITTEE", name: "木兰滨河业委会" },
  ],
  minutes: "各方就充电棚选址充分讨论。",
  decisions: ["充电棚建在 6 幢北侧空地"],
});
/** A client-chosen house rule id per attempt, so that setup can move the rule it proposes. */
const houseRuleId = (attempt: number, lane = 0) =>
  `0000${lane}000-0000-4000-a000-${attempt.toString(16).padStart(12, "0")}`;
const houseRuleInput = (id: string, attempt: number) => ({
  id,
  estateId: mulan,
  title: `文明养犬公约 ${attempt}`,
  text: "遛狗拴绳，及时清理。",
  quorum: { numerator: 1, denominator: 2 },
  approval: { numerator: 1, denominator: 2 },
});
/** Setup as the observer: a fresh house rule, PROPOSED or already VOTING. */
const houseRuleSetup =
  (voting: boolean) =>
  (attempt: number): Operation => ({
    query: voting
      ? `mutation ($input: ProposeHouseRuleInput!, $id: ID!) {
          h: proposeHouseRule(input: $input) { id }
          o: openHouseRuleVote(input: { ruleId: $id }) { id }
        }`
      : `mutation ($input: ProposeHouseRuleInput!) { h: proposeHouseRule(input: $input) { id } }`,
    variables: voting
      ? { input: houseRuleInput(houseRuleId(attempt), attempt), id: houseRuleId(attempt) }
      : { input: houseRuleInput(houseRuleId(attempt), attempt) },
  });
const houseRuleReadBack = (setup: SetupData): Operation => ({
  query: `query ($id: ID!) { houseRule(id: $id) { status votesCast votesFor history { to } } }`,
  variables: { id: setup.h.id },
});
const houseRuleMove = (
  mutation: string,
  voting: boolean,
  allowed: PersonaName[],
  extra: Record<string, unknown> = {},
) => ({
  mutation,
  subgraph: "party" as const,
  target: deliberationTarget,
  setup: houseRuleSetup(voting),
  operation: (_attempt: number, setup: SetupData): Operation => ({
    query: `mutation ($input: ${mutation === "castHouseRuleVote" ? "CastHouseRuleVoteInput" : "HouseRuleTransitionInput"}!) {
      ${mutation}(input: $input) { __typename }
    }`,
    variables: { input: { ruleId: setup.h.id, ...extra } },
  }),
  allowed,
  readBack: houseRuleReadBack,
});

// Living rooms: one per estate, so each allowed creation needs an estate without one. The setup finds
// the first free estate of this list; party_admin (earlier in PERSONAS) takes the two outside the
// joint branch, branch_secretary_own then the joint branch's own two. Refused attempts change nothing.
const jointBranch = demoId("branch", "洪桥社区小区联合党支部");
const ROOMLESS = ["木兰乐园", "兰鑫花园", "洪桥花苑", "洪桥新村"].map((name) => demoId("estate", name));
const roomlessReadBack: Operation = {
  query: `query ($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
    a: estate(id: $a) { livingRoom { id } } b: estate(id: $b) { livingRoom { id } }
    c: estate(id: $c) { livingRoom { id } } d: estate(id: $d) { livingRoom { id } }
  }`,
  variables: { a: ROOMLESS[0], b: ROOMLESS[1], c: ROOMLESS[2], d: ROOMLESS[3] },
};
const dongmenRoom = demoId("livingRoom", "东门顺安");

/** The party organization's mutations. */
// 两评两议两公开 of 李美玲 (in service, 木兰滨河); 党员之星 for 陈秀英 (in service, 南桥锦福家园).
const xiuying = demoId("member", "南桥锦福家园/陈秀英");
/** A client-chosen record id per attempt and lane, so that setup can verify what it records. */
const evaluationId = (attempt: number, lane = 0) =>
  `0000${lane}000-0000-4000-a000-${attempt.toString(16).padStart(12, "0")}`;
/** A year per attempt (2000–2024): the allowed attempts of one case never share one. */
const starYear = (attempt: number) => 2000 + (attempt % 25);
const evaluationInput = (memberId: string, estateId: string, period: string, text: string) => ({
  memberId,
  estateId,
  kind: "COMMITMENT_DISCLOSURE",
  period,
  text,
  recordedOn: "2024-12-01",
});
// Grid posts of 吴建平 (木兰滨河, its branch): a fresh area per attempt.
const jianping = demoId("member", "木兰滨河/吴建平");
const gridPostInput = (area: string) => ({
  memberId: jianping,
  estateId: mulan,
  role: "BUILDING_CHIEF",
  area,
  since: "2024-01-01",
});
const gridPostsReadBack: Operation = {
  query: `query ($id: ID!) { partyMember(id: $id) { gridPosts(includeEnded: true) { id endedOn } } }`,
  variables: { id: jianping },
};

export const partyCases: AuthorizationCase[] = [
  {
    mutation: "updatePartyMemberContact",
    subgraph: "party",
    target: { branch: member.branchId, estate: estate.id, community: estate.communityId },
    operation: (attempt) => ({
      query: `mutation ($input: UpdatePartyMemberContactInput!) { updatePartyMemberContact(input: $input) { id } }`,
      variables: { input: { memberId: member.id, address: `仙游县鲤城街道木兰滨河路 9 号 2 幢 ${attempt}号` } },
    }),
    allowed: ["party_admin", "branch_secretary_own"],
    readBack: {
      query: `query ($id: ID!) { partyMember(id: $id) { name address(purpose: "authorization matrix") } }`,
      variables: { id: member.id },
    },
  },
  {
    mutation: "reportProblem",
    subgraph: "party",
    target: problemTarget,
    operation: (attempt) => ({
      query: `mutation ($input: ReportProblemInput!) { reportProblem(input: $input) { id status } }`,
      variables: {
        input: {
          id: problemId(attempt, 1),
          estateId: nanqiao,
          category: "FACILITY_DAMAGE",
          text: `单元门禁损坏 ${attempt}`,
          reporterName: "李先生",
        },
      },
    }),
    allowed: ["party_admin", "branch_secretary_own", "resident_own"],
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { problemWall(first: 1) { edges { node { id } } } } }`,
      variables: { id: nanqiao },
    },
  },
  transition("acceptProblem", "ProblemTransitionInput", [], HANDLER),
  transition("rejectProblem", "RejectProblemInput", [], HANDLER, (setup) => ({
    problemId: setup.r.id,
    reason: "属于公共道路，转交交警",
  })),
  {
    ...transition("markProblemDuplicate", "MarkProblemDuplicateInput", [], HANDLER),
    // Two fresh problems: the second repeats the first.
    setup: (attempt) => ({
      query: `mutation ($id: ID!, $original: ID!, $estate: ID!) {
        o: reportProblem(input: { id: $original, estateId: $estate, category: PARKING, text: "车库入口被占", reporterName: "王" }) { id }
        r: reportProblem(input: { id: $id, estateId: $estate, category: PARKING, text: "车库入口又被占", reporterName: "赵" }) { id }
      }`,
      variables: { id: problemId(attempt), original: problemId(attempt, 2), estate: nanqiao },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: MarkProblemDuplicateInput!) { markProblemDuplicate(input: $input) { id status } }`,
      variables: { input: { problemId: setup.r.id, duplicateOfId: setup.o.id } },
    }),
  },
  transition("assignProblem", "AssignProblemInput", ["accept"], HANDLER),
  transition("startProblem", "ProblemTransitionInput", ["accept", "assign"], HANDLER_OR_COMPANY),
  transition("resolveProblem", "ResolveProblemInput", ["accept", "assign", "start"], HANDLER_OR_COMPANY, (setup) => ({
    problemId: setup.r.id,
    note: "已施划停车线",
  })),
  transition(
    "answerProblem",
    "AnswerProblemInput",
    ["accept", "assign", "start", "resolve"],
    HANDLER_OR_COMPANY,
    (setup) => ({ problemId: setup.r.id, answer: "入口已恢复畅通。" }),
  ),
  transition(
    "rateProblemAnswer",
    "RateProblemAnswerInput",
    ["accept", "assign", "start", "resolve", "answer"],
    ["resident_own"],
    (setup) => ({ problemId: setup.r.id, rating: 5 }),
    "resident_own",
  ),
  {
    mutation: "advanceBranchStage",
    subgraph: "party",
    target: {
      branch: shigushanBranch,
      estate: demoId("estate", "仙安石鼓山"),
      community: demoId("community", "仙安社区"),
    },
    setup: () => ({
      query: `query ($id: ID!) { partyBranch(id: $id) { stage } }`,
      variables: { id: shigushanBranch },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: AdvanceBranchStageInput!) { advanceBranchStage(input: $input) { stage } }`,
      variables: {
        input: {
          branchId: shigushanBranch,
          to: NEXT[setup.partyBranch.stage] ?? "ESTABLISHED",
          reachedOn: new Date().toISOString().slice(0, 10),
        },
      },
    }),
    allowed: ["party_admin"],
    readBack: {
      query: `query ($id: ID!) { partyBranch(id: $id) { stage coveredOn maturedOn establishedOn stageHistory { to } } }`,
      variables: { id: shigushanBranch },
    },
  },
  {
    mutation: "registerDispute",
    subgraph: "party",
    target: disputeTarget,
    operation: (attempt) => registerDispute(attempt),
    allowed: DISPUTE_READERS,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { disputes(first: 1) { edges { node { id } } } } }`,
      variables: { id: mulan },
    },
  },
  {
    mutation: "recordMediationSession",
    subgraph: "party",
    target: disputeTarget,
    setup: registerDispute,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id status } }`,
      variables: { input: { disputeId: setup.registerDispute.id, heldOn: "2024-05-10", notes: "双方到睦邻客厅协商" } },
    }),
    allowed: DISPUTE_READERS,
    readBack: disputeReadBack,
  },
  {
    mutation: "concludeDispute",
    subgraph: "party",
    target: disputeTarget,
    setup: registerDispute,
    operation: (_attempt, setup) => ({
      query: `mutation ($input: ConcludeDisputeInput!) { concludeDispute(input: $input) { id status } }`,
      variables: {
        input: { disputeId: setup.registerDispute.id, conclusion: "WITHDRAWN", outcome: "双方自行和解，撤回申请" },
      },
    }),
    allowed: DISPUTE_READERS,
    readBack: disputeReadBack,
  },
  {
    mutation: "createPracticalProject",
    subgraph: "party",
    target: projectTarget,
    operation: (attempt) => ({
      query: `mutation ($input: CreatePracticalProjectInput!) { createPracticalProject(input: $input) { id } }`,
      variables: { input: projectInput(projectId(attempt, 1), attempt) },
    }),
    allowed: PROJECT_WRITERS,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { practicalProjects(first: 1) { edges { node { id } } } } }`,
      variables: { id: dongmen },
    },
  },
  projectMove("updatePracticalProjectProgress", "UpdatePracticalProjectProgressInput", false, { progress: 20 }),
  projectMove("completePracticalProject", "CompletePracticalProjectInput", true, { completedOn: "2025-06-30" }),
  {
    mutation: "recordDeliberationMeeting",
    subgraph: "party",
    target: deliberationTarget,
    operation: (attempt) => ({
      query: `mutation ($input: RecordDeliberationMeetingInput!) { recordDeliberationMeeting(input: $input) { id } }`,
      variables: { input: meetingInput(attempt) },
    }),
    allowed: ESTATE_WORKERS,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { deliberationMeetings(first: 1) { edges { node { id } } } } }`,
      variables: { id: mulan },
    },
  },
  {
    mutation: "proposeHouseRule",
    subgraph: "party",
    target: deliberationTarget,
    operation: (attempt) => ({
      query: `mutation ($input: ProposeHouseRuleInput!) { proposeHouseRule(input: $input) { id } }`,
      variables: { input: houseRuleInput(houseRuleId(attempt, 1), attempt) },
    }),
    allowed: ESTATE_WORKERS,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { houseRules(first: 1) { edges { node { id } } } } }`,
      variables: { id: mulan },
    },
  },
  houseRuleMove("openHouseRuleVote", false, ESTATE_WORKERS),
  houseRuleMove("castHouseRuleVote", true, ["resident_own"], { choice: "FOR" }),
  houseRuleMove("closeHouseRuleVote", true, ESTATE_WORKERS),
  {
    // The observer reads who the secretary is; each attempt names the other of two members of the branch.
    mutation: "setBranchSecretary",
    subgraph: "party",
    target: {
      branch: shigushanBranch,
      estate: demoId("estate", "仙安石鼓山"),
      community: demoId("community", "仙安社区"),
    },
    setup: () => ({
      query: `query ($id: ID!) { partyBranch(id: $id) { secretary { id } } }`,
      variables: { id: shigushanBranch },
    }),
    operation: (_attempt, setup) => {
      const [first, second] = [demoId("member", "仙安石鼓山/王永福"), demoId("member", "仙安石鼓山/陈阿娇")];
      return {
        query: `mutation ($input: SetBranchSecretaryInput!) { setBranchSecretary(input: $input) { id } }`,
        variables: {
          input: {
            branchId: shigushanBranch,
            memberId: setup.partyBranch.secretary?.id === first ? second : first,
            background: "RETIRED_CADRE",
          },
        },
      };
    },
    allowed: ["party_admin"],
    readBack: {
      query: `query ($id: ID!) { partyBranch(id: $id) { secretaryBackground secretary { id } } }`,
      variables: { id: shigushanBranch },
    },
  },
  {
    mutation: "createLivingRoom",
    subgraph: "party",
    target: { branch: jointBranch, estate: ROOMLESS[2], community: demoId("community", "洪桥社区") },
    setup: () => roomlessReadBack,
    operation: (attempt, setup) => {
      const free = ["a", "b", "c", "d"].findIndex((key) => setup[key].livingRoom === null);
      return {
        query: `mutation ($input: CreateLivingRoomInput!) { createLivingRoom(input: $input) { id } }`,
        variables: {
          input: {
            estateId: ROOMLESS[free === -1 ? 3 : free],
            name: `睦邻客厅 ${attempt}`,
            openedOn: "2023-05-01",
            functions: ["PARTY_ACTIVITIES"],
          },
        },
      };
    },
    allowed: PROJECT_WRITERS,
    readBack: roomlessReadBack,
  },
  {
    mutation: "updateLivingRoom",
    subgraph: "party",
    target: projectTarget,
    operation: (attempt) => ({
      query: `mutation ($input: UpdateLivingRoomInput!) { updateLivingRoom(input: $input) { id } }`,
      variables: { input: { livingRoomId: dongmenRoom, name: `东门顺安睦邻客厅 ${attempt}` } },
    }),
    allowed: PROJECT_WRITERS,
    readBack: {
      query: `query ($id: ID!) { livingRoom(id: $id) { name functions } }`,
      variables: { id: dongmenRoom },
    },
  },
  {
    // Routes 南桥锦福家园's OTHER problems (no other case raises one) to a fresh unit id per attempt.
    mutation: "setProblemRoutingRule",
    subgraph: "party",
    target: problemTarget,
    operation: (attempt) => ({
      query: `mutation ($input: SetProblemRoutingRuleInput!) { setProblemRoutingRule(input: $input) { category } }`,
      variables: {
        input: {
          estateId: nanqiao,
          category: "OTHER",
          responsible: { kind: "UNIT", id: `0000b000-0000-4000-8000-${attempt.toString(16).padStart(12, "0")}` },
        },
      },
    }),
    allowed: HANDLER,
    readBack: {
      query: `query ($id: ID!) { estate(id: $id) { problemRoutingRules { category responsible { ... on Unit { id } } } } }`,
      variables: { id: nanqiao },
    },
  },
  {
    mutation: "recordEvaluation",
    subgraph: "party",
    target: disputeTarget,
    operation: (attempt) => ({
      query: `mutation ($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }`,
      variables: { input: evaluationInput(member.id, mulan, "2002", `矩阵评议 ${attempt}`) },
    }),
    allowed: PROJECT_WRITERS,
    readBack: {
      query: `query ($id: ID!) { partyMember(id: $id) { evaluations(first: 100) { edges { node { id } } } } }`,
      variables: { id: member.id },
    },
  },
  {
    // Setup records a fresh unverified 2001 record of 李美玲; a verification shows in her 2001 index.
    mutation: "verifyEvaluation",
    subgraph: "party",
    target: disputeTarget,
    setup: (attempt) => ({
      query: `mutation ($input: RecordEvaluationInput!) { r: recordEvaluation(input: $input) { id } }`,
      variables: {
        input: { ...evaluationInput(member.id, mulan, "2001", `待核实 ${attempt}`), id: evaluationId(attempt) },
      },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($id: ID!) { verifyEvaluation(input: { recordId: $id }) { id } }`,
      variables: { id: setup.r.id },
    }),
    allowed: PROJECT_WRITERS,
    readBack: {
      query: `query ($id: ID!) { partyMember(id: $id) { aspirationIndex(year: 2001) { verifiedRecords score } } }`,
      variables: { id: member.id },
    },
  },
  {
    // Setup gives 陈秀英 three verified 优秀 (30 points) in a year of her own per attempt, so each award qualifies.
    mutation: "awardPartyMemberStar",
    subgraph: "party",
    target: problemTarget,
    setup: (attempt) => {
      const year = starYear(attempt);
      const moves = [1, 2, 3]
        .map(
          (lane) => `r${lane}: recordEvaluation(input: { id: "${evaluationId(attempt, lane)}", memberId: $member,
            estateId: $estate, kind: ORGANIZATION_EVALUATION, period: "${year}", result: EXCELLENT,
            text: "矩阵 ${attempt}", recordedOn: "2024-12-01" }) { id }
          v${lane}: verifyEvaluation(input: { recordId: "${evaluationId(attempt, lane)}" }) { id }`,
        )
        .join("\n");
      return {
        query: `mutation ($member: ID!, $estate: ID!) { ${moves} }`,
        variables: { member: xiuying, estate: nanqiao },
      };
    },
    operation: (attempt) => ({
      query: `mutation ($input: AwardPartyMemberStarInput!) { awardPartyMemberStar(input: $input) { id } }`,
      variables: { input: { memberId: xiuying, year: starYear(attempt) } },
    }),
    allowed: PROJECT_WRITERS,
    readBack: {
      query: `query ($id: ID!) { partyMember(id: $id) { partyMemberStars { year } } }`,
      variables: { id: xiuying },
    },
  },
  {
    mutation: "assignGridPost",
    subgraph: "party",
    target: disputeTarget,
    operation: (attempt) => ({
      query: `mutation ($input: AssignGridPostInput!) { assignGridPost(input: $input) { id } }`,
      variables: { input: gridPostInput(`矩阵 ${attempt} 号楼`) },
    }),
    allowed: PROJECT_WRITERS,
    readBack: gridPostsReadBack,
  },
  {
    // Setup assigns a fresh post per attempt; the attempt ends it.
    mutation: "endGridPost",
    subgraph: "party",
    target: disputeTarget,
    setup: (attempt) => ({
      query: `mutation ($input: AssignGridPostInput!) { p: assignGridPost(input: $input) { id } }`,
      variables: { input: gridPostInput(`卸任 ${attempt} 号楼`) },
    }),
    operation: (_attempt, setup) => ({
      query: `mutation ($input: EndGridPostInput!) { endGridPost(input: $input) { id } }`,
      variables: { input: { postId: setup.p.id, endedOn: "2024-06-30" } },
    }),
    allowed: PROJECT_WRITERS,
    readBack: gridPostsReadBack,
  },
];
