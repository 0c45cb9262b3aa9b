import { demoId } from "./ids";
import type { DemoCounty } from "./types";

type PartySample = Pick<
  DemoCounty,
  | "secretaries"
  | "workUnits"
  | "workCoverage"
  | "gridPosts"
  | "evaluations"
  | "livingRooms"
  | "mediators"
  | "routingRules"
  | "practicalProjects"
>;

const member = (estateAndName: string) => demoId("member", estateAndName);
const branch = (name: string) => demoId("branch", name);
const estate = (name: string) => demoId("estate", name);
const unit = (name: string) => demoId("unit", name);

/**
 * The party organization's part of the sample beyond places, branches and members: who each
 * branch's secretary is (洪桥's joint branch a community worker, 南桥锦福家园 and 东门顺安 serving
 * cadres, 木兰乐园 a retired cadre), in-service members' work units, grid leaders, living rooms,
 * mediators and problem routing.
 */
export function partySample(): PartySample {
  return {
    secretaries: [
      {
        branchId: branch("南桥锦福家园小区党支部"),
        memberId: member("南桥锦福家园/陈秀英"),
        background: "SERVING_CADRE",
      },
      { branchId: branch("东门顺安小区党支部"), memberId: member("东门顺安/方振东"), background: "SERVING_CADRE" },
      // 吴建平 also chairs 木兰滨河's owners' committee (一肩挑, recorded by the property authority).
      { branchId: branch("木兰滨河小区党支部"), memberId: member("木兰滨河/吴建平"), background: "RETIRED_CADRE" },
      { branchId: branch("木兰乐园小区党支部"), memberId: member("木兰乐园/张金水"), background: "RETIRED_CADRE" },
      { branchId: branch("兰鑫花园小区党支部"), memberId: member("兰鑫花园/朱德明"), background: "SOCIAL_ORG_LEADER" },
      { branchId: branch("仙安石鼓山小区党支部"), memberId: member("仙安石鼓山/陈阿娇"), background: "OTHER" },
      {
        branchId: branch("洪桥社区小区联合党支部"),
        memberId: member("洪桥花苑/刘丽华"),
        background: "COMMUNITY_WORKER",
      },
    ],
    workUnits: [
      { memberId: member("南桥锦福家园/陈秀英"), unitId: unit("仙游县城市管理局") },
      { memberId: member("东门顺安/方振东"), unitId: unit("仙游县城市管理局") },
      { memberId: member("东门顺安/黄丽萍"), unitId: unit("顺安工程有限公司") },
      { memberId: member("木兰滨河/李美玲"), unitId: unit("全安消防技术有限公司") },
      { memberId: member("木兰乐园/徐晓燕"), unitId: unit("海通劳务派遣有限公司") },
      { memberId: member("洪桥新村/潘建国"), unitId: unit("顺安工程有限公司") },
    ],
    workCoverage: [
      { estateId: estate("南桥锦福家园"), since: "2020-05-04" },
      { estateId: estate("东门顺安"), since: "2020-06-18" },
      { estateId: estate("木兰滨河"), since: "2017-07-01" },
      { estateId: estate("木兰乐园"), since: "2021-03-12" },
      { estateId: estate("兰鑫花园"), since: "2021-09-30" },
      { estateId: estate("仙安石鼓山"), since: "2022-01-15" },
      { estateId: estate("洪桥花苑"), since: "2022-04-20" },
    ],
    gridPosts: [
      gridPost("南桥锦福家园/林志强", "南桥锦福家园", "BUILDING_CHIEF", "2 幢", "2020-09-01"),
      gridPost("木兰滨河/蔡文辉", "木兰滨河", "BUILDING_CHIEF", "4 幢", "2018-03-01"),
      gridPost("木兰滨河/李美玲", "木兰滨河", "STAIRWELL_CHIEF", "2 幢 1 单元", "2019-05-01"),
      gridPost("仙安石鼓山/王永福", "仙安石鼓山", "STAIRWELL_CHIEF", "8 号楼 1 单元", "2022-06-01"),
      gridPost("兰鑫花园/何瑞芳", "兰鑫花园", "LANE_CHIEF", "兰溪巷", "2021-11-01"),
      gridPost("洪桥新村/郭秋月", "洪桥新村", "LANE_CHIEF", "洪桥街 41 号巷", "2022-05-01"),
    ],
    // 两评两议两公开: 李美玲's 2024 records (with her stairwell post, an aspiration index of 30: a
    // star's threshold), a disclosure of 黄丽萍, and records on three embedded units.
    evaluations: [
      evaluation(
        "木兰滨河",
        { member: "木兰滨河/李美玲" },
        "ORGANIZATION_EVALUATION",
        "2024",
        "EXCELLENT",
        "认领 2 幢 1 单元楼道，全年组织消防安全宣讲 4 次。",
        "2024-12-20",
        "2025-01-05",
      ),
      evaluation(
        "木兰滨河",
        { member: "木兰滨河/李美玲" },
        "RESIDENT_EVALUATION",
        "2024",
        "GOOD",
        "居民评议：热心协调楼道杂物清理。",
        "2024-12-22",
        "2025-01-05",
      ),
      evaluation(
        "木兰滨河",
        { member: "木兰滨河/李美玲" },
        "COMMITMENT_DISCLOSURE",
        "2024",
        null,
        "承诺：每季度为本楼道居民开展一次消防检查。",
        "2024-02-01",
        "2024-02-03",
      ),
      evaluation(
        "东门顺安",
        { member: "东门顺安/黄丽萍" },
        "COMMITMENT_DISCLOSURE",
        "2024",
        null,
        "承诺：协助物业完成地面停车位重新施划。",
        "2024-03-01",
        null,
      ),
      evaluation(
        "南桥锦福家园",
        { unit: "全安消防技术有限公司" },
        "ORGANIZATION_EVALUATION",
        "2024",
        "EXCELLENT",
        "全年为小区免费开展消防设施检测两次。",
        "2024-12-18",
        "2024-12-28",
      ),
      evaluation(
        "南桥锦福家园",
        { unit: "全安消防技术有限公司" },
        "PERFORMANCE_DISCLOSURE",
        "2024",
        null,
        "成效公开：完成电动车集中充电点消防改造，配置灭火器 24 具。",
        "2024-11-30",
        "2024-12-02",
      ),
      evaluation(
        "东门顺安",
        { unit: "顺安工程有限公司" },
        "AFFAIRS_DELIBERATION",
        "2024-H1",
        null,
        "参与议事会，讨论地面停车位施划方案。",
        "2024-05-10",
        "2024-05-12",
      ),
      evaluation(
        "木兰乐园",
        { unit: "海通劳务派遣有限公司" },
        "RESIDENT_EVALUATION",
        "2023",
        "GOOD",
        "居民评议：为小区困难家庭提供就业岗位信息。",
        "2023-12-15",
        "2023-12-30",
      ),
    ],
    livingRooms: [
      livingRoom("木兰滨河", "2018-01-20", [
        "PARTY_ACTIVITIES",
        "DELIBERATION",
        "PROBLEM_WALL",
        "ECHO_WALL",
        "DISPUTE_MEDIATION",
        "RED_PROXY_DESK",
      ]),
      livingRoom("南桥锦福家园", "2020-10-01", [
        "PARTY_ACTIVITIES",
        "DELIBERATION",
        "PROBLEM_WALL",
        "ECHO_WALL",
        "DISPUTE_MEDIATION",
      ]),
      livingRoom("东门顺安", "2021-01-15", ["PARTY_ACTIVITIES", "PROBLEM_WALL", "ECHO_WALL", "RED_PROXY_DESK"]),
      livingRoom("仙安石鼓山", "2022-07-01", ["PARTY_ACTIVITIES", "DELIBERATION", "PROBLEM_WALL", "ECHO_WALL"]),
    ],
    mediators: [
      { id: demoId("mediator", "万和调解队"), name: "万和调解队", kind: "MEDIATION_TEAM" },
      { id: demoId("mediator", "木兰滨河评理团队"), name: "木兰滨河评理团队", kind: "JUDGMENT_PANEL" },
    ],
    routingRules: [
      route("南桥锦福家园", "PARKING", "PROPERTY_COMPANY", demoId("company", "嘉庆物业")),
      route("南桥锦福家园", "FACILITY_DAMAGE", "PROPERTY_COMPANY", demoId("company", "嘉庆物业")),
      route("南桥锦福家园", "EBIKE_CHARGING", "UNIT", unit("全安消防技术有限公司")),
      route("东门顺安", "PARKING", "PROPERTY_COMPANY", demoId("company", "顺安物业")),
      route("东门顺安", "FACILITY_DAMAGE", "PROPERTY_COMPANY", demoId("company", "顺安物业")),
      route("木兰滨河", "PARKING", "PROPERTY_COMPANY", demoId("company", "嘉庆物业")),
      route("木兰滨河", "OTHER", "VOLUNTEER_TEAM", demoId("team", "木兰社区学雷锋志愿服务队")),
      route("仙安石鼓山", "ILLEGAL_CONSTRUCTION", "UNIT", unit("仙游县城市管理局")),
    ],
    practicalProjects: [
      project(
        "木兰滨河",
        "加装电动车充电桩",
        "在 4 幢、6 幢架空层加装 40 个智能充电口，杜绝飞线充电。",
        2024,
        "DONE",
        "2024-06-28",
      ),
      project(
        "南桥锦福家园",
        "楼道照明改造",
        "全部楼道更换声控 LED 灯，由在职党员认领楼栋。",
        2024,
        "DONE",
        "2024-04-15",
      ),
      project(
        "东门顺安",
        "地面停车位重新施划",
        "重新施划地面停车位并设置消防通道标识。",
        2025,
        "IN_PROGRESS",
        null,
        60,
      ),
      project("仙安石鼓山", "老旧水管更换", "更换 8 号楼、9 号楼老化供水管。", 2025, "PLANNED", null),
    ],
  };
}

