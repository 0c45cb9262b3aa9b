import { bindServices, listLoader, type RequestBase } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { ContractsRepository } from "./contracts.repository";
import { replacePropertyCompany } from "./contracts.service";

/** Management contracts between companies and estates, for one request. */
export function contractsScope(base: RequestBase<PropertyDatabase>) {
  const contracts = new ContractsRepository(base.db);
  return {
    loaders: {
      contractsByCompany: listLoader(
        (ids) => contracts.byCompanyIds(ids),
        (row) => row.companyId,
      ),
      contractsByEstate: listLoader(
        (ids) => contracts.byEstateIds(ids),
        (row) => row.estateId,
      ),
      managedEstatesByCompany: listLoader(
        (ids) => contracts.managedEstatesByCompanyIds(ids),
        (row) => row.companyId,
      ),
    },
    service: bindServices(base, { replacePropertyCompany }),
  };
}

export type ContractsScope = ReturnType<typeof contractsScope>;
