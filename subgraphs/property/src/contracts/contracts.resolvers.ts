import { requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

export const contractsResolvers: Resolvers = {
  ManagementContract: {
    company: (contract, _args, { loaders }) => requireRow(loaders.companyById.load(contract.companyId)),
    estate: (contract) => ({ id: contract.estateId }),
    current: (contract) => contract.endsOn === null,
  },
  Estate: {
    // The party subgraph owns the estate; this agency holds nothing for the key itself, so the
    // reference is the key, and each contributed field loads its own rows in a batch.
    __resolveReference: ({ id }) => ({ id }),
    propertyCompany: (estate, _args, { loaders }) => loaders.currentCompanyByEstate.load(estate.id),
    managementContracts: (estate, _args, { loaders }) => loaders.contractsByEstate.load(estate.id),
  },
};
