import { addHours, DISPUTE_SEASON, PROBLEM_SEASON } from "../calendar";
import { demoId } from "../ids";
import { syntheticPerson } from "../people";
import type { DemoCounty } from "../types";
import { type CountyBuild, deficit, type Estate, logNormal, weighted } from "./build";

type Problem = DemoCounty["problems"][number];
type Category = Problem["category"];
type Status = Problem["status"];
type Dispute = DemoCounty["disputes"][number];
type Rule = DemoCounty["routingRules"][number];

const SOLVED = new Set<Status>(["RESOLVED", "ANSWERED", "CLOSED"]);
const CATEGORIES: Category[] = ["PARKING", "FACILITY_DAMAGE", "ILLEGAL_CONSTRUCTION", "EBIKE_CHARGING", "OTHER"];
/** How often each category is raised in an average month (the report names parking and damage first). */
const CATEGORY_BASE = [7, 6, 3, 4, 2.5];
/** Response targets (hours), as the party agency's reference table has them. */
const DUE_HOURS: Record<Category, number> = {
  PARKING: 72,
  FACILITY_DAMAGE: 72,
  ILLEGAL_CONSTRUCTION: 168,
  EBIKE_CHARGING: 120,
  OTHER: 168,
};
/** Median hours from report to resolution, per category. */
const RESOLVE_HOURS: Record<Category, number> = {
  PARKING: 16,
  FACILITY_DAMAGE: 40,
  ILLEGAL_CONSTRUCTION: 110,
  EBIKE_CHARGING: 70,
  OTHER: 30,
};
const PROBLEM_TEXTS: Record<Category, string[]> = {
  PARKING: [
    "消防通道被私家车占用",
    "小区门口车辆乱停放",
    "地下车库出入口堵塞",
    "外来车辆长期占用车位",
    "共享单车堆放单元门口",
  ],
  FACILITY_DAMAGE: [
    "单元门禁损坏",
    "楼道灯不亮",
    "健身器材松动",
    "小区路面破损积水",
    "电梯按钮失灵",
    "台风过后围墙倒塌",
    "雨水管堵塞倒灌",
  ],
  ILLEGAL_CONSTRUCTION: ["顶楼违规加盖", "一楼住户私搭雨棚", "占用绿地搭建棚屋", "阳台违规外扩"],
  EBIKE_CHARGING: ["电动车在楼道充电", "飞线充电存在隐患", "集中充电桩数量不足", "充电棚夏季过热"],
  OTHER: ["垃圾清运不及时", "广场舞噪音扰民", "宠物粪便无人清理", "楼上漏水", "蚊虫滋生需消杀"],
};
const DISPUTE_TOPICS = [
  "楼上漏水纠纷",
  "相邻通行纠纷",
  "噪音扰民纠纷",
  "物业费缴纳纠纷",
  "车位使用纠纷",
  "装修损坏纠纷",
  "宠物伤人纠纷",
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
  "增设适老化扶手",
  "小区监控补盲",
];

/** How a category's share moves with the month (1–12): rain and typhoons, summer charging, spring building. */
function categoryWeights(month: number): number[] {
  const wet = month >= 6 && month <= 9;
  return [
    CATEGORY_BASE[0]! * (month === 1 || month === 2 ? 1.3 : 1),
    CATEGORY_BASE[1]! * (wet ? 1.7 : 1),
    CATEGORY_BASE[2]! * (month >= 3 && month <= 5 ? 1.5 : 1),
    CATEGORY_BASE[3]! * (month === 7 || month === 8 ? 1.6 : month === 12 || month === 1 ? 1.3 : 1),
    CATEGORY_BASE[4]! * (month >= 5 && month <= 8 ? 1.3 : 1),
  ];
}

/**
 * A day in the last `months` months, `min` days back at least: months weighted by `season`, and
 * more recent months weighted up (the problem wall spread from estate to estate).
 */
function seasonalDay(build: CountyBuild, season: readonly number[], months: number, min: number): number {
  const { timing, calendar } = build;
  const weights = Array.from({ length: months }, (_, m) => {
    const month = calendar.monthOfDay(m * 30.4 + 15);
    // The latest month is mostly the open problems' (placed apart): few settled ones there.
    return season[month - 1]! * (0.55 + (0.9 * (months - 1 - m)) / (months - 1)) * (m === 0 ? 0.3 : 1);
  });
  for (;;) {
    const days = Math.round((weighted(timing, weights) + timing.next()) * 30.4);
    if (days >= min) return days;
  }
}

