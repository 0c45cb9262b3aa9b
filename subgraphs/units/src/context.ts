import {
  type ChildPageKey,
  type Connection,
  childConnectionLoader,
  createPersonalDataAccessLog,
  listLoader,
  type PersonalDataAccessLog,
  type RequestIdentity,
  rowLoader,
} from "@linli/service-kit";
import type DataLoader from "dataloader";
import {
  type BookingFilter,
  type BookingParent,
  BookingsRepository,
  bookingSortKey,
} from "./bookings/bookings.repository";
import { CentersRepository } from "./centers/centers.repository";
import type { UnitsDatabase } from "./db";
import type { BookingRow } from "./db/schema";
import { LiaisonsRepository } from "./liaisons/liaisons.repository";
import { MembershipsRepository } from "./memberships/memberships.repository";
import { overviewLoaders } from "./overview/overview.loaders";
import { OverviewRepository } from "./overview/overview.repository";
import { OpeningHoursRepository } from "./resources/opening-hours.repository";
import { ResourcesRepository } from "./resources/resources.repository";
import { UnitsRepository } from "./units/units.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: UnitsDatabase;
  units: UnitsRepository;
  memberships: MembershipsRepository;
  resources: ResourcesRepository;
  bookings: BookingsRepository;
  centers: CentersRepository;
  liaisons: LiaisonsRepository;
  openingHours: OpeningHoursRepository;
  overview: OverviewRepository;
  /** Full-value reads of personal data (liaisons' phones) are logged here, one INSERT per request. */
  accessLog: PersonalDataAccessLog;
  loaders: ReturnType<typeof createLoaders>;
}

interface Repositories {
  units: UnitsRepository;
  memberships: MembershipsRepository;
  resources: ResourcesRepository;
  bookings: BookingsRepository;
  centers: CentersRepository;
  liaisons: LiaisonsRepository;
  openingHours: OpeningHoursRepository;
  overview: OverviewRepository;
}

function createLoaders({
  units,
  memberships,
  resources,
  bookings,
  centers,
  liaisons,
  openingHours,
  overview,
}: Repositories) {
  // One page loader per calendar kind and filter, made on first use within this request.
  const calendars = new Map<string, DataLoader<ChildPageKey, Connection<BookingRow>, string>>();
  const bookingPages = (parent: BookingParent, filter: BookingFilter) => {
    const key = JSON.stringify([parent, filter.from, filter.to, filter.states]);
    let loader = calendars.get(key);
    if (!loader) {
      loader = childConnectionLoader<BookingRow & { parentId: string }>(
        (parentIds, page) => bookings.pagesOf(parent, parentIds, filter, page),
        (row) => row.parentId,
        bookingSortKey,
      );
      calendars.set(key, loader);
    }
    return loader;
  };
  return {
    unitById: rowLoader(
      (ids) => units.byIds(ids),
      (row) => row.id,
    ),
    membershipsByUnit: listLoader(
      (ids) => memberships.byUnitIds(ids),
      (row) => row.unitId,
    ),
    membershipsByEstate: listLoader(
      (ids) => memberships.byEstateIds(ids),
      (row) => row.estateId,
    ),
    unitsByEstate: listLoader(
      (ids) => memberships.unitsByEstateIds(ids),
      (row) => row.estateId,
    ),
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
    allowListByResource: listLoader(
      (ids) => bookings.allowListByResourceIds(ids),
      (row) => row.resourceId,
    ),
    bookingById: rowLoader(
      (ids) => bookings.byIds(ids),
      (row) => row.id,
    ),
    historyByBooking: listLoader(
      (ids) => bookings.historyByBookingIds(ids),
      (row) => row.bookingId,
    ),
    bookingPages,
    centerById: rowLoader(
      (ids) => centers.byIds(ids),
      (row) => row.id,
    ),
    itemsByCenter: listLoader(
      (ids) => centers.itemsByCenterIds(ids),
      (row) => row.centerId,
    ),
    unitsByCenter: listLoader(
      (ids) => centers.unitsByCenterIds(ids),
      (row) => row.centerId,
    ),
    openingHoursByResource: listLoader(
      (ids) => openingHours.byResourceIds(ids),
      (row) => row.resourceId,
    ),
    liaisonsByUnit: listLoader(
      (ids) => liaisons.byUnitIds(ids),
      (row) => row.unitId,
    ),
    centersByUnit: listLoader(
      (ids) => centers.centersByUnitIds(ids),
      (row) => row.unitId,
    ),
    ...overviewLoaders(overview),
  };
}

export function createContext(db: UnitsDatabase, identity: RequestIdentity): Context {
  const repositories: Repositories = {
    units: new UnitsRepository(db),
    memberships: new MembershipsRepository(db),
    resources: new ResourcesRepository(db),
    bookings: new BookingsRepository(db),
    centers: new CentersRepository(db),
    liaisons: new LiaisonsRepository(db),
    openingHours: new OpeningHoursRepository(db),
    overview: new OverviewRepository(db),
  };
  return {
    ...identity,
    db,
    ...repositories,
    accessLog: createPersonalDataAccessLog(db, identity),
    loaders: createLoaders(repositories),
  };
}
