import { addHours, BOOKING_SEASON } from "../calendar";
import { demoId } from "../ids";
import { syntheticPerson } from "../people";
import type { DemoCounty } from "../types";
import { type CountyBuild, date, deficit, type Estate, logNormal, weighted } from "./build";

type Unit = DemoCounty["units"][number];
type Resource = DemoCounty["resources"][number];
type UnitKind = Unit["kind"];

/** The new embedded units: where they stand and how many new estates' big branches each joins. */
const NEW_UNITS: [name: string, kind: UnitKind, subdistrict: string, estates: number][] = [
  ["仙游县医院", "HOSPITAL", "鲤城街道", 4],
  ["仙游县中医院", "HOSPITAL", "鲤城街道", 3],
  ["仙游第一中学", "SCHOOL", "鲤城街道", 2],
  ["仙游县实验小学", "SCHOOL", "鲤城街道", 2],
  ["仙游县公安局城关派出所", "AGENCY", "鲤城街道", 4],
  ["仙游县市场监督管理局", "AGENCY", "鲤城街道", 2],
  ["仙游县人力资源和社会保障局", "AGENCY", "鲤城街道", 2],
  ["仙游县司法局", "AGENCY", "鲤城街道", 2],
  ["国网仙游县供电公司", "COMPANY", "鲤城街道", 3],
  ["仙游县自来水公司", "COMPANY", "鲤城街道", 2],
  ["中国移动仙游分公司", "COMPANY", "鲤城街道", 2],
  ["仙游农村商业银行", "COMPANY", "鲤城街道", 2],
  ["仙游县义工联合会", "SOCIAL_ORGANIZATION", "鲤城街道", 3],
  ["仙游县消防救援大队", "AGENCY", "鲤城街道", 3],
  ["鲤城中心小学", "SCHOOL", "鲤城街道", 2],
  ["枫亭镇卫生院", "HOSPITAL", "枫亭镇", 3],
  ["仙游县红木家具协会", "SOCIAL_ORGANIZATION", "榜头镇", 3],
  ["仙游县律师协会", "SOCIAL_ORGANIZATION", "鲤南镇", 2],
  ["兴业银行仙游支行", "COMPANY", "鲤南镇", 2],
  ["郊尾镇中心小学", "SCHOOL", "郊尾镇", 3],
  ["度尾镇卫生院", "HOSPITAL", "度尾镇", 3],
];

type Offer = [name: string, kind: Resource["kind"], capacity: number, description: string, extra?: Partial<Resource>];

