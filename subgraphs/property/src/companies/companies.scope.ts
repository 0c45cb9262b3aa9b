import { bindServices, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { CompaniesRepository } from "./companies.repository";
import { updatePropertyCompany } from "./companies.service";
import { StaffRepository } from "./staff.repository";
import { addCompanyStaff, removeCompanyStaff, setCompanyPartyBranch } from "./staff.service";

/** 物业服务企业 and their staff, for one request. */
export function companiesScope(base: RequestBase<PropertyDatabase>) {
  const companies = new CompaniesRepository(base.db);
  const staff = new StaffRepository(base.db);
  return {
    repository: companies,
    loaders: {
      companyById: rowLoader(
        (ids) => companies.byIds(ids),
        (row) => row.id,
      ),
      currentCompanyByEstate: rowLoader(
        (ids) => companies.currentByEstateIds(ids),
        (row) => row.estateId,
      ),
      staffByCompany: listLoader(
        (ids) => staff.byCompanyIds(ids),
        (row) => row.companyId,
      ),
      redByCompany: rowLoader(
        (ids) => staff.redByCompanyIds(ids),
        (row) => row.companyId,
      ),
    },
    service: bindServices(base, { updatePropertyCompany, addCompanyStaff, removeCompanyStaff, setCompanyPartyBranch }),
  };
}

export type CompaniesScope = ReturnType<typeof companiesScope>;
