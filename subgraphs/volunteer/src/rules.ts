import { hasRole, isAgencyAdmin, type RuleBook } from "@linli/service-kit";
import type { Context } from "./context";

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** Any caller with a verified token; the anonymous public is refused with UNAUTHENTICATED. */
  signedIn: ({ caller }) => caller.subject !== null,
  /** A resident (of some estate: the SQL decides which estate's activities and posts). */
  resident: ({ caller }) => caller.subject !== null && hasRole(caller, "resident"),
  /**
   * A resident acting for themselves, or a team lead or volunteer administrator acting for someone
   * else; the service and the SQL decide which estate's or team's rows.
   */
  residentOrVolunteerStaff: ({ caller }) =>
    caller.subject !== null &&
    (hasRole(caller, "resident") || hasRole(caller, "volunteer_lead") || isAgencyAdmin(caller, "volunteer")),
  /** The volunteer services' administrators only. */
  volunteerAdmin: ({ caller }) => isAgencyAdmin(caller, "volunteer"),
  /** A volunteer team lead (of some team: the SQL decides which) or a volunteer administrator. */
  volunteerLeadOrVolunteerAdmin: ({ caller }) =>
    hasRole(caller, "volunteer_lead") || isAgencyAdmin(caller, "volunteer"),
};