/** What each kind of unit shares: a hospital its doctors, a school its grounds, an agency its meeting room and advice. */
const OFFERS_BY_KIND: Record<UnitKind, Offer[]> = {
  HOSPITAL: [
    ["义诊服务", "EXPERTISE", 40, "医生进小区测血压、血糖，提供健康咨询。"],
    ["健康讲座", "EXPERTISE", 80, "慢病管理、夏季防暑、冬季防流感等专题讲座。"],
    ["急救培训", "EXPERTISE", 30, "心肺复苏和 AED 使用培训。", { monthlyQuotaPerEstate: 1 }],
  ],
  SCHOOL: [
    ["操场", "VENUE", 300, "周末和假期向共建小区开放，举办运动会和文艺活动。", { monthlyQuotaPerEstate: 2 }],
    ["多功能教室", "VENUE", 60, "配投影和音响，可开展暑期托管和课堂。"],
  ],
  AGENCY: [
    ["会议室", "VENUE", 40, "供小区议事协商和党员活动使用。"],
    ["政策宣讲", "EXPERTISE", 100, "业务骨干进小区讲解政策、答疑解惑。"],
  ],
  COMPANY: [
    ["上门检查服务", "SERVICE", 20, "技术人员上门检查线路、管道和设备。", { requiresApproval: false }],
    ["会议室", "VENUE", 30, "工作日晚上和周末向共建小区开放。"],
  ],
  SOCIAL_ORGANIZATION: [
    ["志愿服务", "SERVICE", 30, "组织会员进小区开展志愿服务。"],
    ["活动帐篷桌椅", "EQUIPMENT", 20, "帐篷、折叠桌椅，供小区活动借用。", { quantity: 6 }],
  ],
};
/** A unit's own offer where its line of work gives it one. */
const OWN_OFFERS: Record<string, Offer[]> = {
  仙游县公安局城关派出所: [["反诈宣传", "EXPERTISE", 100, "民警进小区讲解电信诈骗常见手法。"]],
  仙游县消防救援大队: [
    ["消防演练指导", "EXPERTISE", 80, "指导小区开展消防疏散演练。"],
    ["灭火器材借用", "EQUIPMENT", 10, "灭火器、消防水带，供小区演练借用。", { quantity: 4 }],
  ],
  仙游县司法局: [["法律咨询", "SERVICE", 20, "公职律师定期进小区睦邻客厅坐班。", { requiresApproval: false }]],
  仙游县人力资源和社会保障局: [["就业招聘会", "SERVICE", 200, "在小区举办家门口招聘会。"]],
  仙游县市场监督管理局: [["食品安全检查", "EXPERTISE", 20, "检查小区周边餐饮和食堂。"]],
  国网仙游县供电公司: [["用电安全检查", "SERVICE", 20, "检查楼道线路和电动车充电设施。", { requiresApproval: false }]],
  仙游县自来水公司: [["水质检测", "SERVICE", 10, "检测二次供水水箱水质。"]],
  中国移动仙游分公司: [["智能手机培训", "EXPERTISE", 40, "教老年人使用手机挂号、缴费和视频通话。"]],
  仙游农村商业银行: [["金融知识讲座", "EXPERTISE", 60, "防范非法集资和养老诈骗。"]],
  兴业银行仙游支行: [["金融知识讲座", "EXPERTISE", 60, "防范非法集资和养老诈骗。"]],
  仙游县律师协会: [["法律援助", "SERVICE", 10, "律师为困难居民提供免费法律援助。"]],
  仙游县红木家具协会: [["红木文化展厅", "VENUE", 80, "开展传统工艺研学和邻里文化活动。"]],
  仙游县城市管理局: [["城市管理政策宣讲", "EXPERTISE", 80, "讲解违章搭建、占道经营的管理规定。"]],
};
const LIAISON_TITLES: Record<UnitKind, string[]> = {
  HOSPITAL: ["党办主任", "公共卫生科科长"],
  SCHOOL: ["德育处主任", "党支部书记"],
  AGENCY: ["党建联络员", "办公室主任"],
  COMPANY: ["党建指导员", "行政经理"],
  SOCIAL_ORGANIZATION: ["秘书长", "会员部部长"],
};
const PURPOSES: Record<Resource["kind"], string[]> = {
  VENUE: ["小区党员活动", "议事协商会", "居民文艺排练", "暑期托管", "业主大会"],
  EXPERTISE: ["进小区讲座", "睦邻客厅专题活动", "老年人健康日"],
  SERVICE: ["上门服务", "睦邻客厅坐班", "便民服务日"],
  EQUIPMENT: ["小区邻里节", "消防演练", "重阳敬老活动"],
};

/**
 * Embedded units: 25 joined to the big branches of 59 estates, each near where it stands (the
 * county seat's hospitals, schools and bureaus in 鲤城街道, health centers and schools in the towns),
 * with one or two liaison contacts each and shared resources by kind of unit.
 */
export function addUnits(build: CountyBuild): void {
  const { county, random, calendar } = build;
  const unitsNeeded = deficit(25, county.units.filter((u) => u.joined.length > 0).length, "embedded units");
  if (NEW_UNITS.length !== unitsNeeded) throw new Error(`${NEW_UNITS.length} new units, not the ${unitsNeeded} needed`);
  const joined = new Set(county.units.flatMap((u) => u.joined.map((j) => j.estateId)));
  const estatesNeeded = deficit(59, joined.size, "estates with embedded units");
  const planned = NEW_UNITS.reduce((n, [, , , count]) => n + count, 0);
  if (planned !== estatesNeeded)
    throw new Error(`the new units join ${planned} estates, not the ${estatesNeeded} needed`);

  const pool = build.branchEstates.filter((e) => build.newEstates.includes(e) && !joined.has(e.id));
  for (const [name, kind, subdistrict, count] of NEW_UNITS) {
    const near = pool.filter((e) => build.subdistrictOf(e).name === subdistrict && !joined.has(e.id));
    // Near one community first: the unit's own neighbourhood.
    const home = random.pick(near).communityId;
    const picked = [...near.filter((e) => e.communityId === home), ...near.filter((e) => e.communityId !== home)].slice(
      0,
      count,
    );
    if (picked.length < count) throw new Error(`not enough estates near ${name}`);
    for (const e of picked) joined.add(e.id);
    // Some also stand behind an estate another unit joined first (a hospital and the police in one estate).
    const extra =
      random.next() < 0.35
        ? county.units
            .flatMap((u) => u.joined)
            .find(
              (j) =>
                build.subdistrictOf(build.estate(j.estateId)).name === subdistrict &&
                !picked.some((p) => p.id === j.estateId),
            )
        : undefined;
    const unit: Unit = {
      id: demoId("unit", name),
      name,
      kind,
      address: `仙游县${subdistrict}${build.community(home).name.replace("社区", "")}路 ${random.int(1, 200)} 号`,
      joined: [...picked.map((e) => e.id), ...(extra ? [extra.estateId] : [])].map((estateId) => ({
        estateId,
        joinedOn: date(calendar.year - random.int(1, 5), random.int(1, 12), 1),
      })),
    };
    county.units.push(unit);
    const offers = [...(OWN_OFFERS[name] ?? []), ...OFFERS_BY_KIND[kind]].slice(0, random.int(2, 3));
    for (const [resourceName, resourceKind, capacity, description, options] of offers) {
      county.resources.push({
        id: demoId("resource", `${name}/${resourceName}`),
        unitId: unit.id,
        name: resourceName,
        kind: resourceKind,
        description,
        capacity,
        requiresApproval: true,
        ...options,
        // A school's grounds are for the estates it joined; everything else is open to all.
        ...(kind === "SCHOOL" && resourceKind === "VENUE"
          ? { openToEstateIds: unit.joined.map((j) => j.estateId) }
          : {}),
      });
    }
  }
  // The sample's units that share nothing yet, by their line of work.
  for (const unit of county.units) {
    if (county.resources.some((r) => r.unitId === unit.id)) continue;
    for (const [resourceName, resourceKind, capacity, description, options] of OWN_OFFERS[unit.name] ??
      OFFERS_BY_KIND[unit.kind].slice(0, 1)) {
      county.resources.push({
        id: demoId("resource", `${unit.name}/${resourceName}`),
        unitId: unit.id,
        name: resourceName,
        kind: resourceKind,
        description,
        capacity,
        ...options,
      });
    }
  }
  // 联络人: every unit has one or two.
  county.liaisons = county.units.flatMap((unit) =>
    LIAISON_TITLES[unit.kind].slice(0, random.next() < 0.6 ? 2 : 1).map((title, k) => {
      const person = syntheticPerson(random);
      return {
        id: demoId("liaison", `${unit.name}/${k}`),
        unitId: unit.id,
        name: person.name,
        title,
        phone: person.phone,
      };
    }),
  );
}

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

