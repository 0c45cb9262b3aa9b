import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { updatePropertyCompany } from "./companies.service";
import { addCompanyStaff, removeCompanyStaff, setCompanyPartyBranch } from "./staff.service";

export const companiesResolvers: Resolvers = {
  Query: {
    propertyCompany: (_root, { id }, { loaders }) => loaders.companyById.load(id),
    propertyCompanies: (_root, page, { companies }) => companies.page(page),
  },
  Mutation: {
    updatePropertyCompany: async (_root, { input }, context) => {
      const { db, loaders } = context;
      const company = await updatePropertyCompany(db, context, input);
      // Later reads in this request see the change, not a row the loader cached before it.
      loaders.companyById.clear(company.id).prime(company.id, company);
      return company;
    },
    addCompanyStaff: async (_root, { input }, context) => {
      const { db, loaders } = context;
      const staff = await addCompanyStaff(db, context, input);
      loaders.staffByCompany.clear(staff.companyId);
      loaders.redByCompany.clear(staff.companyId);
      return staff;
    },
    removeCompanyStaff: async (_root, { input }, context) => {
      const { db, loaders } = context;
      const staff = await removeCompanyStaff(db, context, input);
      loaders.staffByCompany.clear(staff.companyId);
      loaders.redByCompany.clear(staff.companyId);
      return staff;
    },
    setCompanyPartyBranch: async (_root, { input }, context) => {
      const { db, loaders } = context;
      const company = await setCompanyPartyBranch(db, context, input);
      loaders.companyById.clear(company.id).prime(company.id, company);
      loaders.redByCompany.clear(company.id);
      return company;
    },
  },
  PropertyCompany: {
    __resolveReference: ({ id }, { loaders }) => loaders.companyById.load(id),
    updatedAt: (company) => company.updatedAt.toISOString(),
    contracts: (company, _args, { loaders }) => loaders.contractsByCompany.load(company.id),
    managedEstates: (company, _args, { loaders }) => loaders.managedEstatesByCompany.load(company.id),
    staff: (company, _args, { loaders }) => loaders.staffByCompany.load(company.id),
    partyBranch: (company) => (company.partyBranchId ? { id: company.partyBranchId } : null),
    redProperty: async (company, _args, { loaders }) => (await requireRow(loaders.redByCompany.load(company.id))).red,
  },
  CompanyStaffMember: {
    partyMember: (staff) => (staff.partyMemberId ? { id: staff.partyMemberId } : null),
    company: (staff, _args, { loaders }) => requireRow(loaders.companyById.load(staff.companyId)),
  },
};
