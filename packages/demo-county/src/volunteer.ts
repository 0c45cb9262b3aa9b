import { demoId } from "./ids";
import type { DemoCounty } from "./types";

type Activity = DemoCounty["activities"][number];
type Post = DemoCounty["servicePosts"][number];

const member = (estate: string, name: string) => demoId("member", `${estate}/${name}`);
const team = (name: string) => demoId("team", name);
const estate = (name: string) => demoId("estate", name);
const volunteer = (name: string) => demoId("volunteer", name);

const MULAN_TEAM = "木兰社区学雷锋志愿服务队";
const NANQIAO_TEAM = "南桥锦福家园党员志愿者队";
const DONGMEN_TEAM = "东门顺安党员志愿者队";

function activity(
  title: string,
  teamName: string,
  estateName: string,
  kind: Activity["kind"],
  startsAt: string,
  endsAt: string,
  capacity: number,
  place: string | null,
  signUps: [volunteerName: string, state: Activity["signUps"][number]["state"]][],
): Activity {
  return {
    id: demoId("activity", title),
    teamId: team(teamName),
    estateId: estate(estateName),
    title,
    kind,
    startsAt,
    endsAt,
    placeId: place ? demoId("resource", place) : null,
    capacity,
    signUps: signUps.map(([name, state]) => ({
      id: demoId("signUp", `${title}/${name}`),
      volunteerId: volunteer(name),
      state,
    })),
  };
}

function post(
  title: string,
  teamName: string,
  estateName: string,
  kind: Post["kind"],
  capacity: number,
  shift: [startsAt: string, endsAt: string] | "FLEXIBLE" | "OPEN_ENDED",
  claims: [volunteerName: string, memberId: string, state: Post["claims"][number]["state"]][],
): Post {
  return {
    id: demoId("post", title),
    teamId: team(teamName),
    estateId: estate(estateName),
    kind,
    title,
    capacity,
    schedule: Array.isArray(shift) ? "FIXED_SHIFT" : shift,
    shiftStartsAt: Array.isArray(shift) ? shift[0] : null,
    shiftEndsAt: Array.isArray(shift) ? shift[1] : null,
    claims: claims.map(([name, memberId, state]) => ({
      id: demoId("claim", `${title}/${name}`),
      volunteerId: volunteer(name),
      memberId,
      state,
    })),
  };
}

/**
 * The volunteer services' part of the sample: volunteers (in-service party members and one
 * resident who is not a member), two activities with their sign-ups, one post of each of the five
 * kinds with claims in every state, and the service hours the check-ins and completed posts
 * recorded. A small honest sample, not the report's figures.
 */
export function volunteerSample(): Pick<
  DemoCounty,
  "volunteers" | "teamMemberships" | "activities" | "servicePosts" | "serviceHours" | "redProxyItems"
> {
  const volunteers = [
    { id: volunteer("陈秀英"), name: "陈秀英", partyMemberId: member("南桥锦福家园", "陈秀英") },
    { id: volunteer("李美玲"), name: "李美玲", partyMemberId: member("木兰滨河", "李美玲") },
    { id: volunteer("徐晓燕"), name: "徐晓燕", partyMemberId: member("木兰乐园", "徐晓燕") },
    { id: volunteer("朱德明"), name: "朱德明", partyMemberId: member("兰鑫花园", "朱德明") },
    { id: volunteer("黄丽萍"), name: "黄丽萍", partyMemberId: member("东门顺安", "黄丽萍") },
    // A resident who volunteers without being a party member.
    { id: volunteer("林小梅"), name: "林小梅", partyMemberId: null },
  ];
  const haircut = activity(
    "重阳节义剪进小区",
    MULAN_TEAM,
    "木兰滨河",
    "FREE_HAIRCUT",
    "2023-10-23T01:00:00.000Z",
    "2023-10-23T03:30:00.000Z",
    20,
    null,
    [
      ["李美玲", "CHECKED_IN"],
      ["徐晓燕", "CHECKED_IN"],
      ["林小梅", "SIGNED_UP"],
    ],
  );
  const clinic = activity(
    "东门顺安社区义诊",
    DONGMEN_TEAM,
    "东门顺安",
    "FREE_CLINIC",
    "2023-11-11T01:00:00.000Z",
    "2023-11-11T04:00:00.000Z",
    2,
    "顺安工程有限公司/会议室",
    [
      ["黄丽萍", "SIGNED_UP"],
      ["林小梅", "SIGNED_UP"],
    ],
  );
  // The community's clean-up day is open to every resident of the three estates the team serves.
  const cleanUp = activity(
    "木兰社区环境整治日",
    MULAN_TEAM,
    "木兰滨河",
    "CLEAN_UP",
    "2023-12-02T00:30:00.000Z",
    "2023-12-02T03:30:00.000Z",
    300,
    null,
    [["林小梅", "SIGNED_UP"]],
  );
  const patrol = post(
    "木兰滨河夜间巡逻",
    MULAN_TEAM,
    "木兰滨河",
    "SAFETY_GUARD",
    4,
    ["2023-11-04T11:00:00.000Z", "2023-11-04T13:00:00.000Z"],
    [["李美玲", member("木兰滨河", "李美玲"), "COMPLETED"]],
  );
  const visits = post("南桥锦福家园独居老人探访", NANQIAO_TEAM, "南桥锦福家园", "WARM_SERVICE", 5, "FLEXIBLE", [
    ["陈秀英", member("南桥锦福家园", "陈秀英"), "COMPLETED"],
  ]);
  const servicePosts = [
    post("木兰滨河邻里调解岗", MULAN_TEAM, "木兰滨河", "HARMONY_GUARD", 3, "OPEN_ENDED", [
      ["李美玲", member("木兰滨河", "李美玲"), "ACCEPTED"],
    ]),
    patrol,
    visits,
    post(
      "东门顺安楼道清洁日",
      DONGMEN_TEAM,
      "东门顺安",
      "ENVIRONMENT",
      10,
      ["2023-11-18T00:30:00.000Z", "2023-11-18T03:00:00.000Z"],
      [["黄丽萍", member("东门顺安", "黄丽萍"), "REJECTED"]],
    ),
    // 在职党员到社区报到: every in-service member living in the estates reports in and serves here.
    post("木兰社区在职党员报到服务岗", MULAN_TEAM, "木兰滨河", "WARM_SERVICE", 500, "OPEN_ENDED", []),
    post("兰鑫花园周边餐饮巡查", MULAN_TEAM, "兰鑫花园", "FOOD_SAFETY", 2, "FLEXIBLE", [
      ["朱德明", member("兰鑫花园", "朱德明"), "CLAIMED"],
    ]),
  ];
  const checkIn = (name: string) => ({
    id: demoId("hourEntry", `${haircut.title}/${name}`),
    volunteerId: volunteer(name),
    teamId: haircut.teamId,
    estateId: haircut.estateId,
    servedOn: "2023-10-23",
    minutes: 150,
    source: "ACTIVITY_CHECK_IN" as const,
    signUpId: demoId("signUp", `${haircut.title}/${name}`),
    claimId: null,
  });
  const completed = (p: Post, name: string, servedOn: string, minutes: number) => ({
    id: demoId("hourEntry", `${p.title}/${name}`),
    volunteerId: volunteer(name),
    teamId: p.teamId,
    estateId: p.estateId,
    servedOn,
    minutes,
    source: "POST_COMPLETED" as const,
    signUpId: null,
    claimId: demoId("claim", `${p.title}/${name}`),
  });
  return {
    volunteers,
    activities: [haircut, clinic, cleanUp],
    servicePosts,
    serviceHours: [
      checkIn("李美玲"),
      checkIn("徐晓燕"),
      completed(patrol, "李美玲", "2023-11-04", 120),
      completed(visits, "陈秀英", "2023-11-20", 90),
    ],
    teamMemberships: rosters(),
    redProxyItems: redProxyCatalogue(),
  };
}

