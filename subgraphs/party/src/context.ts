import { childConnectionLoader, listLoader, type RequestIdentity, rowLoader } from "@linli/service-kit";
import { BranchesRepository } from "./branches/branches.repository";
import type { PartyDatabase } from "./db";
import { DeliberationRepository, deliberationSortKey } from "./deliberation/deliberation.repository";
import { DeliberationService } from "./deliberation/deliberation.service";
import { DisputesRepository, disputeSortKey } from "./disputes/disputes.repository";
import { DisputesService, disputeScope } from "./disputes/disputes.service";
import { GridPostsService } from "./grid-posts/grid-posts.service";
import { LivingRoomsRepository } from "./living-rooms/living-rooms.repository";
import { LivingRoomsService } from "./living-rooms/living-rooms.service";
import { MembersRepository, memberSortKey } from "./members/members.repository";
import { MembersService } from "./members/members.service";
import { overviewLoaders } from "./overview/overview.loaders";
import { OverviewRepository } from "./overview/overview.repository";
import { PlacesRepository, placeSortKey } from "./places/places.repository";
import { PracticalProjectsRepository, projectSortKey } from "./practical-projects/practical-projects.repository";
import { PracticalProjectsService } from "./practical-projects/practical-projects.service";
import { ProblemsRepository, problemSortKey, type ResponsibleKind } from "./problems/problems.repository";
import { ProblemsService } from "./problems/problems.service";
import {
  type EvaluationAudience,
  evaluationSortKey,
  RecognitionRepository,
} from "./recognition/recognition.repository";
import { aspirationLoader, RecognitionService } from "./recognition/recognition.service";
import { RoutingRepository } from "./routing/routing.repository";

/**
 * Everything a resolver may use, built afresh for every request (loaders cache per request
 * only): the verified caller, the request id, repositories and loaders.
 */
export interface Context extends RequestIdentity {
  db: PartyDatabase;
  places: PlacesRepository;
  branches: BranchesRepository;
  members: MembersRepository;
  problems: ProblemsRepository;
  /** Who may see members' personal data, and the changes to their contact. */
  memberService: MembersService;
  /** Who may follow a problem and see its reporter, and every move of its state machine. */
  problemService: ProblemsService;
  /** Disputes: registered, mediated and concluded within the caller's estates. */
  disputeService: DisputesService;
  /** 新年开门办一件实事 — the county's practical projects (public reads). */
  practicalProjects: PracticalProjectsRepository;
  /** Practical projects registered, advanced and completed within the caller's estates. */
  projectService: PracticalProjectsService;
  /** 议事会 and 家规家训: meetings recorded, rules proposed, voted on and decided. */
  deliberationService: DeliberationService;
  /** 睦邻客厅 opened and changed by the estate's branch secretary or a party administrator. */
  livingRoomService: LivingRoomsService;
  /** 两评两议两公开 records made and verified, 党员之星 awarded, by the estates' branches. */
  recognitionService: RecognitionService;
  /** 党员楼栋长/楼道长/街巷长 posts assigned and ended by the estates' branches. */
  gridPostService: GridPostsService;
  loaders: ReturnType<typeof createLoaders>;
}

interface Repositories {
  places: PlacesRepository;
  branches: BranchesRepository;
  members: MembersRepository;
  problems: ProblemsRepository;
  disputes: DisputesRepository;
  livingRooms: LivingRoomsRepository;
  practicalProjects: PracticalProjectsRepository;
  overview: OverviewRepository;
  deliberation: DeliberationRepository;
  routing: RoutingRepository;
  recognition: RecognitionRepository;
}

