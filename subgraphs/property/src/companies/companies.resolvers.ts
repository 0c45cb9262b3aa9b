import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const companiesResolvers: Resolvers = {
  Query: {
    propertyCompany: (_root, { id }, { companies }) => companies.loaders.companyById.load(id),
    propertyCompanies: (_root, page, { companies }) => companies.repository.page(page),
  },
  Mutation: {
    updatePropertyCompany: async (_root, { input }, context) => {
      const { companies } = context;
      const company = await companies.service.updatePropertyCompany(input);
      // Later reads in this request see the change, not a row the loader cached before it.
      companies.loaders.companyById.clear(company.id).prime(company.id, company);
      return company;
    },
    addCompanyStaff: async (_root, { input }, context) => {
      const { companies } = context;
      const staff = await companies.service.addCompanyStaff(input);
      companies.loaders.staffByCompany.clear(staff.companyId);
      companies.loaders.redByCompany.clear(staff.companyId);
      return staff;
    },
    removeCompanyStaff: async (_root, { input }, context) => {
      const { companies } = context;
      const staff = await companies.service.removeCompanyStaff(input);
      companies.loaders.staffByCompany.clear(staff.companyId);
      companies.loaders.redByCompany.clear(staff.companyId);
      return staff;
    },
    setCompanyPartyBranch: async (_root, { input }, context) => {
      const { companies } = context;
      const company = await companies.service.setCompanyPartyBranch(input);
      companies.loaders.companyById.clear(company.id).prime(company.id, company);
      companies.loaders.redByCompany.clear(company.id);
      return company;
    },
  },
  PropertyCompany: {
    __resolveReference: ({ id }, { companies }) => companies.loaders.companyById.load(id),
    updatedAt: (company) => company.updatedAt.toISOString(),
    contracts: (company, _args, { contracts }) => contracts.loaders.contractsByCompany.load(company.id),
    managedEstates: (company, _args, { contracts }) => contracts.loaders.managedEstatesByCompany.load(company.id),
    staff: (company, _args, { companies }) => companies.loaders.staffByCompany.load(company.id),
    partyBranch: (company) => (company.partyBranchId ? { id: company.partyBranchId } : null),
    redProperty: async (company, _args, { companies }) =>
      (await requireRow(companies.loaders.redByCompany.load(company.id))).red,
  },
  CompanyStaffMember: {
    partyMember: (staff) => (staff.partyMemberId ? { id: staff.partyMemberId } : null),
    company: (staff, _args, { companies }) => requireRow(companies.loaders.companyById.load(staff.companyId)),
  },
};
