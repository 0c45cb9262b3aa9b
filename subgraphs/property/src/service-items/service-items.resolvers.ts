import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const serviceItemsResolvers: Resolvers = {
  PropertyServiceItem: {
    company: (item, _args, { companies }) => requireRow(companies.loaders.companyById.load(item.companyId)),
  },
  PropertyCompany: {
    serviceItems: (company, _args, { serviceItems }) => serviceItems.loaders.serviceItemsByCompany.load(company.id),
  },
};