function createLoaders(
  {
    places,
    branches,
    members,
    problems,
    disputes,
    livingRooms,
    practicalProjects,
    deliberation,
    routing,
    overview,
    recognition,
  }: Repositories,
  identity: RequestIdentity,
) {
  const queue = (kind: ResponsibleKind) =>
    childConnectionLoader(
      (ids, page) => problems.queuePagesByResponsibleIds(kind, ids, page),
      (row) => row.responsibleId ?? "",
      problemSortKey,
    );
  const evaluationPages = (subject: "member" | "unit", audience: EvaluationAudience) =>
    childConnectionLoader(
      (ids, page) => recognition.pagesBySubjectIds(subject, ids, page, audience),
      (row) => (subject === "member" ? row.memberId : row.unitId) ?? "",
      evaluationSortKey,
    );
  // Disputes are read only within the caller's own estates: the scope is part of every statement.
  const scope = disputeScope(identity.caller);
  return {
    countyById: rowLoader(
      (ids) => places.countiesByIds(ids),
      (row) => row.id,
    ),
    subdistrictById: rowLoader(
      (ids) => places.subdistrictsByIds(ids),
      (row) => row.id,
    ),
    subdistrictsByCounty: listLoader(
      (ids) => places.subdistrictsByCountyIds(ids),
      (row) => row.countyId,
    ),
    communityById: rowLoader(
      (ids) => places.communitiesByIds(ids),
      (row) => row.id,
    ),
    communitiesBySubdistrict: listLoader(
      (ids) => places.communitiesBySubdistrictIds(ids),
      (row) => row.subdistrictId,
    ),
    estateById: rowLoader(
      (ids) => places.estatesByIds(ids),
      (row) => row.id,
    ),
    estatePageByCommunity: childConnectionLoader(
      (ids, page) => places.estatePagesByCommunityIds(ids, page),
      (row) => row.communityId,
      placeSortKey,
    ),
    subdistrictPageByCounty: childConnectionLoader(
      (ids, page) => places.subdistrictPagesByCountyIds(ids, page),
      (row) => row.countyId,
      placeSortKey,
    ),
    communityPageBySubdistrict: childConnectionLoader(
      (ids, page) => places.communityPagesBySubdistrictIds(ids, page),
      (row) => row.subdistrictId,
      placeSortKey,
    ),
    branchById: rowLoader(
      (ids) => branches.byIds(ids),
      (row) => row.id,
    ),
    branchByEstate: rowLoader(
      (ids) => branches.byEstateIds(ids),
      (row) => row.estateId,
    ),
    estatesByBranch: listLoader(
      (ids) => branches.estatesByBranchIds(ids),
      (row) => row.branchId,
    ),
    stageHistoryByBranch: listLoader(
      (ids) => branches.stageHistoryByBranchIds(ids),
      (row) => row.branchId,
    ),
    memberById: rowLoader(
      (ids) => members.byIds(ids),
      (row) => row.id,
    ),
    memberPageByEstate: childConnectionLoader(
      (ids, page) => members.pagesByEstateIds(ids, page),
      (row) => row.estateId,
      memberSortKey,
    ),
    gridPostsByMember: {
      open: listLoader(
        (ids) => members.gridPostsByMemberIds(ids, false),
        (row) => row.memberId,
      ),
      all: listLoader(
        (ids) => members.gridPostsByMemberIds(ids, true),
        (row) => row.memberId,
      ),
    },
    evaluationPageByMember: {
      entitled: evaluationPages("member", "entitled"),
      public: evaluationPages("member", "public"),
    },
    evaluationPageByUnit: {
      entitled: evaluationPages("unit", "entitled"),
      public: evaluationPages("unit", "public"),
    },
    aspirationIndex: aspirationLoader(recognition),
    starsByMember: listLoader(
      (ids) => recognition.starsByMemberIds(ids),
      (row) => row.memberId,
    ),
    livingRoomById: rowLoader(
      (ids) => livingRooms.byIds(ids),
      (row) => row.id,
    ),
    livingRoomByEstate: rowLoader(
      (ids) => livingRooms.byEstateIds(ids),
      (row) => row.estateId,
    ),
    problemById: rowLoader(
      (ids) => problems.byIds(ids),
      (row) => row.id,
    ),
    wallPageByEstate: childConnectionLoader(
      (ids, page) => problems.wallPagesByEstateIds(ids, page),
      (row) => row.estateId,
      problemSortKey,
    ),
    echoPageByEstate: childConnectionLoader(
      (ids, page) => problems.echoPagesByEstateIds(ids, page),
      (row) => row.estateId,
      problemSortKey,
    ),
    queuePage: {
      PARTY_BRANCH: queue("PARTY_BRANCH"),
      PROPERTY_COMPANY: queue("PROPERTY_COMPANY"),
      UNIT: queue("UNIT"),
      VOLUNTEER_TEAM: queue("VOLUNTEER_TEAM"),
    },
    historyPageByProblem: childConnectionLoader(
      (ids, page) => problems.historyPagesByProblemIds(ids, page),
      (row) => row.problemId,
      problemSortKey,
    ),
    disputeById: rowLoader(
      (ids) => disputes.byIdsWithin(ids, scope),
      (row) => row.id,
    ),
    disputePageByEstate: childConnectionLoader(
      (ids, page) => disputes.pagesByEstateIdsWithin(ids, page, scope),
      (row) => row.estateId,
      disputeSortKey,
    ),
    partiesByDispute: listLoader(
      (ids) => disputes.partiesByDisputeIds(ids),
      (row) => row.disputeId,
    ),
    historyByDispute: listLoader(
      (ids) => disputes.historyByDisputeIds(ids),
      (row) => row.disputeId,
    ),
    sessionPageByDispute: childConnectionLoader(
      (ids, page) => disputes.sessionPagesByDisputeIds(ids, page),
      (row) => row.disputeId,
      disputeSortKey,
    ),
    mediatorById: rowLoader(
      (ids) => disputes.mediatorsByIds(ids),
      (row) => row.id,
    ),
    practicalProjectById: rowLoader(
      (ids) => practicalProjects.byIds(ids),
      (row) => row.id,
    ),
    practicalProjectPageByEstate: childConnectionLoader(
      (ids, page) => practicalProjects.pagesByEstateIds(ids, page),
      (row) => row.estateId,
      projectSortKey,
    ),
    historyByPracticalProject: listLoader(
      (ids) => practicalProjects.historyByProjectIds(ids),
      (row) => row.projectId,
    ),
    ...overviewLoaders(overview),
    meetingById: rowLoader(
      (ids) => deliberation.meetingsByIds(ids),
      (row) => row.id,
    ),
    meetingPageByEstate: childConnectionLoader(
      (ids, page) => deliberation.meetingPagesByEstateIds(ids, page),
      (row) => row.estateId,
      deliberationSortKey,
    ),
    participantsByMeeting: listLoader(
      (ids) => deliberation.participantsByMeetingIds(ids),
      (row) => row.meetingId,
    ),
    houseRuleById: rowLoader(
      (ids) => deliberation.rulesByIds(ids),
      (row) => row.id,
    ),
    houseRulePageByEstate: childConnectionLoader(
      (ids, page) => deliberation.rulePagesByEstateIds(ids, page),
      (row) => row.estateId,
      deliberationSortKey,
    ),
    houseRulesByMeeting: listLoader(
      (ids) => deliberation.rulesByMeetingIds(ids),
      (row) => row.meetingId ?? "",
    ),
    routingRulesByEstate: listLoader(
      (ids) => routing.byEstateIds(ids),
      (row) => row.estateId,
    ),
    voteCountByHouseRule: rowLoader(
      (ids) => deliberation.voteCountsByRuleIds(ids),
      (row) => row.ruleId,
    ),
    historyByHouseRule: listLoader(
      (ids) => deliberation.historyByRuleIds(ids),
      (row) => row.ruleId,
    ),
  };
}

