import { demoId } from "./ids";
import { type Random, seededRandom, syntheticPerson } from "./people";
import { sampleCounty } from "./sample";
import type { DemoCounty } from "./types";

/**
 * The report's figures (domain.md, "Figures the demo data must reproduce"). `xianyouCounty()`
 * reproduces each of them exactly; the overview query computes them back from the data.
 */
export const REPORT_FIGURES = {
  /** 参与的镇街 — towns and subdistricts with at least one estate party branch. */
  subdistrictsTakingPart: 6,
  /** 邻里中心成员单位 — distinct units that are members of a neighbourhood center. */
  centerMemberUnits: 24,
  /** "党建+"邻里中心. */
  neighborhoodCenters: 11,
  /** 民生高频事项 moved into the centers (each center's items). */
  highFrequencyServiceItems: 77,
  /** 驻区单位 joined to estates' big branches, and the estates they joined. */
  embeddedUnits: 25,
  estatesWithEmbeddedUnits: 59,
  /** 小区党支部. */
  estatePartyBranches: 62,
  /** 两个覆盖 — estates with both organization and work coverage. */
  estatesWithBothCoverages: 140,
  /** 党员楼栋长、楼道长、街巷长. */
  gridLeaders: 109,
  /** 小区党员志愿者队伍. */
  volunteerTeams: 18,
  /** 书记 by background: 在任党员干部 / 退休党员干部 / 社区工作者. */
  secretariesServingCadres: 8,
  secretariesRetiredCadres: 10,
  secretariesCommunityWorkers: 15,
  /** 睦邻客厅. */
  livingRooms: 17,
  /** 新年开门办一件实事 done. */
  practicalProjectsDone: 48,
  /** 问题 collected and solved (resolved, answered or closed). */
  problemsSolved: 576,
  /** 矛盾纠纷 mediated to a settlement. */
  disputesMediated: 135,
  /** 红色代办 categories. */
  redProxyCategories: 4,
  /** 邻里中心服务事项 kinds moved down to the living rooms. */
  serviceKindsMovedDown: 15,
  /** 在职党员 who claimed service posts. */
  inServiceMembersClaimingPosts: 176,
} as const;

type Estate = DemoCounty["estates"][number];
type Branch = DemoCounty["branches"][number];
type Member = DemoCounty["members"][number];
type Problem = DemoCounty["problems"][number];
type Dispute = DemoCounty["disputes"][number];

const SOLVED = new Set(["RESOLVED", "ANSWERED", "CLOSED"]);

/** How many of a kind the base county already has, so the filler adds exactly the rest. */
function deficit(target: number, have: number, what: string): number {
  if (have > target) throw new Error(`the sample already has ${have} ${what}, more than the report's ${target}`);
  return target - have;
}

const NEW_PLACES: { subdistrict: string; kind: "TOWN" | "SUBDISTRICT"; communities: string[] }[] = [
  {
    subdistrict: "鲤城街道",
    kind: "SUBDISTRICT",
    communities: ["紫泽社区", "潭边社区", "解放社区", "北门社区", "西门社区", "城南社区"],
  },
  { subdistrict: "鲤南镇", kind: "TOWN", communities: ["鲤南社区"] },
  { subdistrict: "枫亭镇", kind: "TOWN", communities: ["枫亭社区", "霞街社区"] },
  { subdistrict: "榜头镇", kind: "TOWN", communities: ["榜头社区", "坝下社区"] },
  { subdistrict: "郊尾镇", kind: "TOWN", communities: ["郊尾社区"] },
  { subdistrict: "度尾镇", kind: "TOWN", communities: ["度尾社区"] },
];
/** A town of the county whose estates have no branch yet: it does not take part. */
const NOT_TAKING_PART = { subdistrict: "赖店镇", community: "赖店社区", estates: ["赖店圩新村", "赖店溪滨小区"] };
const HONGQIAO_NEW_ESTATES = ["洪桥雅居", "洪桥锦苑", "洪桥东区", "洪桥南苑"];

const ESTATE_PREFIXES = [..."金银华鼎福兴鑫盛丰泰安康宏锦龙凤德仁和"];
const ESTATE_SUFFIXES = ["花园", "新村", "家园", "名苑", "雅居", "华庭", "公寓", "小区", "嘉园", "佳苑"];

