import type { DemoCounty } from "@linli/demo-county";
import type { Grant } from "@linli/service-kit/edge";

/** Someone who can sign in: the login is also the token's `sub`. */
export interface Account {
  login: string;
  /** Who they are, in the county's words (shown on the login page and as the `name` claim). */
  name: string;
  grants: Grant[];
}

const numbered = (prefix: string, index: number, count: number) =>
  `${prefix}-${String(index + 1).padStart(String(count).length, "0")}`;

/**
 * One demo login for every role the grants model knows, derived from the demo county: the county
 * administrator (with and without personal data), each agency's administrator, and one account
 * per community, branch, property company, unit, volunteer team and estate it covers. Logins are
 * numbered in the county's own order, so they stay the same from run to run.
 */
export function demoAccounts(county: DemoCounty): Account[] {
  const scoped = <T extends { id: string; name: string }>(
    prefix: string,
    items: readonly T[],
    title: string,
    grant: (item: T) => Grant,
  ): Account[] =>
    items.map((item, index) => ({
      login: numbered(prefix, index, items.length),
      name: `${item.name} ${title}`,
      grants: [grant(item)],
    }));
  return [
    {
      login: "county-admin",
      name: `${county.county.name} 县级管理员`,
      grants: [{ role: "county_admin", personalData: false }],
    },
    {
      login: "county-admin-personal",
      name: `${county.county.name} 县级管理员（可查看个人信息）`,
      grants: [{ role: "county_admin", personalData: true }],
    },
    ...(["party", "property", "units", "volunteer"] as const).map((agency) => ({
      login: `admin-${agency}`,
      name: `${AGENCY_NAMES[agency]} 管理员`,
      grants: [{ role: "agency_admin" as const, agency }],
    })),
    ...scoped("worker", county.communities, "社区工作者", (c) => ({ role: "community_worker", community: c.id })),
    ...scoped("secretary", county.branches, "党支部书记", (b) => ({ role: "branch_secretary", branch: b.id })),
    ...scoped("manager", county.companies, "物业项目经理", (c) => ({ role: "property_manager", company: c.id })),
    ...scoped("liaison", county.units, "驻区单位联络人", (u) => ({ role: "unit_liaison", unit: u.id })),
    ...scoped("lead", county.teams, "志愿服务队队长", (t) => ({ role: "volunteer_lead", team: t.id })),
    ...scoped("resident", county.estates, "居民", (e) => ({ role: "resident", estate: e.id })),
  ];
}

const AGENCY_NAMES = { party: "党建", property: "物业", units: "驻区单位", volunteer: "志愿服务" } as const;