function project(
  estateName: string,
  title: string,
  description: string,
  year: number,
  status: DemoCounty["practicalProjects"][number]["status"],
  completedOn: string | null,
  progress = status === "DONE" ? 100 : 0,
): DemoCounty["practicalProjects"][number] {
  return {
    id: demoId("practicalProject", `${estateName}/${year}/${title}`),
    estateId: estate(estateName),
    title,
    description,
    year,
    progress,
    status,
    completedOn,
  };
}

function gridPost(
  memberKey: string,
  estateName: string,
  role: DemoCounty["gridPosts"][number]["role"],
  area: string,
  since: string,
): DemoCounty["gridPosts"][number] {
  return {
    id: demoId("gridPost", `${estateName}/${role}/${area}`),
    memberId: member(memberKey),
    estateId: estate(estateName),
    role,
    area,
    since,
  };
}

function evaluation(
  estateName: string,
  subject: { member: string } | { unit: string },
  kind: DemoCounty["evaluations"][number]["kind"],
  period: string,
  result: DemoCounty["evaluations"][number]["result"],
  text: string,
  recordedOn: string,
  verifiedOn: string | null,
): DemoCounty["evaluations"][number] {
  const subjectKey = "member" in subject ? subject.member : subject.unit;
  return {
    id: demoId("evaluation", `${estateName}/${subjectKey}/${kind}/${period}`),
    memberId: "member" in subject ? member(subject.member) : null,
    unitId: "unit" in subject ? unit(subject.unit) : null,
    estateId: estate(estateName),
    kind,
    period,
    result,
    text,
    recordedOn,
    verifiedOn,
  };
}

function livingRoom(
  estateName: string,
  openedOn: string,
  functions: DemoCounty["livingRooms"][number]["functions"],
): DemoCounty["livingRooms"][number] {
  return {
    id: demoId("livingRoom", estateName),
    estateId: estate(estateName),
    name: `${estateName}睦邻客厅`,
    openedOn,
    functions,
  };
}

function route(
  estateName: string,
  category: DemoCounty["routingRules"][number]["category"],
  responsibleKind: DemoCounty["routingRules"][number]["responsibleKind"],
  responsibleId: string,
): DemoCounty["routingRules"][number] {
  return {
    id: demoId("routingRule", `${estateName}/${category}`),
    estateId: estate(estateName),
    category,
    responsibleKind,
    responsibleId,
  };
}
