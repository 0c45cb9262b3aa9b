import { demoId } from "../ids";
import { syntheticPerson } from "../people";
import type { DemoCounty } from "../types";
import { type CountyBuild, date, type Estate } from "./build";

/**
 * Contract and committee dates are fixed years, not moved with today: a reload must never make
 * an estate's contracts (or committee terms) overlap, which the database refuses.
 */
const BASE_YEAR = 2025;

const NEW_COMPANIES: [key: string, name: string, urban: boolean][] = [
  ["鑫诚物业", "鑫诚物业服务有限公司", true],
  ["万家物业", "万家物业服务有限公司", true],
  ["兴安物业", "兴安物业服务有限公司", true],
  ["鼎盛物业", "鼎盛物业服务有限公司", true],
  ["福泰物业", "福泰物业服务有限公司", false],
  ["佳园物业", "佳园物业服务有限公司", false],
];
const URBAN_COMPANIES = ["嘉庆物业", "顺安物业", "恒达物业", "鑫诚物业", "万家物业", "兴安物业", "鼎盛物业"];
const TOWN_COMPANIES = ["福泰物业", "佳园物业", "兴安物业"];
const SERVICE_MENU: [string, string, string][] = [
  ["秩序维护", "门岗值守和夜间巡逻", "含在物业费内"],
  ["保洁", "楼道每日清扫、垃圾清运", "含在物业费内"],
  ["绿化养护", "公共绿地修剪、补种", "含在物业费内"],
  ["入户维修", "水电、门窗小修，24 小时内上门", "材料费另计"],
  ["电动车集中充电", "充电棚刷卡充电", "按电量计费"],
  ["代收快递", "门岗代收代管快递", "免费"],
];
const COMMITTEE_NAMES = [..."林陈黄郑吴李王张刘蔡徐何朱杨郭"];

/**
 * Property companies manage the new managed estates (the county seat's companies there, two town
 * companies in the towns), some estates changed company, about a third of the managed estates have
 * an owners' committee (most with a party member on it), and open estates with a branch run
 * themselves through a self-governance council with a public ledger.
 */
export function addProperty(build: CountyBuild): void {
  const { county, random, calendar } = build;
  for (const [key, name] of NEW_COMPANIES) {
    county.companies.push({
      id: demoId("company", key),
      name,
      address: `仙游县鲤城街道${key.slice(0, 2)}路 ${random.int(1, 99)} 号`,
    });
  }
  const managed = build.newEstates.filter((e) => e.type !== "OPEN_UNMANAGED" && !e.name.startsWith("赖店"));
  const companyOf = new Map<string, string>();
  managed.forEach((estate, i) => {
    const urban = build.subdistrictOf(estate).kind === "SUBDISTRICT";
    const company = random.pick(urban ? URBAN_COMPANIES : TOWN_COMPANIES);
    companyOf.set(estate.id, company);
    const startYear = BASE_YEAR - random.int(0, 9);
    if (random.next() < 0.15 && startYear > 2012) {
      // 物业服务企业更替: the previous company's contract ended the day before.
      const before = random.pick((urban ? URBAN_COMPANIES : TOWN_COMPANIES).filter((c) => c !== company));
      county.contracts.push({
        id: demoId("contract", `${before}/${estate.name}/previous`),
        companyId: demoId("company", before),
        estateId: estate.id,
        startsOn: date(startYear - random.int(4, 8), 1, 1),
        endsOn: date(startYear - 1, 12, 31),
      });
    }
    county.contracts.push({
      id: demoId("contract", `${company}/${estate.name}/${i}`),
      companyId: demoId("company", company),
      estateId: estate.id,
      startsOn: date(startYear, 1, 1),
      endsOn: null,
    });
    if (random.next() < 0.33) addCommittee(build, estate);
  });

  // Staff of the new companies; four of the six have a party member on their staff (红色物业).
  NEW_COMPANIES.forEach(([key], i) => {
    const companyId = demoId("company", key);
    for (const position of ["项目经理", "客服主管", "秩序维护员"]) {
      county.companyStaff.push({
        id: demoId("companyStaff", `${key}/${position}`),
        companyId,
        name: syntheticPerson(random).name,
        position,
        partyMemberId: null,
      });
    }
    if (i < 4) {
      const estate = managed.find((e) => companyOf.get(e.id) === key && build.membersOf(e.id, "REGISTERED").length);
      const member = estate ? build.membersOf(estate.id, "REGISTERED").at(-1) : undefined;
      if (member) {
        county.companyStaff.push({
          id: demoId("companyStaff", `${key}/${member.id}`),
          companyId,
          name: member.name,
          position: "楼栋管家",
          partyMemberId: member.id,
        });
      }
    }
    for (const [name, description, feeNote] of SERVICE_MENU.filter((_, k) => (k + i) % 2 === 0)) {
      county.serviceItems.push({ id: demoId("serviceItem", `${key}/${name}`), companyId, name, description, feeNote });
    }
  });

  // 四自: resettlement estates and some other open estates with a branch.
  const open = build.newEstates.filter(
    (e) => e.type === "OPEN_UNMANAGED" && build.branchOf(e.id) && (e.resettlement || random.next() < 0.25),
  );
  for (const estate of open) {
    const councilId = demoId("council", estate.name);
    county.councils.push({
      id: councilId,
      estateId: estate.id,
      name: `${estate.name}业主自治会`,
      foundedOn: date(BASE_YEAR - random.int(0, 3), random.int(1, 12), 1),
    });
    // A quarter's fees in, cleaning and repairs out, over the last year.
    for (let q = 0; q < 4; q += 1) {
      const days = q * 91 + random.int(5, 20);
      county.ledgerEntries.push(
        ledger(
          councilId,
          `${estate.name}/${q}/fee`,
          "INCOME",
          estate.households * 3000,
          `本季度卫生保洁费，${estate.households} 户`,
          calendar.day(days),
        ),
        ledger(
          councilId,
          `${estate.name}/${q}/wages`,
          "EXPENSE",
          random.int(300, 600) * 1000,
          "保洁员本季度工资",
          calendar.day(days + 3),
        ),
      );
      if (random.next() < 0.6) {
        const item = random.pick(["路灯维修", "化粪池清掏", "消防器材更换", "围墙修补"]);
        county.ledgerEntries.push(
          ledger(
            councilId,
            `${estate.name}/${q}/repair`,
            "EXPENSE",
            random.int(50, 400) * 1000,
            item,
            calendar.day(days + random.int(10, 40)),
          ),
        );
      }
    }
  }
}

