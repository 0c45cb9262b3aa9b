import { listLoader, type RequestBase } from "@linli/service-kit";
import type { PropertyDatabase } from "../db";
import { ServiceItemsRepository } from "./service-items.repository";

/** The service items companies offer, for one request. */
export function serviceItemsScope(base: RequestBase<PropertyDatabase>) {
  const serviceItems = new ServiceItemsRepository(base.db);
  return {
    loaders: {
      serviceItemsByCompany: listLoader(
        (ids) => serviceItems.byCompanyIds(ids),
        (row) => row.companyId,
      ),
    },
  };
}

export type ServiceItemsScope = ReturnType<typeof serviceItemsScope>;
