import { hasRole, isAgencyAdmin, type RuleBook } from "@linli/service-kit";
import type { Context } from "./context";

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** A liaison of some unit, or an administrator of the units agency; which unit's rows, the SQL decides. */
  unitLiaisonOrUnitsAdmin: ({ caller }) => isAgencyAdmin(caller, "units") || hasRole(caller, "unit_liaison"),
  /**
   * Who may book or cancel for someone: a resident (for their estate), a volunteer lead (for their
   * team), or an administrator of the units or party agency; for whom exactly, the service and SQL decide.
   */
  bookingRequester: ({ caller }) =>
    isAgencyAdmin(caller, "units") ||
    isAgencyAdmin(caller, "party") ||
    hasRole(caller, "resident") ||
    hasRole(caller, "volunteer_lead"),
};