function ledger(
  councilId: string,
  key: string,
  kind: "INCOME" | "EXPENSE",
  amountFen: number,
  memo: string,
  occurredOn: string,
): DemoCounty["ledgerEntries"][number] {
  return { id: demoId("ledgerEntry", key), councilId, kind, amountFen, memo, occurredOn, correctsEntryId: null };
}

/** 业委会: a five-year term of five to seven seats; a party member of the estate sits on most (红色业委会). */
function addCommittee(build: CountyBuild, estate: Estate): void {
  const { county, random } = build;
  const termStartsOn = date(BASE_YEAR - random.int(0, 4), random.int(1, 12), 1);
  const id = demoId("committee", `${estate.name}/current`);
  const members = build.membersOf(estate.id, "REGISTERED");
  const secretary = county.secretaries.find((s) => s.branchId === build.branchOf(estate.id)?.id);
  const red = members.length > 0 && random.next() < 0.65;
  // 一肩挑: now and then the branch secretary is elected chair.
  const chairIsSecretary = red && secretary && members.some((m) => m.id === secretary.memberId) && random.next() < 0.3;
  const partyMember = chairIsSecretary
    ? members.find((m) => m.id === secretary.memberId)!
    : red
      ? random.pick(members)
      : null;
  const seats = random.int(5, 7);
  county.ownersCommittees.push({
    id,
    estateId: estate.id,
    termStartsOn,
    termEndsOn: `${Number(termStartsOn.slice(0, 4)) + 5}${termStartsOn.slice(4)}`,
    succeededOn: null,
    seats: Array.from({ length: seats }, (_, position) => {
      const holder = position === (chairIsSecretary ? 0 : 1) ? partyMember : null;
      const name = holder?.name ?? `${random.pick(COMMITTEE_NAMES)}${syntheticPerson(random).name.slice(1)}`;
      return {
        id: demoId("committeeSeat", `${estate.name}/current/${position}`),
        position,
        name,
        role: position === 0 ? "CHAIR" : position === 1 ? "VICE_CHAIR" : "MEMBER",
        partyMemberId: holder?.id ?? null,
      };
    }),
  });
}
