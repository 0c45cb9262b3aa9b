import { type Caller, grantsOf, hasRole, isAgencyAdmin, type RuleBook, scopeIds } from "@linli/service-kit";
import type { Context } from "./context";
import type { PartyMemberRow } from "./db/schema";
import { mayReadDisputes } from "./disputes/disputes.service";
import { mayListMembersOf } from "./members/members.service";
import { readsMemberEvaluations } from "./recognition/recognition.service";
import { holdsEstateRole } from "./scope";

/** Party and county administrators see every queue; each body's own role sees its own. */
const queueOf =
  (role: "branch_secretary" | "property_manager" | "unit_liaison" | "volunteer_lead") =>
  ({ caller, parent }: { caller: Caller; parent: unknown }) =>
    isAgencyAdmin(caller, "party") ||
    grantsOf(caller, "county_admin").length > 0 ||
    scopeIds(caller, role).includes((parent as { id: string }).id);

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** Any caller with a verified token; the anonymous public is refused with UNAUTHENTICATED. */
  signedIn: ({ caller }) => caller.subject !== null,
  /** The party organization's administrators and branch secretaries; which members, the SQL decides. */
  partyAdminOrBranchSecretary: ({ caller }) => isAgencyAdmin(caller, "party") || hasRole(caller, "branch_secretary"),
  /** The party organization's administrators alone. */
  partyAdmin: ({ caller }) => isAgencyAdmin(caller, "party"),
  /** Residents raise problems; secretaries and administrators record them for residents. Which estate, the SQL decides. */
  problemReporter: ({ caller }) =>
    hasRole(caller, "resident") || hasRole(caller, "branch_secretary") || isAgencyAdmin(caller, "party"),
  /** The handler of problems: a branch secretary or a party administrator; which estates, the SQL decides. */
  problemHandler: ({ caller }) => isAgencyAdmin(caller, "party") || hasRole(caller, "branch_secretary"),
  /** The handler, or a role that can be a problem's responsible body; which problems, the SQL decides. */
  problemHandlerOrResponsible: ({ caller }) =>
    isAgencyAdmin(caller, "party") ||
    hasRole(caller, "branch_secretary") ||
    hasRole(caller, "property_manager") ||
    hasRole(caller, "unit_liaison") ||
    hasRole(caller, "volunteer_lead"),
  /** A resident; only the one who raised the problem (the token subject), the SQL decides. */
  problemReporterOnly: ({ caller }) => hasRole(caller, "resident"),
  branchQueue: queueOf("branch_secretary"),
  companyQueue: queueOf("property_manager"),
  unitQueue: queueOf("unit_liaison"),
  teamQueue: queueOf("volunteer_lead"),
  /** 矛盾纠纷 are never public: party administrators, branch secretaries and community workers; which estates, the SQL decides. */
  disputeReader: ({ caller }) => mayReadDisputes(caller),
  /** 议事会 and 家规家训 are written by those who work for an estate: its branch secretary, its community's workers, party administrators; which estates, the SQL decides. */
  estateWorker: ({ caller }) => holdsEstateRole(caller),
  /** The members of an estate: a resident only their own estate's; a working role every estate's. */
  memberListReader: ({ caller, parent }) => mayListMembersOf(caller, (parent as { id: string }).id),
  /** A member's aspiration index: the readers of their evaluations (see recognition.service). */
  memberEvaluationReader: ({ parent, context }) => readsMemberEvaluations(parent as PartyMemberRow, context),
  /** A resident votes on house rules; only on their own estate's, the SQL decides. */
  houseRuleVoter: ({ caller }) => hasRole(caller, "resident"),
};