/** 11 neighbourhood centers with 24 member units, 77 high-frequency items and 15 kinds moved down. */
export function addCenters(build: CountyBuild): void {
  const { county } = build;
  const centersNeeded = deficit(11, county.centers.length, "neighbourhood centers");
  const memberUnits = new Set(county.centers.flatMap((c) => c.unitIds));
  const candidates = county.units.filter((u) => !memberUnits.has(u.id)).map((u) => u.id);
  const membersNeeded = deficit(24, memberUnits.size, "center member units");
  const newMembers = candidates.slice(0, membersNeeded);
  if (newMembers.length < membersNeeded) throw new Error("not enough units for the centers");
  const highFrequency = deficit(
    77,
    county.centers.flatMap((c) => c.items).filter((i) => i.category === "HIGH_FREQUENCY").length,
    "high-frequency items",
  );
  const offered = new Set(
    county.centers.flatMap((c) => c.items.filter((i) => i.offeredInLivingRooms).map((i) => i.name)),
  );
  const kinds = MOVED_DOWN_KINDS.filter((k) => !offered.has(k)).slice(0, deficit(15, offered.size, "kinds moved down"));
  for (let c = 0; c < centersNeeded; c += 1) {
    const name = `${CENTER_NAMES[c]}社区“党建+”邻里中心`;
    const share = (n: number) => Array.from({ length: n }, (_, k) => k).filter((k) => k % centersNeeded === c);
    const items = [
      ...share(highFrequency).map((k) => ({
        name: HIGH_FREQUENCY_ITEMS[Math.floor(k / centersNeeded) % HIGH_FREQUENCY_ITEMS.length]!,
        category: "HIGH_FREQUENCY" as const,
        offeredInLivingRooms: false,
      })),
      ...share(kinds.length).map((k) => ({ name: kinds[k]!, category: "OTHER" as const, offeredInLivingRooms: true })),
      { name: "24 小时自助服务终端", category: "SELF_SERVICE_MACHINE" as const, offeredInLivingRooms: false },
      { name: "12345 便民服务热线受理点", category: "HOTLINE_12345" as const, offeredInLivingRooms: false },
    ];
    county.centers.push({
      id: demoId("center", name),
      name,
      address: `仙游县${CENTER_NAMES[c]}社区服务中心`,
      unitIds: share(newMembers.length).map((k) => newMembers[k]!),
      items: items.map((item, k) => ({ ...item, id: demoId("centerItem", `${name}/${k}/${item.name}`) })),
    });
  }
}

/**
 * Bookings over the last year and the next three weeks: venues busiest in March (学雷锋), the
 * summer holidays and October (重阳); most approved, some declined or cancelled, and requests
 * still waiting for the owner around today. A resource's bookings that hold a slot never overlap.
 */
