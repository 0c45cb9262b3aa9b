import { bindServices, listLoader, type RequestBase } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { CalendarsRepository } from "./calendars.repository";
import { createTeamCalendar, revokeTeamCalendar } from "./calendars.service";

/** Team activity calendars (iCal feeds), for one request. */
export function calendarsScope(base: RequestBase<VolunteerDatabase>) {
  const calendars = new CalendarsRepository(base.db);
  return {
    loaders: {
      feedsByTeam: listLoader(
        (ids) => calendars.feedsOfTeams(ids),
        (row) => row.subjectId,
      ),
    },
    service: bindServices(base, { createTeamCalendar, revokeTeamCalendar }),
  };
}

export type CalendarsScope = ReturnType<typeof calendarsScope>;
