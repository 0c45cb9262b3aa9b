import type { RequestBase } from "@linli/service-kit";
import type { CommitteesScope } from "./committees/committees.scope";
import type { CompaniesScope } from "./companies/companies.scope";
import type { ContractsScope } from "./contracts/contracts.scope";
import type { CouncilsScope } from "./councils/councils.scope";
import type { PropertyDatabase } from "./db";
import type { OverviewScope } from "./overview/overview.scope";
import type { ServiceItemsScope } from "./service-items/service-items.scope";

/**
 * What a resolver gets for one request: the verified caller, the request id, the database, and
 * each module's scope under the module's name (its loaders, repositories and the services bound
 * to this caller), built on first use — see `composeContext` and each `<module>.scope.ts`.
 */
export interface Context extends RequestBase<PropertyDatabase> {
  companies: CompaniesScope;
  contracts: ContractsScope;
  serviceItems: ServiceItemsScope;
  committees: CommitteesScope;
  councils: CouncilsScope;
  overview: OverviewScope;
}
