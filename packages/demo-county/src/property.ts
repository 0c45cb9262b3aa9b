import { demoId } from "./ids";
import type { DemoCounty } from "./types";

type PropertySample = Pick<
  DemoCounty,
  "ownersCommittees" | "councils" | "ledgerEntries" | "serviceItems" | "companyStaff"
>;
type Seat = [name: string, role: "CHAIR" | "VICE_CHAIR" | "MEMBER", partyMember: string | null];

const member = (estateAndName: string) => demoId("member", estateAndName);

function committee(
  estateName: string,
  termStartsOn: string,
  termEndsOn: string,
  succeededOn: string | null,
  seats: Seat[],
): DemoCounty["ownersCommittees"][number] {
  const id = demoId("committee", `${estateName}/${termStartsOn}`);
  return {
    id,
    estateId: demoId("estate", estateName),
    termStartsOn,
    termEndsOn,
    succeededOn,
    seats: seats.map(([name, role, partyMember], position) => ({
      id: demoId("committeeSeat", `${estateName}/${termStartsOn}/${name}`),
      position,
      name,
      role,
      partyMemberId: partyMember ? member(partyMember) : null,
    })),
  };
}

const shigushan = demoId("council", "仙安石鼓山业主自治会");
const entry = (
  name: string,
  kind: "INCOME" | "EXPENSE",
  amountFen: number,
  memo: string,
  occurredOn: string,
  corrects: string | null = null,
): DemoCounty["ledgerEntries"][number] => ({
  id: demoId("ledgerEntry", `仙安石鼓山/${name}`),
  councilId: shigushan,
  kind,
  amountFen,
  memo,
  occurredOn,
  correctsEntryId: corrects ? demoId("ledgerEntry", `仙安石鼓山/${corrects}`) : null,
});

const item = (company: string, name: string, description: string, feeNote: string) => ({
  id: demoId("serviceItem", `${company}/${name}`),
  companyId: demoId("company", company),
  name,
  description,
  feeNote,
});

const staff = (company: string, name: string, position: string, partyMember: string | null = null) => ({
  id: demoId("companyStaff", `${company}/${name}`),
  companyId: demoId("company", company),
  name,
  position,
  partyMemberId: partyMember ? member(partyMember) : null,
});

/**
 * The property authority's part of the sample: 木兰滨河 re-elected its owners' committee in 2021
 * and its new chair is the party member 吴建平 (the branch's secretary in the party data: 一肩挑);
 * 南桥锦福家园's committee has a party member on it but a chair who is not one; 仙安石鼓山, a
 * resettlement estate, runs itself through a self-governance council (四自) with a public ledger.
 * Committee members who are not party members are invented names. 嘉庆 and 顺安 are 红色物业
 * (the report: "依托嘉庆、顺安等物业服务企业，建立党支部"); the party data has no company
 * branches yet, so their red is recorded through party members on their staff — 林志强, on the
 * roll of 南桥锦福家园 (managed by 嘉庆), keeps its gate, and 徐晓燕, an in-service member of
 * 木兰乐园 (managed by 顺安) employed by the labour-dispatch firm 海通, is placed with 顺安 as its
 * customer-service lead. 恒达 has staff but no party member among them: it is not red. Staff who
 * are not party members are invented names.
 */
export function propertySample(): PropertySample {
  return {
    ownersCommittees: [
      committee("木兰滨河", "2016-06-01", "2021-05-31", "2021-06-01", [
        ["郑玉兰", "CHAIR", null],
        ["吴建平", "VICE_CHAIR", "木兰滨河/吴建平"],
        ["方志诚", "MEMBER", null],
        ["林美华", "MEMBER", null],
        ["黄振兴", "MEMBER", null],
      ]),
      committee("木兰滨河", "2021-06-01", "2026-05-31", null, [
        ["吴建平", "CHAIR", "木兰滨河/吴建平"],
        ["蔡文辉", "VICE_CHAIR", "木兰滨河/蔡文辉"],
        ["方志诚", "MEMBER", null],
        ["陈淑芬", "MEMBER", null],
        ["余明亮", "MEMBER", null],
      ]),
      committee("南桥锦福家园", "2020-09-01", "2025-08-31", null, [
        ["许国栋", "CHAIR", null],
        ["陈秀英", "VICE_CHAIR", "南桥锦福家园/陈秀英"],
        ["卓丽君", "MEMBER", null],
        ["傅建新", "MEMBER", null],
        ["翁雅琴", "MEMBER", null],
      ]),
      committee("东门顺安", "2019-11-01", "2024-10-31", null, [
        ["戴文生", "CHAIR", null],
        ["叶春梅", "VICE_CHAIR", null],
        ["谢天佑", "MEMBER", null],
      ]),
    ],
    councils: [
      {
        id: shigushan,
        estateId: demoId("estate", "仙安石鼓山"),
        name: "仙安石鼓山业主自治会",
        foundedOn: "2022-03-01",
      },
    ],
    ledgerEntries: [
      entry("2023-01 卫生费", "INCOME", 636_000, "2023 年第一季度卫生保洁费，212 户", "2023-01-15"),
      entry("2023-02 路灯维修", "EXPENSE", 128_000, "3 号楼至 8 号楼路灯更换", "2023-02-20"),
      entry("2023-03 保洁工资", "EXPENSE", 450_000, "保洁员一季度工资", "2023-03-31"),
      entry(
        "2023-04 更正路灯",
        "EXPENSE",
        12_000,
        "更正：路灯维修实付 1400 元，少记 120 元",
        "2023-04-02",
        "2023-02 路灯维修",
      ),
      entry("2023-04 卫生费", "INCOME", 636_000, "2023 年第二季度卫生保洁费，212 户", "2023-04-15"),
    ],
    serviceItems: [
      item("嘉庆物业", "秩序维护", "24 小时门岗和夜间巡逻", "含在物业费内"),
      item("嘉庆物业", "电动车集中充电", "地下车库集中充电桩，刷卡充电", "按电量计费，每度 1 元"),
      item("嘉庆物业", "入户维修", "水电、门窗小修，工作日 24 小时内上门", "材料费另计，人工免费"),
      item("顺安物业", "绿化养护", "小区公共绿地修剪、补种", "含在物业费内"),
      item("顺安物业", "公共设施维修", "楼道灯、单元门禁等公共设施报修", "含在物业费内"),
      item("恒达物业", "保洁", "楼道每日清扫、垃圾清运", "含在物业费内"),
    ],
    companyStaff: [
      staff("嘉庆物业", "黄志明", "项目经理"),
      staff("嘉庆物业", "林志强", "秩序维护员", "南桥锦福家园/林志强"),
      staff("嘉庆物业", "卢佳慧", "客服专员"),
      staff("顺安物业", "陈建华", "项目经理"),
      staff("顺安物业", "徐晓燕", "客服主管", "木兰乐园/徐晓燕"),
      staff("恒达物业", "严国庆", "项目经理"),
      staff("恒达物业", "曾淑华", "保洁主管"),
    ],
  };
}
