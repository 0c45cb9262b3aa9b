import { hasRole, isAgencyAdmin, type RuleBook } from "@linli/service-kit";
import type { Context } from "./context";

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** Any caller with a verified token; the anonymous public is refused with UNAUTHENTICATED. */
  signedIn: ({ caller }) => caller.subject !== null,
  /** The party organization's administrators and branch secretaries; which members, the SQL decides. */
  partyAdminOrBranchSecretary: ({ caller }) => isAgencyAdmin(caller, "party") || hasRole(caller, "branch_secretary"),
};
