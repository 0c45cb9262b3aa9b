import type { Resolvers } from "../generated/resolvers-types";

export const companiesResolvers: Resolvers = {
  Query: {
    propertyCompany: (_root, { id }, { loaders }) => loaders.companyById.load(id),
    propertyCompanies: (_root, page, { companies }) => companies.page(page),
  },
  PropertyCompany: {
    __resolveReference: ({ id }, { loaders }) => loaders.companyById.load(id),
    contracts: (company, _args, { loaders }) => loaders.contractsByCompany.load(company.id),
    managedEstates: (company, _args, { loaders }) => loaders.managedEstatesByCompany.load(company.id),
  },
};