const COMPANY_NAMES = ["鑫诚物业", "万家物业", "兴安物业", "鼎盛物业", "福泰物业", "佳园物业"];
const UNIT_NAMES: [string, DemoCounty["units"][number]["kind"]][] = [
  ["仙游县人民医院", "HOSPITAL"],
  ["仙游县中医院", "HOSPITAL"],
  ["仙游第一中学", "SCHOOL"],
  ["仙游县实验小学", "SCHOOL"],
  ["仙游县公安局城关派出所", "AGENCY"],
  ["仙游县市场监督管理局", "AGENCY"],
  ["仙游县人力资源和社会保障局", "AGENCY"],
  ["仙游县司法局", "AGENCY"],
  ["国网仙游县供电公司", "COMPANY"],
  ["仙游县自来水公司", "COMPANY"],
  ["中国移动仙游分公司", "COMPANY"],
  ["仙游农村商业银行", "COMPANY"],
  ["仙游县红木家具协会", "SOCIAL_ORGANIZATION"],
  ["仙游县义工联合会", "SOCIAL_ORGANIZATION"],
  ["兴业银行仙游支行", "COMPANY"],
  ["仙游县燃气有限公司", "COMPANY"],
  ["仙游县邮政分公司", "COMPANY"],
  ["仙游县第二医院", "HOSPITAL"],
  ["仙游县律师协会", "SOCIAL_ORGANIZATION"],
  ["仙游县消防救援大队", "AGENCY"],
  ["鲤城中心小学", "SCHOOL"],
];
const CATEGORY_WEIGHTS: Problem["category"][] = [
  ...Array<Problem["category"]>(7).fill("PARKING"),
  ...Array<Problem["category"]>(6).fill("FACILITY_DAMAGE"),
  ...Array<Problem["category"]>(3).fill("ILLEGAL_CONSTRUCTION"),
  ...Array<Problem["category"]>(4).fill("EBIKE_CHARGING"),
  ...Array<Problem["category"]>(2).fill("OTHER"),
];
const STREETS = ["学府", "县府", "八二一", "东门", "南桥", "木兰", "城西", "解放"];
const CENTER_NAMES = ["东门", "洪桥", "城南", "枫亭", "榜头", "郊尾", "度尾"];
const HIGH_FREQUENCY_ITEMS = [
  "社保卡申领",
  "城乡居民医保参保登记",
  "城乡居民养老保险参保",
  "居住证办理",
  "老年人优待证办理",
  "残疾人证办理",
  "最低生活保障申请",
  "临时救助申请",
  "生育登记",
  "就业登记",
  "失业登记",
  "灵活就业人员参保",
  "住房公积金查询",
  "高龄津贴申领",
  "水电燃气缴费",
];
const MOVED_DOWN_KINDS = [
  "政策咨询",
  "健康体检预约",
  "家政服务预约",
  "法律咨询",
  "心理疏导",
  "代缴水电费",
  "老年人助餐",
  "儿童托管",
  "证明开具",
  "快递代收",
  "家电维修",
  "理发服务",
  "图书借阅",
  "就业信息发布",
  "反诈宣传",
];
const PROBLEM_TEXTS: Record<Problem["category"], string[]> = {
  PARKING: ["消防通道被私家车占用", "小区门口车辆乱停放", "地下车库出入口堵塞", "外来车辆长期占用车位"],
  FACILITY_DAMAGE: ["单元门禁损坏", "楼道灯不亮", "健身器材松动", "小区路面破损积水", "电梯按钮失灵"],
  ILLEGAL_CONSTRUCTION: ["顶楼违规加盖", "一楼住户私搭雨棚", "占用绿地搭建棚屋"],
  EBIKE_CHARGING: ["电动车在楼道充电", "飞线充电存在隐患", "集中充电桩数量不足"],
  OTHER: ["垃圾清运不及时", "广场舞噪音扰民", "宠物粪便无人清理", "楼上漏水"],
};
const DISPUTE_TOPICS = [
  "楼上漏水纠纷",
  "相邻通行纠纷",
  "噪音扰民纠纷",
  "物业费缴纳纠纷",
  "车位使用纠纷",
  "装修损坏纠纷",
];
const PROJECT_TITLES = [
  "增设电动车集中充电棚",
  "老旧楼道照明改造",
  "小区健身广场修缮",
  "加装单元门禁",
  "雨污管网疏通",
  "增设休闲座椅",
  "垃圾分类亭改造",
  "楼道消防器材更新",
];

const iso = (year: number, month: number, day: number, hour = 9) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8)).toISOString();
const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const addHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

/**
 * 仙游县 as the report describes it: the sample's named places, branches, companies and units,
 * filled with synthetic estates, branches, members, problems, disputes, units, centers, teams and
 * claims until every figure of `REPORT_FIGURES` holds exactly. Deterministic: the same call gives
 * the same ids, so loading it twice leaves one copy of everything.
 */
export function xianyouCounty(): DemoCounty {
  const county = sampleCounty();
  const random = seededRandom(2023);
  const filler = new CountyFiller(county, random);
  filler.addPlaces();
  filler.addBranches();
  filler.addGridLeaders();
  filler.addLivingRooms();
  filler.addPracticalProjects();
  filler.addProblems();
  filler.addDisputes();
  filler.addProperty();
  filler.addUnitsAndCenters();
  filler.addTeamsAndClaims();
  return county;
}

class CountyFiller {
  /** Estates that get both coverages, with a branch; the pool for every estate-level record. */
  private readonly branchEstates: Estate[] = [];
  private readonly newEstates: Estate[] = [];
  private memberCount = 0;

  constructor(
    private readonly county: DemoCounty,
    private readonly random: Random,
  ) {}

  private estateNamed(name: string): Estate {
    const found = this.county.estates.find((e) => e.name === name);
    if (!found) throw new Error(`no estate ${name}`);
    return found;
  }

