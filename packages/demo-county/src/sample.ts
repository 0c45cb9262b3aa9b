import { demoId } from "./ids";
import { partySample } from "./party";
import { residentIdNumber } from "./people";
import { propertySample } from "./property";
import type { DemoCounty } from "./types";
import { unitsSample } from "./units";
import { volunteerSample } from "./volunteer";

type Estate = DemoCounty["estates"][number];

const estate = (
  community: string,
  name: string,
  type: Estate["type"],
  households: number,
  address: string,
  governanceModel: string | null = null,
  resettlement = false,
): Estate => ({
  id: demoId("estate", name),
  communityId: demoId("community", community),
  name,
  type,
  resettlement,
  households,
  address,
  governanceModel,
});

/**
 * A small, honest sample of Xianyou County: the places, branches, companies, units and teams
 * that the report names, with the relations it states. The full county with every figure of
 * the report is a separate, larger fixture.
 */
export function sampleCounty(): DemoCounty {
  const e = (name: string) => demoId("estate", name);
  return {
    county: { id: demoId("county", "仙游县"), name: "仙游县" },
    subdistricts: [
      { id: demoId("subdistrict", "鲤城街道"), name: "鲤城街道", kind: "SUBDISTRICT" },
      { id: demoId("subdistrict", "鲤南镇"), name: "鲤南镇", kind: "TOWN" },
    ],
    communities: [
      { id: demoId("community", "木兰社区"), subdistrictId: demoId("subdistrict", "鲤城街道"), name: "木兰社区" },
      { id: demoId("community", "洪桥社区"), subdistrictId: demoId("subdistrict", "鲤城街道"), name: "洪桥社区" },
      { id: demoId("community", "南桥社区"), subdistrictId: demoId("subdistrict", "鲤城街道"), name: "南桥社区" },
      { id: demoId("community", "东门社区"), subdistrictId: demoId("subdistrict", "鲤城街道"), name: "东门社区" },
      { id: demoId("community", "仙安社区"), subdistrictId: demoId("subdistrict", "鲤南镇"), name: "仙安社区" },
    ],
    estates: [
      estate("南桥社区", "南桥锦福家园", "HIGH_RISE_MANAGED", 620, "仙游县鲤城街道南桥路 18 号", "五家心事"),
      estate("东门社区", "东门顺安", "HIGH_RISE_MANAGED", 480, "仙游县鲤城街道东门路 66 号", "五家心事"),
      estate("木兰社区", "木兰滨河", "MIXED_USE_MANAGED", 356, "仙游县鲤城街道木兰滨河路 9 号", "五微睦邻"),
      estate("木兰社区", "木兰乐园", "MIXED_USE_MANAGED", 290, "仙游县鲤城街道木兰路 120 号"),
      estate("木兰社区", "兰鑫花园", "OPEN_UNMANAGED", 168, "仙游县鲤城街道兰溪巷 3 号", "兰鑫"),
      estate("仙安社区", "仙安石鼓山", "OPEN_UNMANAGED", 212, "仙游县鲤南镇石鼓山安置区", "四自", true),
      estate("洪桥社区", "洪桥花苑", "HIGH_RISE_MANAGED", 330, "仙游县鲤城街道洪桥街 25 号"),
      estate("洪桥社区", "洪桥新村", "OPEN_UNMANAGED", 140, "仙游县鲤城街道洪桥街 41 号"),
    ],
    branches: [
      branch("南桥锦福家园小区党支部", "STANDALONE", "ESTABLISHED", "2020-05-04", [e("南桥锦福家园")]),
      branch("东门顺安小区党支部", "STANDALONE", "ESTABLISHED", "2020-06-18", [e("东门顺安")]),
      branch("木兰滨河小区党支部", "STANDALONE", "ESTABLISHED", "2017-07-01", [e("木兰滨河")]),
      branch("木兰乐园小区党支部", "STANDALONE", "MATURE", "2021-03-12", [e("木兰乐园")]),
      branch("兰鑫花园小区党支部", "COMBINED", "MATURE", "2021-09-30", [e("兰鑫花园")]),
      branch("仙安石鼓山小区党支部", "STANDALONE", "COVERED", "2022-01-15", [e("仙安石鼓山")]),
      branch("洪桥社区小区联合党支部", "JOINT", "COVERED", "2022-04-20", [e("洪桥花苑"), e("洪桥新村")]),
    ],
    companies: [
      { id: demoId("company", "嘉庆物业"), name: "嘉庆物业服务有限公司", address: "仙游县鲤城街道南桥路 2 号" },
      { id: demoId("company", "顺安物业"), name: "顺安物业服务有限公司", address: "仙游县鲤城街道东门路 10 号" },
      { id: demoId("company", "恒达物业"), name: "恒达物业管理有限公司", address: "仙游县鲤城街道八二一街 77 号" },
    ],
    contracts: [
      contract("嘉庆物业", "南桥锦福家园", "2019-01-01", null),
      contract("顺安物业", "东门顺安", "2018-07-01", null),
      // 木兰滨河 replaced its property company (物业服务企业更替): the history is kept.
      contract("恒达物业", "木兰滨河", "2014-03-01", "2020-12-31"),
      contract("嘉庆物业", "木兰滨河", "2021-01-01", null),
      contract("顺安物业", "木兰乐园", "2016-05-01", null),
      contract("恒达物业", "洪桥花苑", "2015-09-01", null),
    ],
    units: [
      unit("海通劳务派遣有限公司", "COMPANY", "仙游县鲤城街道南桥路 30 号", [["南桥锦福家园", "2021-04-01"]]),
      unit("全安消防技术有限公司", "COMPANY", "仙游县鲤城街道学府路 8 号", [
        ["南桥锦福家园", "2021-04-01"],
        ["木兰滨河", "2022-02-15"],
      ]),
      unit("顺安工程有限公司", "COMPANY", "仙游县鲤城街道东门路 12 号", [["东门顺安", "2020-11-01"]]),
      unit("仙游县城市管理局", "AGENCY", "仙游县鲤城街道县府路 1 号", [
        ["仙安石鼓山", "2022-03-01"],
        ["兰鑫花园", "2022-03-01"],
      ]),
    ],
    teams: [
      team("南桥锦福家园党员志愿者队", "2020-06-01", ["南桥锦福家园"]),
      team("东门顺安党员志愿者队", "2020-08-01", ["东门顺安"]),
      team("木兰社区学雷锋志愿服务队", "2019-03-05", ["木兰滨河", "木兰乐园", "兰鑫花园"]),
      team("仙安石鼓山邻帮志愿队", "2022-05-01", ["仙安石鼓山"]),
    ],
    resources: [
      resource(
        "全安消防技术有限公司",
        "消防安全培训",
        "EXPERTISE",
        "消防员上门讲解家庭防火、灭火器使用和逃生路线，每季度一次。",
        60,
      ),
      resource(
        "全安消防技术有限公司",
        "应急演练器材",
        "EQUIPMENT",
        "灭火器、烟雾发生器和应急照明，供小区开展消防演练时借用。",
        20,
      ),
      resource("海通劳务派遣有限公司", "就业指导", "SERVICE", "为小区居民提供求职登记、岗位推荐和技能培训咨询。", 30),
      resource("顺安工程有限公司", "会议室", "VENUE", "可容纳 40 人的会议室，供小区议事协商和党员活动使用。", 40),
    ],
    // Invented people: names, phones and ID numbers are synthetic (the ID numbers only carry
    // Xianyou's region code 350322 and a valid check digit).
    // biome-ignore format: a table reads best one member a line
    members: [
      member("南桥锦福家园", "南桥锦福家园小区党支部", "林志强", "REGISTERED", "13805941021", "19620314", "031", "仙游县鲤城街道南桥路 18 号 2 幢 801 室"),
      member("南桥锦福家园", "南桥锦福家园小区党支部", "陈秀英", "IN_SERVICE", "15959420317", "19781102", "046", "仙游县鲤城街道南桥路 18 号 5 幢 302 室"),
      member("东门顺安", "东门顺安小区党支部", "郑国华", "REGISTERED", "13696851172", "19580721", "015", "仙游县鲤城街道东门路 66 号 1 幢 1202 室"),
      member("东门顺安", "东门顺安小区党支部", "方振东", "IN_SERVICE", "13959487720", "19720515", "035", "仙游县鲤城街道东门路 66 号 2 幢 1501 室"),
      member("东门顺安", null, "黄丽萍", "IN_SERVICE", "18805942638", "19850409", "082", "仙游县鲤城街道东门路 66 号 3 幢 606 室"),
      member("木兰滨河", "木兰滨河小区党支部", "吴建平", "REGISTERED", "13906942215", "19550930", "057", "仙游县鲤城街道木兰滨河路 9 号 6 幢 101 室"),
      member("木兰滨河", "木兰滨河小区党支部", "李美玲", "IN_SERVICE", "15080302746", "19830117", "024", "仙游县鲤城街道木兰滨河路 9 号 2 幢 1503 室"),
      member("木兰滨河", "木兰滨河小区党支部", "蔡文辉", "REGISTERED", "17750231988", "19691205", "113", "仙游县鲤城街道木兰滨河路 9 号 4 幢 702 室"),
      member("木兰乐园", "木兰乐园小区党支部", "张金水", "REGISTERED", "13559416603", "19500612", "071", "仙游县鲤城街道木兰路 120 号 3 幢 402 室"),
      member("木兰乐园", "木兰乐园小区党支部", "徐晓燕", "IN_SERVICE", "18359422410", "19900825", "038", "仙游县鲤城街道木兰路 120 号 1 幢 1101 室"),
      member("兰鑫花园", "兰鑫花园小区党支部", "何瑞芳", "REGISTERED", "13075948831", "19660228", "062", "仙游县鲤城街道兰溪巷 3 号 7 座 201 室"),
      member("兰鑫花园", "兰鑫花园小区党支部", "朱德明", "IN_SERVICE", "15260475519", "19751003", "095", "仙游县鲤城街道兰溪巷 3 号 2 座 102 室"),
      member("仙安石鼓山", "仙安石鼓山小区党支部", "陈阿娇", "REGISTERED", "13860956142", "19610519", "028", "仙游县鲤南镇石鼓山安置区 3 号楼 201 室"),
      member("仙安石鼓山", "仙安石鼓山小区党支部", "王永福", "REGISTERED", "18960327715", "19571111", "019", "仙游县鲤南镇石鼓山安置区 8 号楼 502 室"),
      member("洪桥花苑", "洪桥社区小区联合党支部", "杨春生", "REGISTERED", "13950681307", "19590404", "043", "仙游县鲤城街道洪桥街 25 号 2 幢 301 室"),
      member("洪桥花苑", "洪桥社区小区联合党支部", "刘丽华", "IN_SERVICE", "15880317264", "19810707", "086", "仙游县鲤城街道洪桥街 25 号 5 幢 802 室"),
      member("洪桥新村", "洪桥社区小区联合党支部", "郭秋月", "REGISTERED", "13615942289", "19640916", "054", "仙游县鲤城街道洪桥街 41 号 12 栋 2 号"),
      member("洪桥新村", "洪桥社区小区联合党支部", "潘建国", "IN_SERVICE", "18650372053", "19790322", "077", "仙游县鲤城街道洪桥街 41 号 6 栋 1 号"),
    ],
    // The volunteer services' volunteers, activities, service posts and hours.
    ...volunteerSample(),
    // The property authority's committees, councils, ledger and service items.
    ...propertySample(),
    // The embedded units agency's neighbourhood centers.
    ...unitsSample(),
    // The party organization's secretaries, grid leaders, living rooms, mediators and problem routing.
    ...partySample(),
    // Problems, disputes and bookings come with the full county (xianyou.ts); tests make their own.
    problems: [],
    disputes: [],
    bookings: [],
  };
}

