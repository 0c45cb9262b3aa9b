import {
  auditedScopedUpdate,
  expectedVersionInput,
  isAgencyAdmin,
  parseInput,
  type RequestMeta,
  scopeIds,
  textInput,
  uuidInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PropertyDatabase } from "../db";
import type { PropertyCompanyRow } from "../db/schema";
import { CompaniesRepository, type CompanyWriteScope } from "./companies.repository";

/** A change of a text column, or nothing: null and absent both mean "keep it". */
const changedText = (max: number) =>
  textInput(max)
    // A required column cannot be cleared.
    .nullish()
    .transform((value) => value ?? undefined);

const updateCompanyInput = z
  .object({
    id: uuidInput,
    expectedVersion: expectedVersionInput,
    name: changedText(100),
    address: changedText(200),
  })
  .refine((input) => input.name !== undefined || input.address !== undefined, "give `name` or `address` to change");

/** The companies a caller may change: those their property_manager grants name, or all for a property admin. */
export function companyWriteScope(meta: RequestMeta): CompanyWriteScope {
  return {
    companyIds: scopeIds(meta.caller, "property_manager"),
    isAdmin: isAgencyAdmin(meta.caller, "property"),
  };
}

/**
 * 更新物业服务企业: validates the change, applies it only within the caller's scope, and records
 * it in the audit log in the same transaction. Nothing is written when any step refuses.
 */
export async function updatePropertyCompany(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<PropertyCompanyRow> {
  const { id, expectedVersion, ...changes } = parseInput(updateCompanyInput, input);
  const change = { action: "updatePropertyCompany", entityType: "PropertyCompany", entityId: id, expectedVersion };
  return auditedScopedUpdate(db, meta, { ...change, missing: "No property company has this id." }, (tx) => {
    const companies = new CompaniesRepository(tx);
    return {
      lock: () => companies.lockById(id),
      update: () => companies.updateWithin(id, changes, companyWriteScope(meta)),
    };
  });
}
