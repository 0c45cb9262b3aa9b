import { childConnectionLoader, listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import { CommitteesRepository } from "./committees/committees.repository";
import { CompaniesRepository } from "./companies/companies.repository";
import { StaffRepository } from "./companies/staff.repository";
import { ContractsRepository } from "./contracts/contracts.repository";
import { CouncilsRepository, entrySortKey } from "./councils/councils.repository";
import type { PropertyDatabase } from "./db";
import { overviewLoaders } from "./overview/overview.loaders";
import { OverviewRepository } from "./overview/overview.repository";
import { ServiceItemsRepository } from "./service-items/service-items.repository";

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

interface Repositories {
  companies: CompaniesRepository;
  contracts: ContractsRepository;
  serviceItems: ServiceItemsRepository;
  committees: CommitteesRepository;
  councils: CouncilsRepository;
  staff: StaffRepository;
  overview: OverviewRepository;
}

function createLoaders({ companies, contracts, serviceItems, committees, councils, staff, overview }: Repositories) {
  return {
    staffByCompany: listLoader(
      (ids) => staff.byCompanyIds(ids),
      (row) => row.companyId,
    ),
    redByCompany: rowLoader(
      (ids) => staff.redByCompanyIds(ids),
      (row) => row.companyId,
    ),
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
    serviceItemsByCompany: listLoader(
      (ids) => serviceItems.byCompanyIds(ids),
      (row) => row.companyId,
    ),
    committeeById: rowLoader(
      (ids) => committees.byIds(ids),
      (row) => row.id,
    ),
    committeeTermsByEstate: listLoader(
      (ids) => committees.termsByEstateIds(ids),
      (row) => row.estateId,
    ),
    seatsByCommittee: listLoader(
      (ids) => committees.seatsByCommitteeIds(ids),
      (row) => row.committeeId,
    ),
    seatsByPartyMember: listLoader(
      (ids) => committees.seatsByPartyMemberIds(ids),
      (row) => row.partyMemberId,
    ),
    councilById: rowLoader(
      (ids) => councils.byIds(ids),
      (row) => row.id,
    ),
    councilByEstate: rowLoader(
      (ids) => councils.byEstateIds(ids),
      (row) => row.estateId,
    ),
    balanceByCouncil: rowLoader(
      (ids) => councils.balancesByCouncilIds(ids),
      (row) => row.councilId,
    ),
    ledgerEntryById: rowLoader(
      (ids) => councils.entriesByIds(ids),
      (row) => row.id,
    ),
    ledgerPageByCouncil: childConnectionLoader(
      (ids, page) => councils.entryPagesByCouncilIds(ids, page),
      (row) => row.councilId,
      entrySortKey,
    ),
    ...overviewLoaders(overview),
  };
}

export function createContext(db: PropertyDatabase, identity: RequestIdentity): Context {
  const repositories: Repositories = {
    companies: new CompaniesRepository(db),
    contracts: new ContractsRepository(db),
    serviceItems: new ServiceItemsRepository(db),
    committees: new CommitteesRepository(db),
    councils: new CouncilsRepository(db),
    staff: new StaffRepository(db),
    overview: new OverviewRepository(db),
  };
  return {
    ...identity,
    db,
    companies: repositories.companies,
    contracts: repositories.contracts,
    loaders: createLoaders(repositories),
  };
}