export function addBookings(build: CountyBuild): void {
  const { county, random, timing, calendar } = build;
  const perYear: Record<Resource["kind"], [number, number]> = {
    VENUE: [10, 22],
    EXPERTISE: [5, 12],
    SERVICE: [5, 12],
    EQUIPMENT: [3, 8],
  };
  for (const resource of county.resources) {
    const unit = county.units.find((u) => u.id === resource.unitId);
    if (!unit) continue;
    const near = new Set(unit.joined.map((j) => build.subdistrictOf(build.estate(j.estateId)).id));
    const allowed = resource.openToEstateIds?.length
      ? resource.openToEstateIds.map((id) => build.estate(id))
      : [
          ...unit.joined.map((j) => build.estate(j.estateId)),
          ...unit.joined.map((j) => build.estate(j.estateId)),
          ...build.branchEstates.filter((e) => near.has(build.subdistrictOf(e).id)),
        ];
    const count = random.int(...perYear[resource.kind]);
    const held = new Set<string>();
    for (let j = 0; j < count; j += 1) {
      const draw = random.next();
      const fate =
        draw < 0.7 ? "past" : draw < 0.78 ? "declined" : draw < 0.85 ? "cancelled" : draw < 0.93 ? "pending" : "ahead";
      const estate: Estate = random.pick(allowed);
      const purpose = random.pick(PURPOSES[resource.kind]);
      const id = demoId("booking", `${resource.id}/${j}`);
      const hours = resource.kind === "EQUIPMENT" ? 24 : resource.kind === "SERVICE" ? 3 : 2;
      let startsAt = "";
      // A free slot (day and start hour) for the booking's fate; cancelled and declined hold none.
      for (let attempt = 0; attempt < 40; attempt += 1) {
        const days =
          fate === "past"
            ? seasonalDays(build)
            : fate === "pending"
              ? -timing.int(1, 14)
              : fate === "ahead"
                ? -timing.int(1, 21)
                : fate === "declined"
                  ? timing.int(-14, 20)
                  : timing.int(3, 300);
        const hour = resource.kind === "EQUIPMENT" ? 8 : timing.pick([9, 14, 19]);
        const slot = `${days}|${resource.kind === "EQUIPMENT" ? 0 : hour}`;
        const holds = fate !== "declined" && fate !== "cancelled";
        if (holds && held.has(slot)) continue;
        if (holds) held.add(slot);
        startsAt = calendar.at(days, hour, hour === 19 ? 30 : 0);
        break;
      }
      // No free slot left: the request was withdrawn (it holds none).
      const withdrawn = !startsAt;
      if (withdrawn) startsAt = calendar.at(timing.int(3, 300), 9);
      const state: DemoCounty["bookings"][number]["state"] = withdrawn
        ? "CANCELLED"
        : fate === "past" || fate === "ahead"
          ? "APPROVED"
          : fate === "declined"
            ? "DECLINED"
            : fate === "cancelled"
              ? "CANCELLED"
              : "PENDING";
      // Asked some days ahead (never after today), answered within about a day.
      const leadDays = Math.max(1, logNormal(timing, 6, 0.6));
      const requestedAt = earliest(addHours(startsAt, -leadDays * 24), calendar.at(timing.int(0, 3) + 1, 10));
      // Answered before the time it asks for, and before today.
      const deadline = earliest(addHours(startsAt, -1), calendar.at(1, 23, 30));
      const answeredAt = latest(
        earliest(addHours(requestedAt, Math.max(1, logNormal(timing, 18, 0.8))), deadline),
        addHours(requestedAt, 0.5),
      );
      const answer = state === "PENDING" ? null : state === "CANCELLED" ? "CANCELLED" : state;
      county.bookings.push({
        id,
        resourceId: resource.id,
        estateId: estate.id,
        startsAt,
        endsAt: addHours(startsAt, hours),
        state,
        purpose,
        history: [
          {
            id: demoId("historyEvent", `booking/${id}/0`),
            fromState: null,
            toState: "PENDING",
            occurredAt: requestedAt,
          },
          ...(answer
            ? [
                {
                  id: demoId("historyEvent", `booking/${id}/1`),
                  fromState: "PENDING",
                  toState: answer,
                  occurredAt: answeredAt,
                },
              ]
            : []),
        ],
      });
    }
  }
}

const earliest = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const latest = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** Days back (3 to 365) for a past booking, months weighted by the booking season. */
function seasonalDays(build: CountyBuild): number {
  const { timing, calendar } = build;
  const weights = Array.from({ length: 12 }, (_, m) => BOOKING_SEASON[calendar.monthOfDay(m * 30.4 + 15) - 1]!);
  const m = weighted(timing, weights);
  return Math.max(3, Math.round(m * 30.4 + timing.next() * 30.4));
}
