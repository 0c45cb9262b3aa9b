import { hasRole, isAgencyAdmin, type RuleBook } from "@linli/service-kit";
import type { Context } from "./context";

/**
 * The rules named by `@rule(name: …)` in this subgraph's SDL. A rule says whether the caller may
 * use the field at all; which rows they may touch is enforced again in the repository's SQL.
 */
export const rules: RuleBook<Context> = {
  /** A property manager (of some company: the UPDATE decides which) or a property administrator. */
  propertyManagerOrPropertyAdmin: ({ caller }) =>
    hasRole(caller, "property_manager") || isAgencyAdmin(caller, "property"),
  /**
   * The property authority's administrators only. Used where no company may act for itself:
   * replacing an estate's company (the owners choose it; a company cannot appoint itself),
   * registering owners' committee elections (备案), and a self-governance council's ledger
   * (its treasurers hold no role in Linli yet).
   */
  propertyAdmin: ({ caller }) => isAgencyAdmin(caller, "property"),
};
