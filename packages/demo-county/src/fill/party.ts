import { demoId } from "../ids";
import type { DemoCounty } from "../types";
import { apportion, type Branch, type CountyBuild, date, deficit, type Estate, type Member } from "./build";
import { HONGQIAO_NEW_ESTATES, NEW_PLACES, ORGANIZATION_ONLY_IN, WORK_ONLY_IN } from "./places";

type Background = DemoCounty["secretaries"][number]["background"];

const REPORT = {
  branches: 62,
  serving: 8,
  retired: 10,
  workers: 15,
  gridLeaders: 109,
  livingRooms: 17,
} as const;

/**
 * 62 branches in all: the sample's seven, and over the new communities' estates standalone branches
 * for the large estates, joint (联合) branches for neighbouring small open estates and combined
 * (兼合式) ones where a managed estate and its smaller neighbours share one, each within one
 * community, so that the branches of a drill-down add up to the county's. Their secretaries make
 * the county's 8 / 10 / 15, and each branch has members in proportion to its households.
 */
export function addBranches(build: CountyBuild, byCommunity: Map<string, Estate[]>): void {
  const { county, random, calendar } = build;
  const hongqiao = county.branches.find((b) => b.name === "洪桥社区小区联合党支部");
  if (!hongqiao) throw new Error("no 洪桥 joint branch in the sample");
  for (const name of HONGQIAO_NEW_ESTATES) {
    const estate = build.estateNamed(name);
    hongqiao.estateIds.push(estate.id);
    county.workCoverage.push({ estateId: estate.id, since: "2022-04-20" });
  }
  build.indexBranches();

  // Per community: the estates a branch covers (work-only ones are the community's last).
  const groups: { community: string; estates: Estate[] }[] = [];
  const orgOnly = new Set<string>();
  for (const [community, estates] of byCommunity) {
    const covered = WORK_ONLY_IN.includes(community) ? estates.slice(0, -1) : estates;
    if (WORK_ONLY_IN.includes(community)) {
      county.workCoverage.push({ estateId: estates.at(-1)!.id, since: calendar.day(random.int(60, 500)) });
    }
    if (ORGANIZATION_ONLY_IN.includes(community)) orgOnly.add(covered.at(-1)!.id);
    let group: Estate[] = [];
    let size = random.int(2, 4);
    for (const estate of covered) {
      const large = estate.type === "HIGH_RISE_MANAGED" && estate.households >= 560;
      if (large || orgOnly.has(estate.id)) {
        if (group.length) groups.push({ community, estates: group });
        groups.push({ community, estates: [estate] });
        group = [];
        continue;
      }
      group.push(estate);
      if (group.length >= size) {
        groups.push({ community, estates: group });
        group = [];
        size = random.int(2, 4);
      }
    }
    if (group.length) groups.push({ community, estates: group });
  }
  const needed = deficit(REPORT.branches, county.branches.length, "branches");
  // Merge the two smallest neighbours of one community, or split the largest group, until the count is right.
  while (groups.length > needed) {
    let best = -1;
    for (let i = 0; i + 1 < groups.length; i += 1) {
      const a = groups[i]!;
      const b = groups[i + 1]!;
      if (a.community !== b.community || orgOnly.has(a.estates[0]!.id) || orgOnly.has(b.estates[0]!.id)) continue;
      const size = a.estates.length + b.estates.length;
      if (best < 0 || size < groups[best]!.estates.length + groups[best + 1]!.estates.length) best = i;
    }
    if (best < 0) throw new Error("could not merge the branches down to the report's count");
    groups.splice(best, 2, {
      community: groups[best]!.community,
      estates: [...groups[best]!.estates, ...groups[best + 1]!.estates],
    });
  }
  while (groups.length < needed) {
    let largest = 0;
    groups.forEach((g, i) => {
      if (g.estates.length > groups[largest]!.estates.length) largest = i;
    });
    const g = groups[largest]!;
    if (g.estates.length < 2) throw new Error("could not split the branches up to the report's count");
    const half = Math.ceil(g.estates.length / 2);
    groups.splice(
      largest,
      1,
      { community: g.community, estates: g.estates.slice(0, half) },
      { community: g.community, estates: g.estates.slice(half) },
    );
  }

  const backgrounds = secretaryBackgrounds(build, needed);
  groups.forEach(({ community, estates }, i) => {
    const first = estates[0]!;
    const managed = estates.some((e) => e.type !== "OPEN_UNMANAGED");
    const formation: Branch["formation"] =
      estates.length === 1 ? (random.next() < 0.1 ? "COMBINED" : "STANDALONE") : managed ? "COMBINED" : "JOINT";
    const name =
      estates.length === 1
        ? `${first.name}小区党支部`
        : formation === "JOINT"
          ? `${community.replace("社区", "")}${first.name}等${estates.length}个小区联合党支部`
          : `${first.name}等${estates.length}个小区兼合式党支部`;
    const isNew = estates.some((e) => orgOnly.has(e.id));
    // The county began building estate branches in 2019 (固本培优); newer ones are at earlier stages.
    const yearsAgo = isNew ? 0 : random.int(1, Math.min(7, calendar.year - 2019));
    const foundedOn = isNew
      ? calendar.day(random.int(40, 200))
      : date(calendar.year - yearsAgo, random.int(1, 12), random.int(1, 28));
    const stage: Branch["stage"] = isNew
      ? "NEW"
      : yearsAgo >= 5
        ? "ESTABLISHED"
        : yearsAgo >= 3
          ? random.next() < 0.6
            ? "MATURE"
            : "ESTABLISHED"
          : yearsAgo >= 2
            ? "MATURE"
            : "COVERED";
    const branch: Branch = {
      id: demoId("branch", name),
      name,
      formation,
      stage,
      foundedOn,
      estateIds: estates.map((e) => e.id),
    };
    county.branches.push(branch);
    for (const estate of estates) {
      if (!orgOnly.has(estate.id)) county.workCoverage.push({ estateId: estate.id, since: foundedOn });
    }
    const background = backgrounds[i]!;
    // Serving cadres and community workers are in-service members; the others are on the roll.
    const secretary = build.newMember(
      first,
      background === "SERVING_CADRE" || background === "COMMUNITY_WORKER" ? "IN_SERVICE" : "REGISTERED",
      branch.id,
    );
    county.secretaries.push({ branchId: branch.id, memberId: secretary.id, background });
    // Members on the roll in proportion to the households (about one per 110), spread over its estates.
    for (const estate of estates) {
      const count = Math.max(1, Math.round(estate.households / 110) + random.int(-1, 1));
      for (let k = 0; k < count; k += 1)
        build.newMember(estate, random.next() < 0.85 ? "REGISTERED" : "IN_SERVICE", branch.id);
    }
  });
  build.indexBranches();
  for (const branch of county.branches) for (const id of branch.estateIds) build.branchEstates.push(build.estate(id));
}