/**
 * 派单规则: in managed estates parking and damage go to the property company, e-bike charging to a
 * fire-safety unit that joined the estate, illegal building to the urban management bureau where it
 * stands behind the estate, and small neighbourly matters to the estate's volunteer team.
 */
export function addRoutingRules(build: CountyBuild): void {
  const { county, random } = build;
  const currentCompany = new Map(
    county.contracts.filter((c) => c.endsOn === null).map((c) => [c.estateId, c.companyId]),
  );
  const fireUnits = new Set(county.units.filter((u) => u.name.includes("消防")).map((u) => u.id));
  const cityManagement = county.units.find((u) => u.name === "仙游县城市管理局")?.id;
  const taken = new Set(county.routingRules.map((r) => `${r.estateId}/${r.category}`));
  const add = (estate: Estate, category: Category, kind: Rule["responsibleKind"], id: string) => {
    const key = `${estate.id}/${category}`;
    if (taken.has(key)) return;
    taken.add(key);
    county.routingRules.push({
      id: demoId("routingRule", `${estate.name}/${category}`),
      estateId: estate.id,
      category,
      responsibleKind: kind,
      responsibleId: id,
    });
  };
  for (const estate of build.branchEstates) {
    const company = currentCompany.get(estate.id);
    if (company && random.next() < 0.9) {
      add(estate, "PARKING", "PROPERTY_COMPANY", company);
      add(estate, "FACILITY_DAMAGE", "PROPERTY_COMPANY", company);
    }
    const joined = county.units.filter((u) => u.joined.some((j) => j.estateId === estate.id));
    const byName = (...parts: string[]) => joined.find((u) => parts.some((p) => u.name.includes(p)));
    const fire = joined.find((u) => fireUnits.has(u.id)) ?? byName("供电");
    if (fire) add(estate, "EBIKE_CHARGING", "UNIT", fire.id);
    else if (company && random.next() < 0.5) add(estate, "EBIKE_CHARGING", "PROPERTY_COMPANY", company);
    if (cityManagement && joined.some((u) => u.id === cityManagement))
      add(estate, "ILLEGAL_CONSTRUCTION", "UNIT", cityManagement);
    // Open estates have no company: the police take parking, the utilities their pipes and lines.
    if (!company) {
      const police = byName("派出所");
      if (police) add(estate, "PARKING", "UNIT", police.id);
      const utility = byName("自来水", "供电", "燃气");
      if (utility) add(estate, "FACILITY_DAMAGE", "UNIT", utility.id);
    }
    const team = county.teams.find((t) => t.estateIds.includes(estate.id));
    if (team && random.next() < 0.85) add(estate, "OTHER", "VOLUNTEER_TEAM", team.id);
    if (team && !company && random.next() < 0.5) add(estate, "FACILITY_DAMAGE", "VOLUNTEER_TEAM", team.id);
  }
}

/** 48 practical projects done over the last two years, and this year's still planned or under way. */
export function addPracticalProjects(build: CountyBuild): void {
  const { county, random, timing, calendar } = build;
  const done = deficit(
    48,
    county.practicalProjects.filter((p) => p.status === "DONE").length,
    "practical projects done",
  );
  const plan: DemoCounty["practicalProjects"][number]["status"][] = [
    ...Array(done).fill("DONE"),
    ...Array(8).fill("IN_PROGRESS"),
    ...Array(5).fill("PLANNED"),
  ];
  const pool = build.branchEstates.filter((e) => build.branchOf(e.id)?.stage !== "NEW");
  plan.forEach((status, i) => {
    const estate = pool[(i * 7 + random.int(0, 3)) % pool.length]!;
    const title = random.pick(PROJECT_TITLES);
    // New-year projects: adopted in the first months, finished through the year.
    const completedDays = status === "DONE" ? timing.int(5, 700) : null;
    const year =
      completedDays === null
        ? Number(calendar.day(timing.int(20, 150)).slice(0, 4))
        : Number(calendar.day(completedDays + 120).slice(0, 4));
    county.practicalProjects.push({
      id: demoId("practicalProject", `${estate.name}/${i}`),
      estateId: estate.id,
      title,
      description: `${estate.name}${title}，由小区党支部牵头，物业和驻区单位共同落实。`,
      year,
      progress: status === "DONE" ? 100 : status === "IN_PROGRESS" ? 20 + random.int(0, 6) * 10 : 0,
      status,
      completedOn: completedDays === null ? null : calendar.day(completedDays),
    });
  });
}

