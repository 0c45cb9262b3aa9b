import { listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import { CompaniesRepository } from "./companies/companies.repository";
import { ContractsRepository } from "./contracts/contracts.repository";
import type { PropertyDatabase } from "./db";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: PropertyDatabase;
  companies: CompaniesRepository;
  contracts: ContractsRepository;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(companies: CompaniesRepository, contracts: ContractsRepository) {
  return {
    companyById: rowLoader(
      (ids) => companies.byIds(ids),
      (row) => row.id,
    ),
    currentCompanyByEstate: rowLoader(
      (ids) => companies.currentByEstateIds(ids),
      (row) => row.estateId,
    ),
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
  };
}

export function createContext(db: PropertyDatabase, identity: RequestIdentity): Context {
  const companies = new CompaniesRepository(db);
  const contracts = new ContractsRepository(db);
  return { ...identity, db, companies, contracts, loaders: createLoaders(companies, contracts) };
}