/** The new branches' secretaries' backgrounds, so the county's totals are 8 / 10 / 15. */
function secretaryBackgrounds(build: CountyBuild, count: number): Background[] {
  const had = (background: string) => build.county.secretaries.filter((s) => s.background === background).length;
  const serving = deficit(REPORT.serving, had("SERVING_CADRE"), "serving-cadre secretaries");
  const retired = deficit(REPORT.retired, had("RETIRED_CADRE"), "retired-cadre secretaries");
  const workers = deficit(REPORT.workers, had("COMMUNITY_WORKER"), "community-worker secretaries");
  const rest = count - serving - retired - workers;
  if (rest < 0) throw new Error("more secretaries by background than branches");
  const list: Background[] = [
    ...Array<Background>(serving).fill("SERVING_CADRE"),
    ...Array<Background>(retired).fill("RETIRED_CADRE"),
    ...Array<Background>(workers).fill("COMMUNITY_WORKER"),
    ...Array.from({ length: rest }, (_, i): Background => (i % 3 === 0 ? "SOCIAL_ORG_LEADER" : "OTHER")),
  ];
  // Shuffled (deterministically), so no town gets all of one background.
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = build.random.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * 109 grid leaders: each covered estate gets posts in proportion to its buildings (about one per
 * 90 households), held by members on its roll: building chiefs in high-rises, stairwell chiefs in
 * mixed estates, lane chiefs in open ones.
 */
export function addGridLeaders(build: CountyBuild): void {
  const { county, random, calendar } = build;
  const needed = deficit(REPORT.gridLeaders, county.gridPosts.length, "grid leaders");
  const pool = build.newEstates.filter((e) => build.branchOf(e.id));
  const shares = apportion(
    needed,
    pool.map((e) => e.households),
  );
  pool.forEach((estate, p) => {
    const holders = build.membersOf(estate.id, "REGISTERED").filter((m) => m.branchId !== null);
    for (let k = 0; k < shares[p]!; k += 1) {
      const role: DemoCounty["gridPosts"][number]["role"] =
        estate.type === "OPEN_UNMANAGED"
          ? "LANE_CHIEF"
          : estate.type === "HIGH_RISE_MANAGED"
            ? random.next() < 0.7
              ? "BUILDING_CHIEF"
              : "STAIRWELL_CHIEF"
            : random.next() < 0.5
              ? "BUILDING_CHIEF"
              : "STAIRWELL_CHIEF";
      const area =
        role === "LANE_CHIEF"
          ? `${k + 1} 号巷`
          : role === "BUILDING_CHIEF"
            ? `${k + 1} 幢`
            : `${k + 1} 幢 ${random.int(1, 3)} 单元`;
      const member = holders[k] ?? build.newMember(estate, "REGISTERED", build.branchOf(estate.id)!.id);
      county.gridPosts.push({
        id: demoId("gridPost", `${estate.name}/${role}/${area}`),
        memberId: member.id,
        estateId: estate.id,
        role,
        area,
        since: calendar.day(random.int(30, 1400)),
      });
    }
  });
}

/** 17 living rooms: in the larger estates with a branch, one for a joint branch's estates. */
export function addLivingRooms(build: CountyBuild): void {
  const { county, random, calendar } = build;
  const needed = deficit(REPORT.livingRooms, county.livingRooms.length, "living rooms");
  const taken = new Set(county.livingRooms.map((r) => r.estateId));
  const candidates = county.branches
    .filter((b) => !b.estateIds.some((id) => taken.has(id)) && b.stage !== "NEW")
    .map((b) => b.estateIds.map((id) => build.estate(id)).sort((x, y) => y.households - x.households)[0]!)
    .sort((x, y) => y.households - x.households || x.name.localeCompare(y.name))
    .slice(0, needed);
  candidates.forEach((estate) => {
    const functions: DemoCounty["livingRooms"][number]["functions"] = ["PARTY_ACTIVITIES", "PROBLEM_WALL", "ECHO_WALL"];
    if (random.next() < 0.8) functions.push("DELIBERATION");
    if (random.next() < 0.6) functions.push("DISPUTE_MEDIATION");
    if (random.next() < 0.5) functions.push("RED_PROXY_DESK");
    county.livingRooms.push({
      id: demoId("livingRoom", estate.name),
      estateId: estate.id,
      name: `${estate.name}睦邻客厅`,
      openedOn: calendar.day(random.int(120, 1500)),
      functions,
    });
  });
}

const EVALUATION_TEXTS = {
  ORGANIZATION_EVALUATION: ["认领楼栋，按时参加支部活动。", "带头参与小区环境整治。", "协助调解邻里纠纷两起。"],
  RESIDENT_EVALUATION: [
    "居民评议：热心帮助独居老人。",
    "居民评议：积极反映小区问题。",
    "居民评议：参与志愿服务次数较少。",
  ],
  COMMITMENT_DISCLOSURE: [
    "承诺：每月参加一次小区志愿服务。",
    "承诺：认领一个楼道的安全巡查。",
    "承诺：为居民提供一次政策宣讲。",
  ],
  PERFORMANCE_DISCLOSURE: [
    "成效公开：全年完成承诺事项。",
    "成效公开：组织义诊两次，服务居民百余人次。",
    "成效公开：协助完成充电棚改造。",
  ],
} as const;

/**
 * 两评两议两公开 and 党员之星 in proportion: about a third of the in-service members reporting to an
 * estate get last year's two evaluations and a commitment, every embedded unit an evaluation and a
 * disclosure of its results; about one member in sixteen is a star of the year, chosen among those
 * rated excellent.
 */
export function addRecognition(build: CountyBuild): void {
  const { county, random, calendar } = build;
  const year = calendar.year - 1;
  const results = ["EXCELLENT", "GOOD", "PASS", "FAIL"] as const;
  const excellent: Member[] = [];
  const inService = county.members.filter(
    (m) =>
      m.kind === "IN_SERVICE" && build.branchOf(m.estateId) && !county.evaluations.some((e) => e.memberId === m.id),
  );
  for (const member of inService) {
    if (random.next() > 0.35) continue;
    const draw = random.next();
    const result = results[draw < 0.3 ? 0 : draw < 0.8 ? 1 : draw < 0.97 ? 2 : 3];
    const estate = build.estate(member.estateId);
    const record = (
      kind: DemoCounty["evaluations"][number]["kind"],
      value: (typeof results)[number] | null,
      month: number,
    ) => {
      const texts = EVALUATION_TEXTS[kind as keyof typeof EVALUATION_TEXTS] ?? EVALUATION_TEXTS.ORGANIZATION_EVALUATION;
      const recordedOn = date(kind === "COMMITMENT_DISCLOSURE" ? year : year, month, random.int(5, 25));
      county.evaluations.push({
        id: demoId("evaluation", `${estate.name}/${member.id}/${kind}/last-year`),
        memberId: member.id,
        unitId: null,
        estateId: estate.id,
        kind,
        period: String(year),
        result: value,
        text: texts[random.int(0, texts.length - 1)]!,
        recordedOn,
        verifiedOn: random.next() < 0.9 ? date(year, month, 28) : null,
      });
    };
    record("COMMITMENT_DISCLOSURE", null, random.int(1, 3));
    record("ORGANIZATION_EVALUATION", result, 12);
    record(
      "RESIDENT_EVALUATION",
      random.next() < 0.8 ? result : results[Math.min(3, results.indexOf(result) + 1)]!,
      12,
    );
    if (result === "EXCELLENT") excellent.push(member);
  }
  for (const unit of county.units) {
    const estateId = unit.joined[0]?.estateId;
    if (!estateId || county.evaluations.some((e) => e.unitId === unit.id)) continue;
    const estate = build.estate(estateId);
    const draw = random.next();
    for (const [kind, value, month] of [
      ["ORGANIZATION_EVALUATION", results[draw < 0.4 ? 0 : draw < 0.9 ? 1 : 2], 12],
      ["PERFORMANCE_DISCLOSURE", null, 11],
    ] as const) {
      const texts =
        kind === "ORGANIZATION_EVALUATION"
          ? ["共建成效明显，居民满意度高。", "按时参加联席会议，资源开放充分。"]
          : EVALUATION_TEXTS.PERFORMANCE_DISCLOSURE;
      county.evaluations.push({
        id: demoId("evaluation", `${estate.name}/${unit.id}/${kind}/last-year`),
        memberId: null,
        unitId: unit.id,
        estateId,
        kind,
        period: String(year),
        result: value,
        text: texts[random.int(0, texts.length - 1)]!,
        recordedOn: date(year, month, random.int(10, 25)),
        verifiedOn: date(year, month, 28),
      });
    }
  }
  // 党员之星: last year's, among the excellent, about one member in sixteen of the county.
  const stars = Math.min(excellent.length, Math.round(county.members.length / 16));
  county.memberStars = [
    ...(county.memberStars ?? []),
    ...excellent.slice(0, stars).map((member) => ({
      id: demoId("star", `${member.id}/last-year`),
      memberId: member.id,
      year,
      score: random.int(30, 48),
      awardedOn: date(year + 1, 1, random.int(8, 20)),
    })),
  ];
}

/** Where in-service members work: some of them at the embedded units of their estates. */
export function addWorkUnits(build: CountyBuild): void {
  const { county, random } = build;
  const known = new Set(county.workUnits.map((w) => w.memberId));
  for (const member of county.members) {
    if (member.kind !== "IN_SERVICE" || known.has(member.id)) continue;
    const units = county.units.filter((u) => u.joined.some((j) => j.estateId === member.estateId));
    if (units.length && random.next() < 0.3)
      county.workUnits.push({ memberId: member.id, unitId: random.pick(units).id });
  }
}

export { NEW_PLACES };
