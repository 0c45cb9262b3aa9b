import { childConnectionLoader, listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import { ActivitiesRepository, activitySortKey, signUpSortKey } from "./activities/activities.repository";
import type { VolunteerDatabase } from "./db";
import { entrySortKey, HoursRepository } from "./hours/hours.repository";
import { overviewLoaders } from "./overview/overview.loaders";
import { OverviewRepository } from "./overview/overview.repository";
import { claimSortKey, PostsRepository, postSortKey } from "./posts/posts.repository";
import { RedProxyRepository, requestSortKey } from "./redproxy/redproxy.repository";
import { deskScope } from "./redproxy/redproxy.service";
import { membershipSortKey, RosterRepository } from "./roster/roster.repository";
import { TeamsRepository } from "./teams/teams.repository";
import { VolunteersRepository } from "./volunteers/volunteers.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: VolunteerDatabase;
  teams: TeamsRepository;
  volunteers: VolunteersRepository;
  activities: ActivitiesRepository;
  hours: HoursRepository;
  posts: PostsRepository;
  redProxy: RedProxyRepository;
  roster: RosterRepository;
  loaders: ReturnType<typeof createLoaders>;
}

interface Repositories {
  teams: TeamsRepository;
  volunteers: VolunteersRepository;
  activities: ActivitiesRepository;
  hours: HoursRepository;
  posts: PostsRepository;
  redProxy: RedProxyRepository;
  overview: OverviewRepository;
  roster: RosterRepository;
}

function createLoaders(
  { teams, volunteers, activities, hours, posts, redProxy, overview, roster }: Repositories,
  identity: RequestIdentity,
) {
  return {
    teamById: rowLoader(
      (ids) => teams.byIds(ids),
      (row) => row.id,
    ),
    teamsByEstate: listLoader(
      (ids) => teams.byEstateIds(ids),
      (row) => row.estateId,
    ),
    estatesByTeam: listLoader(
      (ids) => teams.estatesByTeamIds(ids),
      (row) => row.teamId,
    ),
    volunteerById: rowLoader(
      (ids) => volunteers.byIds(ids),
      (row) => row.id,
    ),
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
    ),
    activityPageByPlace: childConnectionLoader(
      (ids, page) => activities.pagesByPlaceIds(ids, page),
      (row) => row.placeId,
      activitySortKey,
    ),
    signUpPageByActivity: childConnectionLoader(
      (ids, page) => activities.signUpPagesByActivityIds(ids, page),
      (row) => row.activityId,
      signUpSortKey,
    ),
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
    ),
    postById: rowLoader(
      (ids) => posts.byIds(ids),
      (row) => row.id,
    ),
    claimById: rowLoader(
      (ids) => posts.claimsByIds(ids),
      (row) => row.id,
    ),
    postPageByEstate: childConnectionLoader(
      (ids, page) => posts.postPagesByEstateIds(ids, page),
      (row) => row.estateId,
      postSortKey,
    ),
    liveClaimsByPost: rowLoader(
      (ids) => posts.liveClaimsByPostIds(ids),
      (row) => row.postId,
    ),
    historyByClaim: listLoader(
      (ids) => posts.eventsByClaimIds(ids),
      (row) => row.claimId,
    ),
    claimPageByPartyMember: childConnectionLoader(
      (ids, page) => posts.claimPagesByMemberIds(ids, page),
      (row) => row.memberId,
      claimSortKey,
    ),
    redProxyItemById: rowLoader(
      (ids) => redProxy.itemsByIds(ids),
      (row) => row.id,
    ),
    // Scoped in SQL to what this request's caller may read: an unreadable request is absent.
    redProxyRequestById: rowLoader(
      (ids) => redProxy.readableByIds(ids, deskScope(identity)),
      (row) => row.id,
    ),
    redProxyRequestPageByEstate: childConnectionLoader(
      (ids, page) => redProxy.pagesByEstateIds(ids, page, deskScope(identity)),
      (row) => row.estateId,
      requestSortKey,
    ),
    redProxyHistory: listLoader(
      (ids) => redProxy.eventsByRequestIds(ids),
      (row) => row.requestId,
    ),
    redProxyFeedback: listLoader(
      (ids) => redProxy.feedbackByRequestIds(ids),
      (row) => row.requestId,
    ),
    ...overviewLoaders(overview),
    rosterPageByTeam: childConnectionLoader(
      (ids, page) => roster.pagesByTeamIds(ids, page, false),
      (row) => row.teamId,
      membershipSortKey,
    ),
    rosterHistoryPageByTeam: childConnectionLoader(
      (ids, page) => roster.pagesByTeamIds(ids, page, true),
      (row) => row.teamId,
      membershipSortKey,
    ),
    leadersByTeam: listLoader(
      (ids) => roster.leadersByTeamIds(ids),
      (row) => row.teamId,
    ),
    membershipsByVolunteer: listLoader(
      (ids) => roster.byVolunteerIds(ids),
      (row) => row.volunteerId,
    ),
  };
}

export function createContext(db: VolunteerDatabase, identity: RequestIdentity): Context {
  const repositories: Repositories = {
    teams: new TeamsRepository(db),
    volunteers: new VolunteersRepository(db),
    activities: new ActivitiesRepository(db),
    hours: new HoursRepository(db),
    posts: new PostsRepository(db),
    redProxy: new RedProxyRepository(db),
    overview: new OverviewRepository(db),
    roster: new RosterRepository(db),
  };
  return { ...identity, db, ...repositories, loaders: createLoaders(repositories, identity) };
}