function branch(
  name: string,
  formation: DemoCounty["branches"][number]["formation"],
  stage: DemoCounty["branches"][number]["stage"],
  foundedOn: string,
  estateIds: string[],
): DemoCounty["branches"][number] {
  return { id: demoId("branch", name), name, formation, stage, foundedOn, estateIds };
}

function contract(company: string, estateName: string, startsOn: string, endsOn: string | null) {
  return {
    id: demoId("contract", `${company}/${estateName}/${startsOn}`),
    companyId: demoId("company", company),
    estateId: demoId("estate", estateName),
    startsOn,
    endsOn,
  };
}

function unit(
  name: string,
  kind: DemoCounty["units"][number]["kind"],
  address: string,
  joined: [estateName: string, joinedOn: string][],
): DemoCounty["units"][number] {
  return {
    id: demoId("unit", name),
    name,
    kind,
    address,
    joined: joined.map(([estateName, joinedOn]) => ({ estateId: demoId("estate", estateName), joinedOn })),
  };
}

function team(name: string, foundedOn: string, estateNames: string[]): DemoCounty["teams"][number] {
  return { id: demoId("team", name), name, foundedOn, estateIds: estateNames.map((n) => demoId("estate", n)) };
}

function resource(
  unitName: string,
  name: string,
  kind: DemoCounty["resources"][number]["kind"],
  description: string,
  capacity: number,
): DemoCounty["resources"][number] {
  return {
    id: demoId("resource", `${unitName}/${name}`),
    unitId: demoId("unit", unitName),
    name,
    kind,
    description,
    capacity,
  };
}

function member(
  estateName: string,
  branchName: string | null,
  name: string,
  kind: DemoCounty["members"][number]["kind"],
  phone: string,
  birthDate: string,
  sequence: string,
  address: string,
): DemoCounty["members"][number] {
  return {
    id: demoId("member", `${estateName}/${name}`),
    name,
    kind,
    phone,
    idNumber: residentIdNumber(`350322${birthDate}${sequence}`),
    address,
    estateId: demoId("estate", estateName),
    branchId: branchName ? demoId("branch", branchName) : null,
  };
}
