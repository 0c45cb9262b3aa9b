import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const serviceItemsResolvers: Resolvers = {
  PropertyServiceItem: {
    company: (item, _args, { loaders }) => requireRow(loaders.companyById.load(item.companyId)),
  },
  PropertyCompany: {
    serviceItems: (company, _args, { loaders }) => loaders.serviceItemsByCompany.load(company.id),
  },
};
