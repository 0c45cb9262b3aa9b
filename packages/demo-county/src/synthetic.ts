import { demoId } from "./ids";
import type { DemoCounty } from "./types";

/**
 * Adds `count` synthetic estates to a county, each with its own branch, a current management
 * contract, one embedded unit and one volunteer team, so that list queries can be exercised at
 * any length with every agency contributing to every estate.
 */
export function withSyntheticEstates(county: DemoCounty, count: number): DemoCounty {
  const subdistrictId = demoId("subdistrict", "合成测试街道");
  const communityId = demoId("community", "合成测试社区");
  const next: DemoCounty = structuredClone(county);
  next.subdistricts.push({ id: subdistrictId, name: "合成测试街道", kind: "SUBDISTRICT" });
  next.communities.push({ id: communityId, subdistrictId, name: "合成测试社区" });
  const companyId = demoId("company", "合成测试物业");
  next.companies.push({ id: companyId, name: "合成测试物业有限公司", address: "合成测试路 1 号" });
  for (let i = 1; i <= count; i += 1) {
    const name = `合成小区${String(i).padStart(4, "0")}`;
    const estateId = demoId("estate", name);
    next.estates.push({
      id: estateId,
      communityId,
      name,
      type: "HIGH_RISE_MANAGED",
      resettlement: false,
      households: 100 + i,
      address: `合成测试路 ${i} 号`,
      governanceModel: null,
    });
    next.branches.push({
      id: demoId("branch", `${name}党支部`),
      name: `${name}党支部`,
      formation: "STANDALONE",
      stage: "NEW",
      foundedOn: "2024-01-01",
      estateIds: [estateId],
    });
    next.contracts.push({
      id: demoId("contract", `合成测试物业/${name}`),
      companyId,
      estateId,
      startsOn: "2024-01-01",
      endsOn: null,
    });
    next.units.push({
      id: demoId("unit", `${name}共建单位`),
      name: `${name}共建单位`,
      kind: "COMPANY",
      address: `合成测试路 ${i} 号之一`,
      joined: [{ estateId, joinedOn: "2024-01-01" }],
    });
    next.teams.push({
      id: demoId("team", `${name}志愿者队`),
      name: `${name}志愿者队`,
      foundedOn: "2024-01-01",
      estateIds: [estateId],
    });
  }
  return next;
}