const MULAN_CENTER = demoId("center", "木兰社区“党建+”邻里中心");

function redProxyItem(
  category: DemoCounty["redProxyItems"][number]["category"],
  name: string,
  description: string,
  targetHours: number,
  movedDownFrom: string | null = null,
): DemoCounty["redProxyItems"][number] {
  return {
    id: demoId("redProxyItem", name),
    name,
    description,
    category,
    targetHours,
    movedDown: movedDownFrom !== null,
    centerId: movedDownFrom,
  };
}

/** 红色代办 — the desk's catalogue in its four categories; two kinds moved down from 木兰's center. */
type Membership = NonNullable<DemoCounty["teamMemberships"]>[number];

function membership(
  teamName: string,
  volunteerName: string,
  role: Membership["role"],
  joinedOn: string,
  leftOn: string | null = null,
): Membership {
  return {
    id: demoId("teamMembership", `${teamName}/${volunteerName}/${joinedOn}`),
    teamId: team(teamName),
    volunteerId: volunteer(volunteerName),
    role,
    joinedOn,
    leftOn,
  };
}

/** 队员名册 — the teams' rosters: a leader each, members, and one member who left and came back. */
function rosters(): Membership[] {
  return [
    membership(MULAN_TEAM, "李美玲", "LEADER", "2019-03-05"),
    membership(MULAN_TEAM, "徐晓燕", "MEMBER", "2019-06-01", "2021-12-31"),
    membership(MULAN_TEAM, "徐晓燕", "MEMBER", "2022-03-01"),
    membership(MULAN_TEAM, "朱德明", "MEMBER", "2021-01-10"),
    membership(MULAN_TEAM, "林小梅", "MEMBER", "2022-09-01"),
    membership(NANQIAO_TEAM, "陈秀英", "LEADER", "2020-06-01"),
    membership(DONGMEN_TEAM, "黄丽萍", "LEADER", "2020-08-01"),
    membership(DONGMEN_TEAM, "林小梅", "MEMBER", "2023-01-01"),
  ];
}

function redProxyCatalogue(): DemoCounty["redProxyItems"] {
  return [
    redProxyItem("PARTY_AFFAIRS", "党组织关系转接", "代为准备并递交党组织关系转接材料。", 72),
    redProxyItem("PARTY_AFFAIRS", "代缴党费", "为行动不便的老党员代缴党费。", 48),
    redProxyItem("LIFE_SERVICE", "代缴水电费", "代为缴纳水费、电费、燃气费。", 24),
    redProxyItem("LIFE_SERVICE", "代办社保卡", "代为申领、补办社会保障卡。", 120, MULAN_CENTER),
    redProxyItem("LEGAL_AID", "法律咨询预约", "预约社区法律顾问，当面或电话咨询。", 48),
    redProxyItem("LEGAL_AID", "法律援助申请", "协助准备并递交法律援助申请。", 120, MULAN_CENTER),
    redProxyItem("VOLUNTEER_SERVICE", "志愿者招募登记", "代为登记成为志愿者并加入队伍。", 24),
    redProxyItem("VOLUNTEER_SERVICE", "上门陪伴探访", "为独居老人安排志愿者上门陪伴。", 72),
  ];
}