  private branchOf(estateId: string): Branch | undefined {
    return this.county.branches.find((b) => b.estateIds.includes(estateId));
  }

  private newMember(estate: Estate, kind: Member["kind"], branchId: string | null): Member {
    this.memberCount += 1;
    const person = syntheticPerson(this.random);
    const building = this.random.int(1, 12);
    const member: Member = {
      id: demoId("member", `${estate.name}/合成党员${this.memberCount}`),
      name: person.name,
      kind,
      phone: person.phone,
      idNumber: person.idNumber,
      address: `${estate.address} ${building} 幢 ${this.random.int(1, 18)}0${this.random.int(1, 4)} 室`,
      estateId: estate.id,
      branchId,
    };
    this.county.members.push(member);
    return member;
  }

  private newEstate(communityName: string, name: string, index: number, type?: Estate["type"]): Estate {
    const estateType: Estate["type"] =
      type ?? (["HIGH_RISE_MANAGED", "HIGH_RISE_MANAGED", "MIXED_USE_MANAGED", "OPEN_UNMANAGED"] as const)[index % 4]!;
    const estate: Estate = {
      id: demoId("estate", name),
      communityId: demoId("community", communityName),
      name,
      type: estateType,
      resettlement: estateType === "OPEN_UNMANAGED" && index % 12 === 3,
      households: this.random.int(80, 900),
      address: `仙游县${communityName.replace("社区", "")}路 ${index + 1} 号`,
      governanceModel: null,
    };
    this.county.estates.push(estate);
    this.newEstates.push(estate);
    return estate;
  }

  /**
   * Subdistricts, communities and estates: 洪桥社区 grows to six estates, every new community gets
   * estates of each type, and 赖店镇 has estates no branch covers yet.
   */
  addPlaces(): void {
    const { county } = this;
    for (const place of [
      ...NEW_PLACES,
      { subdistrict: NOT_TAKING_PART.subdistrict, kind: "TOWN" as const, communities: [NOT_TAKING_PART.community] },
    ]) {
      const subdistrictId = demoId("subdistrict", place.subdistrict);
      if (!county.subdistricts.some((s) => s.id === subdistrictId)) {
        county.subdistricts.push({ id: subdistrictId, name: place.subdistrict, kind: place.kind });
      }
      for (const community of place.communities) {
        county.communities.push({ id: demoId("community", community), subdistrictId, name: community });
      }
    }
    HONGQIAO_NEW_ESTATES.forEach((name, i) => {
      this.newEstate("洪桥社区", name, i, "HIGH_RISE_MANAGED");
    });
    const communities = NEW_PLACES.flatMap((p) => p.communities);
    const have = county.estates.filter(
      (e) => county.workCoverage.some((w) => w.estateId === e.id) && this.branchOf(e.id),
    ).length;
    // The 洪桥 estates get both coverages too (they join the community's joint branch below).
    const bothNeeded = deficit(
      REPORT_FIGURES.estatesWithBothCoverages,
      have + HONGQIAO_NEW_ESTATES.length,
      "estates with both coverages",
    );
    // Beyond those: two estates a new branch covers before party work reaches them, four that party work reaches without a branch.
    const total = bothNeeded + 2 + 4;
    const names = new Set(county.estates.map((e) => e.name));
    for (let i = 0; i < total; i += 1) {
      let name = "";
      do
        name = `${this.random.pick(ESTATE_PREFIXES)}${this.random.pick(ESTATE_PREFIXES)}${this.random.pick(ESTATE_SUFFIXES)}`;
      while (names.has(name));
      names.add(name);
      this.newEstate(communities[i % communities.length]!, name, i);
    }
    NOT_TAKING_PART.estates.forEach((name, i) => {
      this.newEstate(NOT_TAKING_PART.community, name, i, "OPEN_UNMANAGED");
    });
  }

