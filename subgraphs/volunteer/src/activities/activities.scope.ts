import { bindServices, childConnectionLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { ActivitiesRepository, activitySortKey, signUpSortKey } from "./activities.repository";
import { cancelActivitySignUp, checkInActivitySignUp, createActivity, signUpForActivity } from "./activities.service";

/** Activities and their sign-ups, for one request. */
export function activitiesScope(base: RequestBase<VolunteerDatabase>) {
  const activities = new ActivitiesRepository(base.db);
  return {
    loaders: {
      activityById: rowLoader(
        (ids) => activities.byIds(ids),
        (row) => row.id,
      ),
      signUpById: rowLoader(
        (ids) => activities.signUpsByIds(ids),
        (row) => row.id,
      ),
      signUpCountsByActivity: rowLoader(
        (ids) => activities.countsByActivityIds(ids),
        (row) => row.activityId,
      ),
      activityPageByEstate: childConnectionLoader(
        (ids, page) => activities.pagesByEstateIds(ids, page),
        (row) => row.estateId,
        activitySortKey,
        (ids) => activities.countsBy("estate", ids),
      ),
      activityPageByPlace: childConnectionLoader(
        (ids, page) => activities.pagesByPlaceIds(ids, page),
        (row) => row.placeId,
        activitySortKey,
        (ids) => activities.countsBy("place", ids),
      ),
      activityPageByTeam: childConnectionLoader(
        (ids, page) => activities.pagesByTeamIds(ids, page),
        (row) => row.teamId,
        activitySortKey,
        (ids) => activities.countsBy("team", ids),
      ),
      signUpPageByActivity: childConnectionLoader(
        (ids, page) => activities.signUpPagesByActivityIds(ids, page),
        (row) => row.activityId,
        signUpSortKey,
        (ids) => activities.signUpCountsByActivityIds(ids),
      ),
    },
    service: bindServices(base, { createActivity, signUpForActivity, cancelActivitySignUp, checkInActivitySignUp }),
  };
}

export type ActivitiesScope = ReturnType<typeof activitiesScope>;
