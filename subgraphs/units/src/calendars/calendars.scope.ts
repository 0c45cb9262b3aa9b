import { bindServices, listLoader, type RequestBase } from "@linli/service-kit";
import type { UnitsDatabase } from "../db";
import { CalendarsRepository } from "./calendars.repository";
import { createBookingCalendar, revokeBookingCalendar } from "./calendars.service";

/** Booking calendars (iCal feeds), for one request. */
export function calendarsScope(base: RequestBase<UnitsDatabase>) {
  const calendars = new CalendarsRepository(base.db);
  return {
    loaders: {
      feedsByUnit: listLoader(
        (ids) => calendars.feedsOfUnits(ids),
        (row) => row.unitId,
      ),
    },
    service: bindServices(base, { createBookingCalendar, revokeBookingCalendar }),
  };
}

export type CalendarsScope = ReturnType<typeof calendarsScope>;