/** Who a problem of `category` in `estate` goes to: the routing rule, else the estate's branch. */
function responsibleFor(build: CountyBuild, estate: Estate, category: Category) {
  const rule = build.county.routingRules.find((r) => r.estateId === estate.id && r.category === category);
  if (rule) return { kind: rule.responsibleKind, id: rule.responsibleId };
  return { kind: "PARTY_BRANCH" as const, id: build.branchOf(estate.id)!.id };
}

/**
 * The problem wall: 576 problems solved over two years, more in the rainy and typhoon months and
 * fewer at the Spring Festival; answer times spread from hours to weeks by category; and the open
 * ones of the last days and weeks, some of them past their response target.
 */
export function addProblems(build: CountyBuild): void {
  const { county, random, timing, calendar } = build;
  const solved = deficit(576, county.problems.filter((p) => SOLVED.has(p.status)).length, "problems solved");
  // Fates first (what happened to each), dates after, so the counts do not depend on the day.
  const fates: Status[] = [];
  for (let i = 0; i < solved; i += 1) {
    const draw = random.next();
    fates.push(draw < 0.03 ? "RESOLVED" : draw < 0.25 ? "ANSWERED" : "CLOSED");
  }
  const open: [Status, number][] = [
    ["REPORTED", 6],
    ["ACCEPTED", 5],
    ["ASSIGNED", 8],
    ["IN_PROGRESS", 12],
    ["REOPENED", 4],
    ["REJECTED", 14],
    ["DUPLICATE", 9],
  ];
  for (const [status, count] of open) for (let k = 0; k < count; k += 1) fates.push(status);
  const weights = build.branchEstates.map((e) => Math.sqrt(e.households));
  const byEstate = new Map<string, Problem[]>();

  fates.forEach((fate, i) => {
    const estate = build.branchEstates[weighted(random, weights)]!;
    const person = syntheticPerson(random);
    const id = demoId("problem", `${estate.name}/${i}`);
    const earlier = byEstate.get(estate.id) ?? [];
    const target = fate === "DUPLICATE" ? earlier.find((p) => SOLVED.has(p.status)) : undefined;
    const status: Status = fate === "DUPLICATE" && !target ? "REJECTED" : fate;

    // When: solved ones over the last two years, open ones recently, a few stuck for weeks.
    let daysAgo: number;
    if (target) daysAgo = Math.max(0.05, calendar.daysBefore(target.reportedAt) - timing.next() * 2);
    // A resolved problem waits days, not months, for its answer on the echo wall.
    else if (status === "RESOLVED") daysAgo = 1 + timing.next() * 12;
    else if (SOLVED.has(status) || status === "REJECTED")
      daysAgo = seasonalDay(build, PROBLEM_SEASON, 24, status === "CLOSED" ? 10 : 3);
    else if (status === "REPORTED") daysAgo = timing.next() < 0.7 ? timing.next() * 2 + 0.05 : timing.int(4, 9);
    else if (status === "ACCEPTED") daysAgo = 1 + timing.next() * 4;
    else if (status === "ASSIGNED") daysAgo = 2 + timing.next() * 10;
    else if (status === "IN_PROGRESS") daysAgo = timing.next() < 0.6 ? 3 + timing.next() * 6 : 10 + timing.next() * 40;
    else daysAgo = 8 + timing.next() * 25; // REOPENED
    const reportedAt = calendar.at(Math.max(1, Math.ceil(daysAgo)), 7 + timing.int(0, 13), timing.int(0, 59));
    const month = Number(calendar.day(Math.max(1, Math.ceil(daysAgo))).slice(5, 7));
    const category = target ? target.category : CATEGORIES[weighted(timing, categoryWeights(month))]!;
    const dueAt = addHours(reportedAt, DUE_HOURS[category]);
    const now = calendar.at(0, 0);
    const hoursLeft = (Date.parse(now) - Date.parse(reportedAt)) / 3_600_000;

    // The path through the states, each step after the one before and before now.
    const steps: [Status, string][] = [["REPORTED", reportedAt]];
    let at = reportedAt;
    const step = (to: Status, hours: number) => {
      const room = (Date.parse(now) - Date.parse(at)) / 3_600_000;
      at = addHours(at, Math.max(0.1, Math.min(hours, room * 0.8)));
      steps.push([to, at]);
    };
    if (status === "REJECTED" || status === "DUPLICATE") step(status, logNormal(timing, 5, 0.8));
    else {
      const order: Status[] = ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "ANSWERED", "CLOSED"];
      const last = status === "REOPENED" ? "ANSWERED" : status;
      const resolveBy = Math.min(24 * 40, logNormal(timing, RESOLVE_HOURS[category], 0.9));
      const budget = SOLVED.has(status) || status === "REOPENED" ? Math.min(resolveBy, hoursLeft * 0.7) : hoursLeft;
      for (const to of order.slice(0, order.indexOf(last) + 1)) {
        if (to === "ACCEPTED") step(to, logNormal(timing, 2.5, 0.9));
        else if (to === "ASSIGNED") step(to, logNormal(timing, 1.5, 0.9));
        else if (to === "IN_PROGRESS") step(to, logNormal(timing, 4, 1));
        else if (to === "RESOLVED")
          step(to, Math.max(1, budget - (Date.parse(at) - Date.parse(reportedAt)) / 3_600_000));
        else if (to === "ANSWERED") step(to, logNormal(timing, 6, 1));
        else step(to, logNormal(timing, 40, 0.8));
      }
      if (status === "REOPENED") step("REOPENED", logNormal(timing, 30, 0.8));
    }
    const path = steps.map(([s]) => s);
    const assigned = path.includes("ASSIGNED");
    const responsible = assigned ? responsibleFor(build, estate, category) : null;
    const text = random.pick(PROBLEM_TEXTS[category]);
    const rating = path.includes("CLOSED")
      ? [5, 5, 5, 5, 5, 4, 4, 4, 3, 2][random.int(0, 9)]!
      : status === "REOPENED"
        ? random.int(1, 2)
        : null;
    const answeredAt = steps.find(([s]) => s === "ANSWERED")?.[1] ?? null;
    const problem: Problem = {
      id,
      estateId: estate.id,
      category,
      text: `${estate.name}：${text}`,
      anonymous: random.next() < 0.12,
      reporterSubject: `resident:${estate.id}:${random.int(0, 60)}`,
      reporterName: person.name,
      status,
      responsibleKind: responsible?.kind ?? null,
      responsibleId: responsible?.id ?? null,
      duplicateOfId: status === "DUPLICATE" ? target!.id : null,
      rejectReason: status === "REJECTED" ? "不属于小区治理事项，已引导至 12345 热线。" : null,
      resolutionNote: path.includes("RESOLVED")
        ? random.pick(["已现场处置并复查。", "已联系责任单位整改完毕。", "已协调物业维修。"])
        : null,
      answer: answeredAt ? `已处理：${text}问题已解决，感谢您的反映。` : null,
      answeredAt,
      rating,
      reportedAt,
      dueAt,
      history: steps.map(([to, occurredAt], k) => ({
        id: demoId("historyEvent", `problem/${id}/${k}`),
        fromStatus: k === 0 ? null : steps[k - 1]![0],
        toStatus: to,
        occurredAt,
      })),
    };
    county.problems.push(problem);
    earlier.push(problem);
    byEstate.set(estate.id, earlier);
  });
}

