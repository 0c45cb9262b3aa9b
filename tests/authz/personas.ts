import { sampleCounty } from "@linli/demo-county";
import type { Grant } from "@linli/service-kit";
import type { CaseTarget, PersonaName } from "./types";

const county = sampleCounty();
const pools: Record<keyof CaseTarget, string[]> = {
  community: county.communities.map((c) => c.id),
  branch: county.branches.map((b) => b.id),
  company: county.companies.map((c) => c.id),
  unit: county.units.map((u) => u.id),
  team: county.teams.map((t) => t.id),
  estate: county.estates.map((e) => e.id),
};

/** The case's own entity of a kind, or (for "other", or when the case names none) a different real one. */
function scope(kind: keyof CaseTarget, target: CaseTarget, own: boolean): string {
  const targeted = target[kind];
  if (own && targeted) return targeted;
  const other = pools[kind].find((id) => id !== targeted);
  if (!other) throw new Error(`the demo county has no second ${kind}`);
  return other;
}

/** The grants a persona holds for one case. */
export function grantsFor(persona: PersonaName, target: CaseTarget): Grant[] {
  const own = persona.endsWith("_own");
  switch (persona) {
    case "anonymous":
      return [];
    case "county_admin":
      return [{ role: "county_admin", personalData: false }];
    case "county_admin_with_personal_data":
      return [{ role: "county_admin", personalData: true }];
    case "party_admin":
      return [{ role: "agency_admin", agency: "party" }];
    case "property_admin":
      return [{ role: "agency_admin", agency: "property" }];
    case "units_admin":
      return [{ role: "agency_admin", agency: "units" }];
    case "volunteer_admin":
      return [{ role: "agency_admin", agency: "volunteer" }];
    case "community_worker_own":
    case "community_worker_other":
      return [{ role: "community_worker", community: scope("community", target, own) }];
    case "branch_secretary_own":
    case "branch_secretary_other":
      return [{ role: "branch_secretary", branch: scope("branch", target, own) }];
    case "property_manager_own":
    case "property_manager_other":
      return [{ role: "property_manager", company: scope("company", target, own) }];
    case "unit_liaison_own":
    case "unit_liaison_other":
      return [{ role: "unit_liaison", unit: scope("unit", target, own) }];
    case "volunteer_lead_own":
    case "volunteer_lead_other":
      return [{ role: "volunteer_lead", team: scope("team", target, own) }];
    case "resident_own":
    case "resident_other":
      return [{ role: "resident", estate: scope("estate", target, own) }];
  }
}

/** Sees everything, personal data included: used only to read state back. */
export const OBSERVER: Grant[] = [
  { role: "county_admin", personalData: true },
  { role: "agency_admin", agency: "party" },
  { role: "agency_admin", agency: "property" },
  { role: "agency_admin", agency: "units" },
  { role: "agency_admin", agency: "volunteer" },
];
