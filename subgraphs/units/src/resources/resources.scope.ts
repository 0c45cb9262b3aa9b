import { bindServices, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { OpeningHoursRepository } from "./opening-hours.repository";
import { ResourcesRepository } from "./resources.repository";
import { createSharedResource, updateSharedResource } from "./resources.service";

/** Shared resources (共享资源) and their opening hours, for one request. */
export function resourcesScope(base: RequestBase<UnitsDatabase>) {
  const resources = new ResourcesRepository(base.db);
  const openingHours = new OpeningHoursRepository(base.db);
  return {
    loaders: {
      resourceById: rowLoader(
        (ids) => resources.byIds(ids),
        (row) => row.id,
      ),
      resourcesByUnit: listLoader(
        (ids) => resources.byUnitIds(ids),
        (row) => row.unitId as string,
      ),
      resourcesByCenter: listLoader(
        (ids) => resources.byCenterIds(ids),
        (row) => row.centerId as string,
      ),
      openingHoursByResource: listLoader(
        (ids) => openingHours.byResourceIds(ids),
        (row) => row.resourceId,
      ),
    },
    service: bindServices(base, { createSharedResource, updateSharedResource }),
  };
}

export type ResourcesScope = ReturnType<typeof resourcesScope>;