/**
 * 135 disputes mediated to a settlement over two years (more around the Spring Festival and in the
 * rainy summer), by the 万和 mediation team or an estate's members' judgment panel; and a dozen
 * still registered, in mediation, unsettled or withdrawn.
 */
export function addDisputes(build: CountyBuild): void {
  const { county, random, timing, calendar } = build;
  const settled = deficit(135, county.disputes.filter((d) => d.status === "SETTLED").length, "disputes mediated");
  // Judgment panels (评理团队) of the living rooms that mediate.
  for (const room of county.livingRooms.filter((r) => r.functions.includes("DISPUTE_MEDIATION")).slice(0, 6)) {
    const estate = build.estate(room.estateId);
    const name = `${estate.name}评理团队`;
    if (!county.mediators.some((m) => m.name === name)) {
      county.mediators.push({ id: demoId("mediator", name), name, kind: "JUDGMENT_PANEL" });
    }
  }
  const wanhe = county.mediators.find((m) => m.name === "万和调解队")!;
  const panelOf = (estate: Estate) => county.mediators.find((m) => m.name === `${estate.name}评理团队`);
  const plan: Dispute["status"][] = [
    ...Array<Dispute["status"]>(settled).fill("SETTLED"),
    ...(["REGISTERED", "IN_MEDIATION", "UNSETTLED", "WITHDRAWN"] as const).flatMap((s) =>
      Array<Dispute["status"]>(3).fill(s),
    ),
  ];
  const weights = build.branchEstates.map((e) => Math.sqrt(e.households) * (panelOf(e) ? 2 : 1));
  plan.forEach((status, i) => {
    const estate = build.branchEstates[weighted(random, weights)]!;
    const topic = random.pick(DISPUTE_TOPICS);
    const id = demoId("dispute", `${estate.name}/${i}`);
    const days =
      status === "REGISTERED"
        ? timing.next() * 4
        : status === "IN_MEDIATION"
          ? 3 + timing.next() * 20
          : seasonalDay(build, DISPUTE_SEASON, 24, 20);
    const registeredAt = calendar.at(Math.max(1, Math.ceil(days)), 9 + timing.int(0, 8), timing.int(0, 59));
    const mediationDays = Math.min(Math.max(1, days * 0.8), logNormal(timing, 9, 0.7));
    const path: Dispute["status"][] =
      status === "REGISTERED"
        ? ["REGISTERED"]
        : status === "WITHDRAWN"
          ? ["REGISTERED", "WITHDRAWN"]
          : status === "IN_MEDIATION"
            ? ["REGISTERED", "IN_MEDIATION"]
            : ["REGISTERED", "IN_MEDIATION", status];
    const concluded = path.length > 1 && status !== "IN_MEDIATION";
    const concludedAt = concluded ? addHours(registeredAt, mediationDays * 24) : null;
    const sessions = path.includes("IN_MEDIATION") ? random.int(1, 3) : 0;
    county.disputes.push({
      id,
      estateId: estate.id,
      title: `${estate.name}${topic}`,
      summary: `${topic}，双方经小区党支部引导申请调解。`,
      mediatorId: (random.next() < 0.6 ? panelOf(estate) : undefined)?.id ?? wanhe.id,
      status,
      outcome: concluded
        ? status === "SETTLED"
          ? "双方达成调解协议并履行。"
          : status === "UNSETTLED"
            ? "调解未成，已引导通过诉讼解决。"
            : "申请人撤回调解申请。"
        : null,
      registeredAt,
      concludedAt,
      parties: [0, 1].map((position) => ({
        id: demoId("disputeParty", `${id}/${position}`),
        position: position + 1,
        name: syntheticPerson(random).name,
        role: position === 0 ? "申请人" : "被申请人",
      })),
      sessions: Array.from({ length: sessions }, (_, k) => ({
        id: demoId("mediationSession", `${id}/${k + 1}`),
        heldOn: addHours(registeredAt, 24 + (mediationDays * 24 * k) / Math.max(1, sessions)).slice(0, 10),
        notes: k === 0 ? "在睦邻客厅组织双方面对面调解。" : "评理团队再次调解，双方各退一步。",
      })),
      history: path.map((to, step) => ({
        id: demoId("historyEvent", `dispute/${id}/${step}`),
        fromStatus: step === 0 ? null : path[step - 1]!,
        toStatus: to,
        occurredAt:
          step === 0
            ? registeredAt
            : step === path.length - 1 && concludedAt
              ? concludedAt
              : addHours(registeredAt, 20),
      })),
    });
  });
}
