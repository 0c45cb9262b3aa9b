import { hasRole, isAgencyAdmin, type RuleBook } from "@linli/service-kit";
import type { Context } from "./context";

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** A volunteer team lead (of some team: the UPDATE decides which) or a volunteer administrator. */
  volunteerLeadOrVolunteerAdmin: ({ caller }) =>
    hasRole(caller, "volunteer_lead") || isAgencyAdmin(caller, "volunteer"),
};