  /** 62 branches in all: the sample's, plus standalone, joint and combined ones over the new estates. */
  addBranches(): void {
    const { county, random } = this;
    const hongqiao = county.branches.find((b) => b.name === "洪桥社区小区联合党支部");
    if (!hongqiao) throw new Error("no 洪桥 joint branch in the sample");
    for (const name of HONGQIAO_NEW_ESTATES) {
      const estate = this.estateNamed(name);
      hongqiao.estateIds.push(estate.id);
      county.workCoverage.push({ estateId: estate.id, since: "2022-04-20" });
    }
    const candidates = this.newEstates.filter(
      (e) => !HONGQIAO_NEW_ESTATES.includes(e.name) && !NOT_TAKING_PART.estates.includes(e.name),
    );
    const workOnly = candidates.slice(-4);
    const covered = candidates.slice(0, -4);
    const orgOnly = new Set(covered.slice(-2).map((e) => e.id));
    for (const estate of workOnly) county.workCoverage.push({ estateId: estate.id, since: "2023-03-01" });

    const branchCount = deficit(REPORT_FIGURES.estatePartyBranches, county.branches.length, "branches");
    // Sizes: standalone branches cover one estate, joint and combined ones several, adding up to every covered estate.
    const sizes: number[] = [];
    let remaining = covered.length;
    for (let i = 0; i < branchCount; i += 1) {
      const left = branchCount - i;
      const size =
        i === branchCount - 1
          ? remaining
          : Math.max(1, Math.min(remaining - (left - 1), i % 3 === 0 ? 1 : i % 3 === 1 ? 3 : 2));
      sizes.push(size);
      remaining -= size;
    }
    if (remaining !== 0 || sizes.some((s) => s < 1))
      throw new Error("could not share the covered estates among the branches");

    const backgrounds = this.secretaryBackgrounds(branchCount);
    const stages = ["NEW", "COVERED", "MATURE", "ESTABLISHED"] as const;
    let next = 0;
    sizes.forEach((size, i) => {
      const estates = covered.slice(next, next + size);
      next += size;
      const first = estates[0]!;
      const formation = size === 1 ? "STANDALONE" : i % 2 === 0 ? "JOINT" : "COMBINED";
      const name =
        size === 1
          ? `${first.name}小区党支部`
          : `${first.name}等${size}个小区${formation === "JOINT" ? "联合" : "兼合式"}党支部`;
      const year = random.int(2019, 2023);
      const foundedOn = date(year, random.int(1, 12), random.int(1, 28));
      const hasOrgOnly = estates.some((e) => orgOnly.has(e.id));
      const branch: Branch = {
        id: demoId("branch", name),
        name,
        formation,
        stage: hasOrgOnly ? "NEW" : stages[1 + (i % 3)]!,
        foundedOn,
        estateIds: estates.map((e) => e.id),
      };
      county.branches.push(branch);
      for (const estate of estates) {
        if (!orgOnly.has(estate.id)) county.workCoverage.push({ estateId: estate.id, since: foundedOn });
        this.branchEstates.push(estate);
      }
      const secretary = this.newMember(first, i % 4 === 0 ? "IN_SERVICE" : "REGISTERED", branch.id);
      county.secretaries.push({ branchId: branch.id, memberId: secretary.id, background: backgrounds[i]! });
      // A second member, so a branch is more than its secretary.
      this.newMember(estates[estates.length - 1]!, "REGISTERED", branch.id);
    });
    // The sample's covered estates are in the pool too.
    for (const branch of county.branches.slice(0, county.branches.length - branchCount)) {
      for (const id of branch.estateIds) this.branchEstates.push(county.estates.find((e) => e.id === id)!);
    }
  }

