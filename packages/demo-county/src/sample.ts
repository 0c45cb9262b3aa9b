import { demoId } from "./ids";
import type { DemoCounty } from "./types";

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
