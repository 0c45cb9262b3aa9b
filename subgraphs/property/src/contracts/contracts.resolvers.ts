import { requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";

/** After a replacement, this request's loaders forget what they cached about contracts. */
function forgetContracts({ companies, contracts }: Context): void {
  contracts.loaders.contractsByEstate.clearAll();
  contracts.loaders.contractsByCompany.clearAll();
  companies.loaders.currentCompanyByEstate.clearAll();
  contracts.loaders.managedEstatesByCompany.clearAll();
}

export const contractsResolvers: Resolvers = {
  Mutation: {
    replacePropertyCompany: async (_root, { input }, context) => {
      const replacement = await context.contracts.service.replacePropertyCompany(input);
      forgetContracts(context);
      return replacement;
    },
  },
  ManagementContract: {
    company: (contract, _args, { companies }) => requireRow(companies.loaders.companyById.load(contract.companyId)),
    estate: (contract) => ({ id: contract.estateId }),
    current: (contract) => contract.endsOn === null,
  },
  Estate: {
    // The party subgraph owns the estate; this agency holds nothing for the key itself, so the
    // reference is the key (plus the branch secretary the gateway sends for a @requires field),
    // and each contributed field loads its own rows in a batch.
    __resolveReference: ({ id, partyBranch }) => ({ id, partyBranch }),
    propertyCompany: (estate, _args, { companies }) => companies.loaders.currentCompanyByEstate.load(estate.id),
    managementContracts: (estate, _args, { contracts }) => contracts.loaders.contractsByEstate.load(estate.id),
    managementMode: async (estate, _args, { companies, councils }) => {
      const [company, council] = await Promise.all([
        companies.loaders.currentCompanyByEstate.load(estate.id),
        councils.loaders.councilByEstate.load(estate.id),
      ]);
      if (company) return "COMPANY";
      return council ? "SELF_GOVERNED" : "UNMANAGED";
    },
  },
};
