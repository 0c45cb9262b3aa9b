import { type Caller, hasRole, isAgencyAdmin, scopeIds, uuids } from "@linli/service-kit";
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { branchEstates, estates } from "./db/schema";

/**
 * Who works for which estates: the party administrator (every estate), the secretaries of these
 * branches (the estates their branch covers), the community workers of these communities (their
 * communities' estates). Disputes and deliberation are both scoped so.
 */
export interface EstateScope {
  isAdmin: boolean;
  branchIds: readonly string[];
  communityIds: readonly string[];
}

/** Whether a caller holds a role that works for some estates (which ones, the SQL decides). */
export function holdsEstateRole(caller: Caller): boolean {
  return isAgencyAdmin(caller, "party") || hasRole(caller, "branch_secretary") || hasRole(caller, "community_worker");
}

export function estateScope(caller: Caller): EstateScope {
  return {
    isAdmin: isAgencyAdmin(caller, "party"),
    branchIds: scopeIds(caller, "branch_secretary"),
    communityIds: scopeIds(caller, "community_worker"),
  };
}

/** The ownership clause on an estate id column: part of every scoped read and write. */
export function estateWithin(scope: EstateScope, estateId: AnyPgColumn | SQL): SQL {
  return sql`(${sql.param(scope.isAdmin)}::boolean
    OR ${estateId} IN (SELECT ${branchEstates.estateId} FROM ${branchEstates} WHERE ${branchEstates.branchId} = ANY(${uuids(scope.branchIds)}))
    OR ${estateId} IN (SELECT ${estates.id} FROM ${estates} WHERE ${estates.communityId} = ANY(${uuids(scope.communityIds)})))`;
}

/** The estates a branch works for: its secretary's (the estates the branch covers) or every one for a party administrator. */
export function branchScope(caller: Caller): EstateScope {
  return { isAdmin: isAgencyAdmin(caller, "party"), branchIds: scopeIds(caller, "branch_secretary"), communityIds: [] };
}
