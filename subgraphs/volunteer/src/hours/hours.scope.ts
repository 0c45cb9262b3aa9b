import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { entrySortKey, HoursRepository } from "./hours.repository";
import { decideServiceHourCorrection, requestServiceHourCorrection } from "./hours.service";

/** Service hours (志愿服务时长), their corrections and 星级, for one request. */
export function hoursScope(base: RequestBase<VolunteerDatabase>) {
  const hours = new HoursRepository(base.db);
  return {
    repository: hours,
    loaders: {
      entryById: rowLoader(
        (ids) => hours.byIds(ids),
        (row) => row.id,
      ),
      decisionByCorrection: rowLoader(
        (ids) => hours.decisionsByCorrectionIds(ids),
        (row) => row.correctionId,
      ),
      hoursByVolunteer: rowLoader(
        (ids) => hours.summariesByVolunteerIds(ids),
        (row) => row.volunteerId,
      ),
      hoursByPartyMember: rowLoader(
        (ids) => hours.summariesByPartyMemberIds(ids),
        (row) => row.partyMemberId,
      ),
      starsByVolunteer: listLoader(
        (ids) => hours.starsByVolunteerIds(ids),
        (row) => row.volunteerId,
      ),
      starsByPartyMember: listLoader(
        (ids) => hours.starsByPartyMemberIds(ids),
        (row) => row.partyMemberId,
      ),
      entryPageByVolunteer: childConnectionLoader(
        (ids, page) => hours.entryPagesByVolunteerIds(ids, page),
        (row) => row.volunteerId,
        entrySortKey,
        (ids) => hours.entryCountsByVolunteerIds(ids),
      ),
    },
    service: bindServices(base, { requestServiceHourCorrection, decideServiceHourCorrection }),
  };
}

export type HoursScope = ReturnType<typeof hoursScope>;
