import type { Resolvers } from "../generated/resolvers-types";
import { updatePropertyCompany } from "./companies.service";

export const companiesResolvers: Resolvers = {
  Query: {
    propertyCompany: (_root, { id }, { loaders }) => loaders.companyById.load(id),
    propertyCompanies: (_root, page, { companies }) => companies.page(page),
  },
  Mutation: {
    updatePropertyCompany: async (_root, { input }, { db, caller, requestId, loaders }) => {
      const company = await updatePropertyCompany(db, { caller, requestId }, input);
      // Later reads in this request see the change, not a row the loader cached before it.
      loaders.companyById.clear(company.id).prime(company.id, company);
      return company;
    },
  },
  PropertyCompany: {
    __resolveReference: ({ id }, { loaders }) => loaders.companyById.load(id),
    updatedAt: (company) => company.updatedAt.toISOString(),
    contracts: (company, _args, { loaders }) => loaders.contractsByCompany.load(company.id),
    managedEstates: (company, _args, { loaders }) => loaders.managedEstatesByCompany.load(company.id),
  },
};