export function createContext(db: PartyDatabase, identity: RequestIdentity): Context {
  const repositories: Repositories = {
    places: new PlacesRepository(db),
    branches: new BranchesRepository(db),
    members: new MembersRepository(db),
    problems: new ProblemsRepository(db),
    disputes: new DisputesRepository(db),
    livingRooms: new LivingRoomsRepository(db),
    practicalProjects: new PracticalProjectsRepository(db),
    overview: new OverviewRepository(db),
    deliberation: new DeliberationRepository(db),
    routing: new RoutingRepository(db),
    recognition: new RecognitionRepository(db),
  };
  const loaders = createLoaders(repositories, identity);
  const memberService = new MembersService(identity, db, loaders);
  const problemService = new ProblemsService(identity, db, loaders);
  const disputeService = new DisputesService(identity, db);
  const projectService = new PracticalProjectsService(identity, db);
  const deliberationService = new DeliberationService(identity, db);
  const livingRoomService = new LivingRoomsService(identity, db);
  const recognitionService = new RecognitionService(identity, db);
  const gridPostService = new GridPostsService(identity, db);
  const { places, branches, members, problems, practicalProjects } = repositories;
  return {
    ...identity,
    db,
    places,
    branches,
    members,
    problems,
    memberService,
    problemService,
    disputeService,
    practicalProjects,
    projectService,
    deliberationService,
    livingRoomService,
    recognitionService,
    gridPostService,
    loaders,
  };
}
