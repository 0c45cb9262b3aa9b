import { z } from "zod";

export const AGENCIES = ["party", "property", "units", "volunteer"] as const;
export type Agency = (typeof AGENCIES)[number];

/**
 * What a caller may act as. A token carries any number of grants in its `linli_grants` claim;
 * each scoped role names the one community, branch, company, unit, team or estate it covers.
 */
export const grantSchema = z.discriminatedUnion("role", [
  /** Reads everything; personal data only when `personalData` is granted too. */
  z.object({ role: z.literal("county_admin"), personalData: z.boolean().default(false) }),
  /** Writes one agency's data. */
  z.object({ role: z.literal("agency_admin"), agency: z.enum(AGENCIES) }),
  z.object({ role: z.literal("community_worker"), community: z.uuid() }),
  z.object({ role: z.literal("branch_secretary"), branch: z.uuid() }),
  z.object({ role: z.literal("property_manager"), company: z.uuid() }),
  z.object({ role: z.literal("unit_liaison"), unit: z.uuid() }),
  z.object({ role: z.literal("volunteer_lead"), team: z.uuid() }),
  z.object({ role: z.literal("resident"), estate: z.uuid() }),
]);

export type Grant = z.infer<typeof grantSchema>;
export type Role = Grant["role"];
export const ROLES = grantSchema.options.map((option) => option.shape.role.value) as Role[];

export const GRANTS_CLAIM = "linli_grants";

/** Who is asking. No token means the anonymous public: no subject, no grants. */
export interface Caller {
  subject: string | null;
  grants: readonly Grant[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, grants: Object.freeze([]) });

type GrantOf<R extends Role> = Extract<Grant, { role: R }>;

export function grantsOf<R extends Role>(caller: Caller, role: R): GrantOf<R>[] {
  return caller.grants.filter((grant): grant is GrantOf<R> => grant.role === role);
}

export const hasRole = (caller: Caller, role: Role): boolean => caller.grants.some((grant) => grant.role === role);

export const isAgencyAdmin = (caller: Caller, agency: Agency): boolean =>
  grantsOf(caller, "agency_admin").some((grant) => grant.agency === agency);

/** The ids a caller's grants of one role cover, e.g. the units a liaison speaks for. */
export function scopeIds<R extends Exclude<Role, "county_admin" | "agency_admin">>(caller: Caller, role: R): string[] {
  const key = SCOPE_KEY[role] as keyof GrantOf<R>;
  return grantsOf(caller, role).map((grant) => grant[key] as string);
}

const SCOPE_KEY = {
  community_worker: "community",
  branch_secretary: "branch",
  property_manager: "company",
  unit_liaison: "unit",
  volunteer_lead: "team",
  resident: "estate",
} as const;
