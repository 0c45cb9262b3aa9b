import {
  bindServices,
  type ChildPageKey,
  type Connection,
  childConnectionLoader,
  listLoader,
  type RequestBase,
  rowLoader,
} from "@linli/service-kit";
import type DataLoader from "dataloader";
import type { UnitsDatabase } from "../db";
import type { BookingRow } from "../db/schema";
import { type BookingFilter, type BookingParent, BookingsRepository, bookingSortKey } from "./bookings.repository";
import { requestBooking, transitionBooking } from "./bookings.service";

/** Bookings of shared resources and their calendars, for one request. */
export function bookingsScope(base: RequestBase<UnitsDatabase>) {
  const bookings = new BookingsRepository(base.db);
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
        (parentIds) => bookings.countsOf(parent, parentIds, filter),
      );
      calendars.set(key, loader);
    }
    return loader;
  };
  return {
    repository: bookings,
    loaders: {
      bookingById: rowLoader(
        (ids) => bookings.byIds(ids),
        (row) => row.id,
      ),
      historyByBooking: listLoader(
        (ids) => bookings.historyByBookingIds(ids),
        (row) => row.bookingId,
      ),
      allowListByResource: listLoader(
        (ids) => bookings.allowListByResourceIds(ids),
        (row) => row.resourceId,
      ),
      bookingPages,
    },
    service: bindServices(base, { requestBooking, transitionBooking }),
  };
}

export type BookingsScope = ReturnType<typeof bookingsScope>;