  /** The new branches' secretaries' backgrounds, so the county's totals are 8 / 10 / 15. */
  private secretaryBackgrounds(count: number): DemoCounty["secretaries"][number]["background"][] {
    const had = (background: string) => this.county.secretaries.filter((s) => s.background === background).length;
    const serving = deficit(REPORT_FIGURES.secretariesServingCadres, had("SERVING_CADRE"), "serving-cadre secretaries");
    const retired = deficit(REPORT_FIGURES.secretariesRetiredCadres, had("RETIRED_CADRE"), "retired-cadre secretaries");
    const workers = deficit(
      REPORT_FIGURES.secretariesCommunityWorkers,
      had("COMMUNITY_WORKER"),
      "community-worker secretaries",
    );
    const rest = count - serving - retired - workers;
    if (rest < 0) throw new Error("more secretaries by background than branches");
    type Background = DemoCounty["secretaries"][number]["background"];
    const list: Background[] = [
      ...Array<Background>(serving).fill("SERVING_CADRE"),
      ...Array<Background>(retired).fill("RETIRED_CADRE"),
      ...Array<Background>(workers).fill("COMMUNITY_WORKER"),
      ...Array.from({ length: rest }, (_, i): Background => (i % 3 === 0 ? "SOCIAL_ORG_LEADER" : "OTHER")),
    ];
    // Shuffled (deterministically), so no town gets all of one background.
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = this.random.int(0, i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }

  /** 109 grid leaders: building and stairwell chiefs in managed estates, lane chiefs in open ones. */
  addGridLeaders(): void {
    const { county } = this;
    const needed = deficit(REPORT_FIGURES.gridLeaders, county.gridPosts.length, "grid leaders");
    const pool = this.newEstates.filter((e) => this.branchOf(e.id));
    for (let i = 0; i < needed; i += 1) {
      const estate = pool[i % pool.length]!;
      const round = Math.floor(i / pool.length) + 1;
      const role = estate.type === "OPEN_UNMANAGED" ? "LANE_CHIEF" : i % 2 === 0 ? "BUILDING_CHIEF" : "STAIRWELL_CHIEF";
      const area =
        role === "LANE_CHIEF" ? `${round} 号巷` : role === "BUILDING_CHIEF" ? `${round} 幢` : `${round} 幢 1 单元`;
      const member = this.newMember(estate, "REGISTERED", this.branchOf(estate.id)?.id ?? null);
      county.gridPosts.push({
        id: demoId("gridPost", `${estate.name}/${role}/${area}`),
        memberId: member.id,
        estateId: estate.id,
        role,
        area,
        since: date(2022, (i % 12) + 1, 1),
      });
    }
  }

  /** 17 living rooms, one per estate at most. */
  addLivingRooms(): void {
    const { county } = this;
    const needed = deficit(REPORT_FIGURES.livingRooms, county.livingRooms.length, "living rooms");
    const taken = new Set(county.livingRooms.map((r) => r.estateId));
    const estates = this.newEstates.filter((e) => this.branchOf(e.id) && !taken.has(e.id)).slice(0, needed);
    estates.forEach((estate, i) => {
      county.livingRooms.push({
        id: demoId("livingRoom", estate.name),
        estateId: estate.id,
        name: `${estate.name}睦邻客厅`,
        openedOn: date(2022, (i % 12) + 1, 10),
        functions: [
          "PARTY_ACTIVITIES",
          "DELIBERATION",
          "PROBLEM_WALL",
          "ECHO_WALL",
          ...(i % 2 === 0 ? (["DISPUTE_MEDIATION", "RED_PROXY_DESK"] as const) : []),
        ],
      });
    });
  }

  /** 48 practical projects done, and some still planned or under way. */
  addPracticalProjects(): void {
    const { county } = this;
    const done = deficit(
      REPORT_FIGURES.practicalProjectsDone,
      county.practicalProjects.filter((p) => p.status === "DONE").length,
      "practical projects done",
    );
    const total = done + 12;
    for (let i = 0; i < total; i += 1) {
      const estate = this.branchEstates[(i * 3) % this.branchEstates.length]!;
      const title = PROJECT_TITLES[i % PROJECT_TITLES.length]!;
      const status = i < done ? "DONE" : i < done + 7 ? "IN_PROGRESS" : "PLANNED";
      county.practicalProjects.push({
        id: demoId("practicalProject", `${estate.name}/${title}/${i}`),
        estateId: estate.id,
        title,
        description: `${estate.name}${title}，由小区党支部牵头，物业和驻区单位共同落实。`,
        year: 2023,
        progress: status === "DONE" ? 100 : status === "IN_PROGRESS" ? 20 + (i % 7) * 10 : 0,
        status,
        completedOn: status === "DONE" ? date(2023, (i % 11) + 1, 15) : null,
      });
    }
  }

  /** The problem wall: 576 problems solved, and open, rejected and duplicate ones beside them. */
  addProblems(): void {
    const { county, random } = this;
    const solved = deficit(
      REPORT_FIGURES.problemsSolved,
      county.problems.filter((p) => SOLVED.has(p.status)).length,
      "problems solved",
    );
    const companyOf = new Map(county.contracts.filter((c) => c.endsOn === null).map((c) => [c.estateId, c.companyId]));
    const plan: Problem["status"][] = [
      ...Array.from({ length: solved }, (): Problem["status"] => {
        // Most solved problems have been answered and rated; some wait for their answer or rating.
        const draw = random.next();
        return draw < 0.08 ? "RESOLVED" : draw < 0.25 ? "ANSWERED" : "CLOSED";
      }),
      ...(["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REJECTED", "DUPLICATE", "REOPENED"] as const).flatMap(
        (s) => Array<Problem["status"]>(4).fill(s),
      ),
    ];
    const first = new Map<string, string>();
    plan.forEach((status, i) => {
      const estate = this.branchEstates[i % this.branchEstates.length]!;
      // Parking and damaged facilities are what residents raise most (the report names them first).
      const category = random.pick(CATEGORY_WEIGHTS);
      const month = (i % 11) + 1;
      const reportedAt = iso(2023, month, (i % 27) + 1, 8 + (i % 10));
      const company = companyOf.get(estate.id);
      const toCompany = company && (category === "PARKING" || category === "FACILITY_DAMAGE");
      const branch = this.branchOf(estate.id)!;
      const id = demoId("problem", `${estate.name}/${i}`);
      const person = syntheticPerson(random);
      const path: Problem["status"][] =
        status === "REJECTED" || status === "DUPLICATE"
          ? ["REPORTED", status]
          : (["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "ANSWERED", "CLOSED"] as const).slice(
              0,
              ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "ANSWERED", "CLOSED"].indexOf(
                status === "REOPENED" ? "ANSWERED" : status,
              ) + 1,
            );
      if (status === "REOPENED") path.push("REOPENED");
      const history = path.map((to, step) => ({
        id: demoId("historyEvent", `problem/${id}/${step}`),
        fromStatus: step === 0 ? null : path[step - 1]!,
        toStatus: to,
        occurredAt: addHours(reportedAt, step * 8),
      }));
      const answered = path.includes("ANSWERED");
      const assigned = path.includes("ASSIGNED");
      const key = `${estate.id}/${category}`;
      const duplicateOf = status === "DUPLICATE" ? (first.get(key) ?? null) : null;
      if (!first.has(key) && status !== "DUPLICATE") first.set(key, id);
      const text = PROBLEM_TEXTS[category][i % PROBLEM_TEXTS[category].length]!;
      county.problems.push({
        id,
        estateId: estate.id,
        category,
        text: `${estate.name}：${text}`,
        anonymous: i % 9 === 0,
        reporterSubject: `resident:${estate.id}:${i % 40}`,
        reporterName: person.name,
        // A duplicate needs an earlier problem to point at; without one it stays merely reported.
        status: status === "DUPLICATE" && !duplicateOf ? "REPORTED" : status,
        responsibleKind: assigned ? (toCompany ? "PROPERTY_COMPANY" : "PARTY_BRANCH") : null,
        responsibleId: assigned ? (toCompany ? company! : branch.id) : null,
        duplicateOfId: duplicateOf,
        rejectReason: status === "REJECTED" ? "不属于小区治理事项，已引导至 12345 热线。" : null,
        resolutionNote: path.includes("RESOLVED") ? "已现场处置并复查。" : null,
        answer: answered ? `已处理：${text}问题已解决，感谢您的反映。` : null,
        answeredAt: answered ? addHours(reportedAt, path.indexOf("ANSWERED") * 8) : null,
        rating: path.includes("CLOSED") ? 4 + (i % 2) : status === "REOPENED" ? 2 : null,
        reportedAt,
        dueAt: addHours(
          reportedAt,
          category === "ILLEGAL_CONSTRUCTION" || category === "OTHER" ? 168 : category === "EBIKE_CHARGING" ? 120 : 72,
        ),
        history: status === "DUPLICATE" && !duplicateOf ? history.slice(0, 1) : history,
      });
    });
  }

  /** 135 disputes mediated to a settlement, with parties, sessions and history; others still open or not settled. */
  addDisputes(): void {
    const { county, random } = this;
    const settled = deficit(
      REPORT_FIGURES.disputesMediated,
      county.disputes.filter((d) => d.status === "SETTLED").length,
      "disputes mediated",
    );
    const others: Dispute["status"][] = ["REGISTERED", "IN_MEDIATION", "UNSETTLED", "WITHDRAWN"];
    const plan = [
      ...Array<Dispute["status"]>(settled).fill("SETTLED"),
      ...others.flatMap((s) => Array<Dispute["status"]>(3).fill(s)),
    ];
    plan.forEach((status, i) => {
      const estate = this.branchEstates[(i * 5) % this.branchEstates.length]!;
      const topic = DISPUTE_TOPICS[i % DISPUTE_TOPICS.length]!;
      const id = demoId("dispute", `${estate.name}/${i}`);
      const registeredAt = iso(2023, (i % 11) + 1, (i % 25) + 1, 10);
      const path: Dispute["status"][] =
        status === "REGISTERED"
          ? ["REGISTERED"]
          : status === "WITHDRAWN"
            ? ["REGISTERED", "WITHDRAWN"]
            : status === "IN_MEDIATION"
              ? ["REGISTERED", "IN_MEDIATION"]
              : ["REGISTERED", "IN_MEDIATION", status];
      const concluded = status === "SETTLED" || status === "UNSETTLED" || status === "WITHDRAWN";
      const mediated = path.includes("IN_MEDIATION");
      county.disputes.push({
        id,
        estateId: estate.id,
        title: `${estate.name}${topic}`,
        summary: `${topic}，双方经小区党支部引导申请调解。`,
        mediatorId: county.mediators[i % county.mediators.length]!.id,
        status,
        outcome: concluded
          ? status === "SETTLED"
            ? "双方达成调解协议并履行。"
            : status === "UNSETTLED"
              ? "调解未成，已引导通过诉讼解决。"
              : "申请人撤回调解申请。"
          : null,
        registeredAt,
        concludedAt: concluded ? addHours(registeredAt, 24 * 7) : null,
        parties: [0, 1].map((position) => ({
          id: demoId("disputeParty", `${id}/${position}`),
          position: position + 1,
          name: syntheticPerson(random).name,
          role: position === 0 ? "申请人" : "被申请人",
        })),
        sessions: mediated
          ? [
              {
                id: demoId("mediationSession", `${id}/1`),
                heldOn: registeredAt.slice(0, 10),
                notes: "在睦邻客厅组织双方面对面调解。",
              },
            ]
          : [],
        history: path.map((to, step) => ({
          id: demoId("historyEvent", `dispute/${id}/${step}`),
          fromStatus: step === 0 ? null : path[step - 1]!,
          toStatus: to,
          occurredAt: addHours(registeredAt, step * 24 * 3.5),
        })),
      });
    });
  }

  /** Property companies manage the new managed estates; open estates with a council run themselves (四自). */
  addProperty(): void {
    const { county } = this;
    for (const name of COMPANY_NAMES) {
      county.companies.push({
        id: demoId("company", name),
        name: `${name}服务有限公司`,
        address: `仙游县鲤城街道${name.slice(0, 2)}路 1 号`,
      });
    }
    this.newEstates
      .filter((e) => e.type !== "OPEN_UNMANAGED")
      .forEach((estate, i) => {
        const company = COMPANY_NAMES[i % COMPANY_NAMES.length]!;
        county.contracts.push({
          id: demoId("contract", `${company}/${estate.name}/2020-01-01`),
          companyId: demoId("company", company),
          estateId: estate.id,
          startsOn: date(2018 + (i % 5), 1, 1),
          endsOn: null,
        });
      });
    this.newEstates
      .filter((e) => e.type === "OPEN_UNMANAGED" && e.resettlement)
      .forEach((estate) => {
        county.councils.push({
          id: demoId("council", estate.name),
          estateId: estate.id,
          name: `${estate.name}业主自治会`,
          foundedOn: "2022-09-01",
        });
      });
  }

  /**
   * Embedded units: 25 joined to the big branches of 59 estates; 11 neighbourhood centers with 24
   * member units, 77 high-frequency items and 15 kinds of service moved down to the living rooms;
   * each new unit offers a shared resource, booked through 2023.
   */
  addUnitsAndCenters(): void {
    const { county } = this;
    const unitsNeeded = deficit(
      REPORT_FIGURES.embeddedUnits,
      county.units.filter((u) => u.joined.length > 0).length,
      "embedded units",
    );
    const joined = new Set(county.units.flatMap((u) => u.joined.map((j) => j.estateId)));
    const estatesNeeded = deficit(REPORT_FIGURES.estatesWithEmbeddedUnits, joined.size, "estates with embedded units");
    const pool = this.branchEstates.filter((e) => !joined.has(e.id)).slice(0, estatesNeeded);
    if (pool.length < estatesNeeded) throw new Error("not enough estates for the embedded units");
    const names = UNIT_NAMES.slice(0, unitsNeeded);
    if (names.length < unitsNeeded) throw new Error("not enough unit names");
    let next = 0;
    // The sample's estates keep exactly the units the report names for them.
    const joinedByNewUnits: string[] = [];
    names.forEach(([name, kind], i) => {
      const share = Math.floor(estatesNeeded / unitsNeeded) + (i < estatesNeeded % unitsNeeded ? 1 : 0);
      const estates = pool.slice(next, next + share);
      next += share;
      // Some units also stand behind an estate another unit joined first.
      const earlier = joinedByNewUnits[joinedByNewUnits.length - 1];
      const extra = i % 4 === 0 && earlier ? [earlier] : [];
      joinedByNewUnits.push(...estates.map((e) => e.id));
      county.units.push({
        id: demoId("unit", name),
        name,
        kind,
        address: `仙游县鲤城街道${STREETS[i % STREETS.length]}路 ${i + 1} 号`,
        joined: [...estates.map((e) => e.id), ...extra].map((estateId, k) => ({
          estateId,
          joinedOn: date(2021 + (k % 3), (i % 12) + 1, 1),
        })),
      });
      county.resources.push({
        id: demoId("resource", `${name}/活动场地`),
        unitId: demoId("unit", name),
        name: "活动场地",
        kind: "VENUE",
        description: `${name}向共建小区开放的活动场地。`,
        capacity: 50,
        requiresApproval: true,
      });
    });

    const centersNeeded = deficit(REPORT_FIGURES.neighborhoodCenters, county.centers.length, "neighbourhood centers");
    const memberUnits = new Set(county.centers.flatMap((c) => c.unitIds));
    const candidates = county.units.filter((u) => !memberUnits.has(u.id)).map((u) => u.id);
    const membersNeeded = deficit(REPORT_FIGURES.centerMemberUnits, memberUnits.size, "center member units");
    const newMembers = candidates.slice(0, membersNeeded);
    if (newMembers.length < membersNeeded) throw new Error("not enough units for the centers");
    const highFrequency = deficit(
      REPORT_FIGURES.highFrequencyServiceItems,
      county.centers.flatMap((c) => c.items).filter((i) => i.category === "HIGH_FREQUENCY").length,
      "high-frequency items",
    );
    const offered = new Set(
      county.centers.flatMap((c) => c.items.filter((i) => i.offeredInLivingRooms).map((i) => i.name)),
    );
    const kinds = MOVED_DOWN_KINDS.filter((k) => !offered.has(k)).slice(
      0,
      deficit(REPORT_FIGURES.serviceKindsMovedDown, offered.size, "kinds moved down"),
    );
    for (let c = 0; c < centersNeeded; c += 1) {
      const name = `${CENTER_NAMES[c]}社区“党建+”邻里中心`;
      const centerId = demoId("center", name);
      const share = (n: number) => Array.from({ length: n }, (_, k) => k).filter((k) => k % centersNeeded === c);
      const items = [
        ...share(highFrequency).map((k) => ({
          name: HIGH_FREQUENCY_ITEMS[Math.floor(k / centersNeeded) % HIGH_FREQUENCY_ITEMS.length]!,
          category: "HIGH_FREQUENCY" as const,
          offeredInLivingRooms: false,
        })),
        ...share(kinds.length).map((k) => ({
          name: kinds[k]!,
          category: "OTHER" as const,
          offeredInLivingRooms: true,
        })),
        { name: "24 小时自助服务终端", category: "SELF_SERVICE_MACHINE" as const, offeredInLivingRooms: false },
        { name: "12345 便民服务热线受理点", category: "HOTLINE_12345" as const, offeredInLivingRooms: false },
      ];
      county.centers.push({
        id: centerId,
        name,
        address: `仙游县${CENTER_NAMES[c]}社区服务中心`,
        unitIds: share(newMembers.length).map((k) => newMembers[k]!),
        items: items.map((item, k) => ({ ...item, id: demoId("centerItem", `${name}/${k}/${item.name}`) })),
      });
    }

    // Two approved bookings a month through 2023 on the new units' venues, and a declined and a cancelled one.
    const venues = county.resources.filter((r) => r.name === "活动场地");
    for (let month = 1; month <= 12; month += 1) {
      for (let k = 0; k < 3; k += 1) {
        const venue = venues[(month * 3 + k) % venues.length]!;
        const unit = county.units.find((u) => u.id === venue.unitId)!;
        const estateId = unit.joined[0]!.estateId;
        const startsAt = iso(2023, month, 6 + k * 7, 9);
        const state = k < 2 ? "APPROVED" : month % 2 === 0 ? "DECLINED" : "CANCELLED";
        const id = demoId("booking", `${venue.id}/${startsAt}`);
        county.bookings.push({
          id,
          resourceId: venue.id,
          estateId,
          startsAt,
          endsAt: addHours(startsAt, 2),
          state,
          purpose: "小区党员活动",
          history: [
            {
              id: demoId("historyEvent", `booking/${id}/0`),
              fromState: null,
              toState: "PENDING",
              occurredAt: addHours(startsAt, -72),
            },
            {
              id: demoId("historyEvent", `booking/${id}/1`),
              fromState: "PENDING",
              toState: state,
              occurredAt: addHours(startsAt, -48),
            },
          ],
        });
      }
    }
  }

  /** 18 volunteer teams; 176 in-service members claim service posts, and completed posts record hours. */
  addTeamsAndClaims(): void {
    const { county } = this;
    const teamsNeeded = deficit(REPORT_FIGURES.volunteerTeams, county.teams.length, "volunteer teams");
    const pool = this.newEstates.filter((e) => this.branchOf(e.id));
    const newTeams = Array.from({ length: teamsNeeded }, (_, t) => {
      const estates = [pool[(t * 2) % pool.length]!, pool[(t * 2 + 1) % pool.length]!];
      const team = {
        id: demoId("team", `${estates[0]!.name}党员志愿者队`),
        name: `${estates[0]!.name}党员志愿者队`,
        foundedOn: date(2021 + (t % 3), (t % 12) + 1, 5),
        estateIds: estates.map((e) => e.id),
      };
      county.teams.push(team);
      return team;
    });
    const claimed = new Set(
      county.servicePosts.flatMap((p) => p.claims.filter((c) => c.state !== "REJECTED").map((c) => c.memberId)),
    );
    const claimers = deficit(REPORT_FIGURES.inServiceMembersClaimingPosts, claimed.size, "members claiming posts");
    const kinds = ["HARMONY_GUARD", "SAFETY_GUARD", "WARM_SERVICE", "ENVIRONMENT", "FOOD_SAFETY"] as const;
    const titles = {
      HARMONY_GUARD: "和谐卫士岗",
      SAFETY_GUARD: "安全卫士岗",
      WARM_SERVICE: "暖心服务岗",
      ENVIRONMENT: "环境整治岗",
      FOOD_SAFETY: "舌尖护卫岗",
    };
    const posts = newTeams.flatMap((team, t) =>
      kinds.map((kind, k) => {
        const estateId = team.estateIds[k % team.estateIds.length]!;
        const post: DemoCounty["servicePosts"][number] = {
          id: demoId("post", `${team.name}/${kind}`),
          teamId: team.id,
          estateId,
          kind,
          title: titles[kind],
          capacity: 12,
          schedule: (t + k) % 2 === 0 ? "FLEXIBLE" : "OPEN_ENDED",
          shiftStartsAt: null,
          shiftEndsAt: null,
          claims: [],
        };
        county.servicePosts.push(post);
        return post;
      }),
    );
    for (let i = 0; i < claimers; i += 1) {
      const post = posts[i % posts.length]!;
      const estate = county.estates.find((e) => e.id === post.estateId)!;
      const member = this.newMember(estate, "IN_SERVICE", null);
      const volunteerId = demoId("volunteer", `合成志愿者/${member.id}`);
      county.volunteers.push({ id: volunteerId, name: member.name, partyMemberId: member.id });
      const state = i % 3 === 0 ? "COMPLETED" : i % 3 === 1 ? "ACCEPTED" : "CLAIMED";
      const claimId = demoId("claim", `${post.id}/${member.id}`);
      post.claims.push({ id: claimId, volunteerId, memberId: member.id, state });
      if (state === "COMPLETED") {
        county.serviceHours.push({
          id: demoId("hourEntry", claimId),
          volunteerId,
          teamId: post.teamId,
          estateId: post.estateId,
          servedOn: date(2023, (i % 12) + 1, 12),
          minutes: 60 + (i % 4) * 30,
          source: "POST_COMPLETED",
          signUpId: null,
          claimId,
        });
      }
    }
  }
}
