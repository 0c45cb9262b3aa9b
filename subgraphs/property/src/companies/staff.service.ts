import {
  auditedScopedUpdate,
  auditedWrite,
  conflictOnRaceLost,
  denied,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PropertyDatabase } from "../db";
import type { CompanyStaffRow, PropertyCompanyRow } from "../db/schema";
import { id } from "../shared/validation";
import { CompaniesRepository } from "./companies.repository";
import { companyWriteScope } from "./companies.service";
import { StaffRepository } from "./staff.repository";

const addStaffInput = z.object({
  companyId: id,
  name: textInput(50),
  position: textInput(50),
  partyMemberId: id.nullish().transform((value) => value ?? null),
});

const removeStaffInput = z.object({ staffId: id });

const setBranchInput = z.object({
  companyId: id,
  partyBranchId: id.nullable(),
});

const ALREADY_STAFF = "This party member is already on the company's staff.";

/**
 * 添加员工 — adds a staff member to a company, within the caller's scope (its own property
 * manager, or a property administrator), with its audit row in the same transaction. A party
 * member already on that company's staff is CONFLICT (the partial unique index decides, races
 * included); nothing is written.
 */
export async function addCompanyStaff(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<CompanyStaffRow> {
  const values = parseInput(addStaffInput, input);
  const scope = companyWriteScope(meta);
  return conflictOnRaceLost({ company_staff_company_party_member_idx: ALREADY_STAFF }, () =>
    auditedWrite(db, meta, { action: "addCompanyStaff", entityType: "CompanyStaffMember" }, async (tx) => {
      const added = await new StaffRepository(tx).insertWithin(values, scope);
      if (!added) {
        const [company] = await new CompaniesRepository(tx).byIds([values.companyId]);
        throw company ? denied(meta.caller) : notFound("No property company has this id.");
      }
      return { entityId: added.id, before: null, after: added, result: added };
    }),
  );
}

/**
 * 移除员工 — removes one staff member, only when the caller's scope covers its company; audited
 * in the same transaction. NOT_FOUND when there is no such staff row, FORBIDDEN when it is
 * another company's.
 */
export async function removeCompanyStaff(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<CompanyStaffRow> {
  const { staffId } = parseInput(removeStaffInput, input);
  const scope = companyWriteScope(meta);
  return auditedWrite(db, meta, { action: "removeCompanyStaff", entityType: "CompanyStaffMember" }, async (tx) => {
    const staff = new StaffRepository(tx);
    const before = await staff.lockById(staffId);
    if (!before) throw notFound("No company staff member has this id.");
    const removed = await staff.deleteWithin(staffId, scope);
    if (!removed) throw denied(meta.caller);
    return { entityId: staffId, before, after: null, result: removed };
  });
}

/**
 * 登记企业党支部 — records (or, with null, clears) the party branch a company has set up. The
 * branch is the party organization's fact; the property authority records it, so only its
 * administrators may. Audited with the company's branch before and after.
 */
export async function setCompanyPartyBranch(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PropertyCompanyRow> {
  const { companyId, partyBranchId } = parseInput(setBranchInput, input);
  const isAdmin = isAgencyAdmin(meta.caller, "property");
  return auditedScopedUpdate(
    db,
    meta,
    {
      action: "setCompanyPartyBranch",
      entityType: "PropertyCompany",
      entityId: companyId,
      missing: "No property company has this id.",
      snapshot: (company) => ({ id: company.id, partyBranchId: company.partyBranchId }),
    },
    (tx) => ({
      lock: () => new CompaniesRepository(tx).lockById(companyId),
      update: () => new StaffRepository(tx).setPartyBranchWithin(companyId, partyBranchId, isAdmin),
    }),
  );
}
