import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyRow, SubdistrictRow, CommunityRow, EstateRow, PartyBranchRow, BranchStageTransitionRow, PartyMemberRow, GridLeaderPostRow, EvaluationRecordRow, PartyMemberStarRow, LivingRoomRow, ProblemTransitionRow, DisputeRow, DisputePartyRow, DisputeTransitionRow, MediatorRow, MediationSessionRow, PracticalProjectRow, PracticalProjectTransitionRow, DeliberationMeetingRow, DeliberationParticipantRow, HouseRuleRow, HouseRuleTransitionRow, ProblemRoutingRuleRow } from '../db/schema';
import type { Connection } from '@linli/service-kit';
import type { AspirationIndexRow } from '../recognition/recognition.repository';
import type { ProblemView, CompanyRef, UnitRef, TeamRef } from '../problems/problems.repository';
import type { PartyFiguresRow, PartyMonthRow } from '../overview/overview.repository';
import type { AnswerTimeRow } from '../aggregates/aggregates.repository';
import type { BallotView } from '../deliberation/deliberation.repository';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 建制化 — a branch reaching its next stage. */
export type AdvanceBranchStageInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** The day it reached it (ISO 8601, YYYY-MM-DD): not before the previous stage's day, not in the future. */
  reachedOn: Scalars['String']['input'];
  /** The stage it reached: must be the one right after its current stage. */
  to: BranchStage;
};

/** 答题 — the public answer. */
export type AnswerProblemInput = {
  /** The answer for the echo wall, 1 to 1000 characters. */
  answer: Scalars['String']['input'];
  /** The problem. */
  problemId: Scalars['ID']['input'];
};

/** 答题时长 — how long one group of answered problems waited from report to answer. */
export type AnswerTime = {
  __typename?: 'AnswerTime';
  /** How many answered problems the row covers. */
  answered: Scalars['Int']['output'];
  /** Average hours from report to answer. */
  averageHours: Scalars['Float']['output'];
  /** 小区 — the estate; set only in rows grouped by estate. */
  estate?: Maybe<Estate>;
  /** The handler; set only in rows grouped by handler. */
  handler?: Maybe<ResponsibleParty>;
  /** The kind of handler; null in rows grouped by estate. */
  handlerKind?: Maybe<ResponsibleKind>;
  /** Median hours from report to answer. */
  medianHours: Scalars['Float']['output'];
  /** 90th percentile of the hours from report to answer. */
  p90Hours: Scalars['Float']['output'];
};

/** How `answerTimes` groups its rows. */
export type AnswerTimeGrouping =
  /** 小区 — one row per estate. */
  | 'ESTATE'
  /** 责任方 — one row per handler (branch, company, unit or team). */
  | 'HANDLER'
  /** 责任方类型 — one row per kind of handler. */
  | 'HANDLER_KIND';

/**
 * 初心指数 — a member's aspiration index for one year, computed on every read from verified records
 * only (nothing is a stored total). The rule:
 *
 * - each verified evaluation (组织评议, 群众评议) of the year: 优秀 EXCELLENT 10, 良好 GOOD 6,
 *   合格 PASS 3, 不合格 FAIL 0 points;
 * - each verified deliberation (议事, 述职评议) of the year: 4 points;
 * - each verified disclosure (承诺公开, 成效公开) of the year: 2 points;
 * - each grid leader post (党员楼栋长/楼道长/街巷长, assigned by the branch): 1 point for every whole
 *   month of the year it was held (at most 12 a post).
 *
 * A record belongs to the year its period names (2024, 2024-H1 and 2024-H2 all count for 2024).
 * Problems are solved and answered by bodies (a branch, a company, a unit, a team), not by a member,
 * so they do not count here. Volunteer service hours belong to the volunteer agency and are not part
 * of this index (see the volunteer agency's own stars).
 */
export type AspirationIndex = {
  __typename?: 'AspirationIndex';
  /** Points from verified deliberations. */
  deliberationPoints: Scalars['Int']['output'];
  /** Points from verified disclosures. */
  disclosurePoints: Scalars['Int']['output'];
  /** Points from verified evaluations. */
  evaluationPoints: Scalars['Int']['output'];
  /** Points from months held in grid leader posts. */
  gridPostPoints: Scalars['Int']['output'];
  /** Whether a verified evaluation of the year failed (不合格): such a member cannot be a star that year. */
  hasFailingEvaluation: Scalars['Boolean']['output'];
  /** The index: the sum of the parts below. */
  score: Scalars['Int']['output'];
  /** How many verified records of the year were counted. */
  verifiedRecords: Scalars['Int']['output'];
  /** The year it is for. */
  year: Scalars['Int']['output'];
};

/** A new grid leader post. */
export type AssignGridPostInput = {
  /** The building, stairwell or lane, as the estate names it (e.g. 2 幢, 3 幢 1 单元, 兰溪巷), 1 to 50 characters. */
  area: Scalars['String']['input'];
  /** 一岗四员 — the duties; a post always carries all four, so when given it must list exactly those. */
  duties?: InputMaybe<Array<GridDuty>>;
  /** 小区 — the estate of the post. */
  estateId: Scalars['ID']['input'];
  /** The member who takes the post. */
  memberId: Scalars['ID']['input'];
  /** Building, stairwell or lane chief. */
  role: GridRole;
  /** Since when (YYYY-MM-DD), not in the future. */
  since: Scalars['String']['input'];
};

/** 派单 — a problem to assign. */
export type AssignProblemInput = {
  /** The problem. */
  problemId: Scalars['ID']['input'];
  /** Who answers it; omitted, the party its routing named. */
  responsible?: InputMaybe<ResponsibleInput>;
};

/** The member and year of a star. */
export type AwardPartyMemberStarInput = {
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** The year, 2000 up to the current year. */
  year: Scalars['Int']['input'];
};

/** 组建方式 — how a branch was formed. */
export type BranchFormation =
  /** 兼合式 — combined: members from units and the estate in one branch. */
  | 'COMBINED'
  /** 联合组建 — set up jointly by several estates. */
  | 'JOINT'
  /** 单独组建 — set up by one estate alone. */
  | 'STANDALONE';

/** 建制化阶段 — stages a branch moves through, forward only (新增一个、覆盖一个，成熟一个、建成一个). */
export type BranchStage =
  /** 覆盖 — the estate is covered. */
  | 'COVERED'
  /** 建成 — fully established. */
  | 'ESTABLISHED'
  /** 成熟 — mature. */
  | 'MATURE'
  /** 新增 — newly added. */
  | 'NEW';

/** One stage a branch moved forward (建制化), as recorded by advanceBranchStage. */
export type BranchStageTransition = {
  __typename?: 'BranchStageTransition';
  /** The stage it left. */
  from: BranchStage;
  /** The day it reached it (ISO 8601, YYYY-MM-DD). */
  reachedOn: Scalars['String']['output'];
  /** When it was recorded (ISO 8601 timestamp, UTC). */
  recordedAt: Scalars['String']['output'];
  /** The stage it reached. */
  to: BranchStage;
};

/** 投票 — one resident's vote. */
export type CastHouseRuleVoteInput = {
  /** For or against. */
  choice: HouseRuleChoice;
  /** The rule. */
  ruleId: Scalars['ID']['input'];
};

/** 社区 — a community with its residents' committee. */
export type Community = {
  __typename?: 'Community';
  /**
   * 小区 — the ids of every estate of this community (a list as long as the place).
   * @deprecated Grows with the place; page through Community.estates instead.
   */
  estateIds: Array<Scalars['ID']['output']>;
  /** 小区 — its estates, by name; at most 100 a page. */
  estates: EstateConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Official name, e.g. 木兰社区. */
  name: Scalars['String']['output'];
  /** 党组织 — the party organization's figures of this community. */
  partyFigures: PartyFigures;
  /** The party organization's figures month by month (`from`/`to` as `YYYY-MM`, at most 36 months). */
  partyMonthly: Array<PartyMonthFigures>;
  /** 镇街 — the town or subdistrict it belongs to. */
  subdistrict: Subdistrict;
};


/** 社区 — a community with its residents' committee. */
export type CommunityEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 — a community with its residents' committee. */
export type CommunityPartyMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A page of communities. */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The communities of this page with their cursors. */
  edges: Array<CommunityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many communities the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One community in a page, with the cursor that points at it. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** Opaque position of this community in the list. */
  cursor: Scalars['String']['output'];
  /** 社区 — the community. */
  node: Community;
};

/** 办结 — a project finished. */
export type CompletePracticalProjectInput = {
  /** The day it was finished (ISO 8601, YYYY-MM-DD), not in the future. */
  completedOn: Scalars['String']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** 结案 — how a dispute ends. */
export type ConcludeDisputeInput = {
  /** Settled, unsettled or withdrawn. */
  conclusion: DisputeConclusion;
  /** The dispute. */
  disputeId: Scalars['ID']['input'];
  /** 调解结果 — the outcome, 1 to 2000 characters. */
  outcome: Scalars['String']['input'];
};

/** 县 — a county, the root of the place tree. */
export type County = {
  __typename?: 'County';
  /**
   * 小区 — the ids of every estate in the county: a list as long as the county. No agency needs it any
   * more (each finds a place's estates in its directory of places); page through `Community.estates`.
   * @deprecated Grows with the county; page through Community.estates instead.
   */
  estateIds: Array<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Official name, e.g. 仙游县. */
  name: Scalars['String']['output'];
  /** 党组织 — the party organization's figures of the county, kept up to date by every write. */
  partyFigures: PartyFigures;
  /**
   * The party organization's figures month by month, from `from` to `to` (both `YYYY-MM`, at most
   * 36 months), in China time.
   */
  partyMonthly: Array<PartyMonthFigures>;
  /**
   * 镇街 — the towns and subdistricts of the county by name, then id; at most 100 a page. A page of a
   * list of counties costs one statement, and each agency's figures of the page one more.
   */
  subdistrictPage: SubdistrictConnection;
  /**
   * 镇街 — the towns and subdistricts of the county, by name: every one, however many.
   * @deprecated Grows with the county; page through subdistrictPage instead.
   */
  subdistricts: Array<Subdistrict>;
};


/** 县 — a county, the root of the place tree. */
export type CountyPartyMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** 县 — a county, the root of the place tree. */
export type CountySubdistrictPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 睦邻客厅 — a new living room. */
export type CreateLivingRoomInput = {
  /** The estate it serves. */
  estateId: Scalars['ID']['input'];
  /** What it offers: 1 to 6 functions, none twice. */
  functions: Array<LivingRoomFunction>;
  /** Name, 1 to 100 characters, e.g. 木兰滨河睦邻客厅. */
  name: Scalars['String']['input'];
  /** Opened (ISO 8601, YYYY-MM-DD), not in the future. */
  openedOn: Scalars['String']['input'];
};

/** 新年开门办一件实事 — a new practical project. */
export type CreatePracticalProjectInput = {
  /** What will be done, 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /** The estate it is done for. */
  estateId: Scalars['ID']['input'];
  /**
   * An id the client chooses (a UUID), so that it can follow the project up in the same request;
   * an id already taken is refused with CONFLICT. Omit it for a fresh id.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Short title, 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** The year it is promised for, 2000 to 2100. */
  year: Scalars['Int']['input'];
};

/** 议事会 — a deliberation meeting of an estate (议事坊), where every side meets to decide. */
export type DeliberationMeeting = {
  __typename?: 'DeliberationMeeting';
  /** 决议 — what it decided, in order. */
  decisions: Array<Scalars['String']['output']>;
  /** 小区 — the estate it deliberated for. */
  estate: Estate;
  /** When it was held (ISO 8601, YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  /** 家规家训 — the house rules it proposed, oldest first. */
  houseRules: Array<HouseRule>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 睦邻客厅 — the estate's living room when it met there. */
  livingRoom?: Maybe<LivingRoom>;
  /** 会议纪要 — the minutes. A phone or ID number typed into it is masked (139****1234) for every reader. */
  minutes: Scalars['String']['output'];
  /** 参与方 — who took part, in the order recorded. */
  participants: Array<DeliberationParticipant>;
  /** 议题 — what it deliberated. A phone or ID number typed into it is masked (139****1234) for every reader. */
  topic: Scalars['String']['output'];
};

/** A page of deliberation meetings. */
export type DeliberationMeetingConnection = {
  __typename?: 'DeliberationMeetingConnection';
  /** The meetings of this page with their cursors. */
  edges: Array<DeliberationMeetingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many meetings the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One deliberation meeting in a page, with the cursor that points at it. */
export type DeliberationMeetingEdge = {
  __typename?: 'DeliberationMeetingEdge';
  /** Opaque position of this meeting in the list. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: DeliberationMeeting;
};

/**
 * One participant of a deliberation meeting: a branch, a property company or an in-service member by
 * reference, or an owners' committee or social organization by name.
 */
export type DeliberationParticipant = {
  __typename?: 'DeliberationParticipant';
  /** Which side it speaks for. */
  kind: DeliberationParticipantKind;
  /** 在职党员 — set for IN_SERVICE_MEMBER. Members are not public: signed-in callers only. */
  member?: Maybe<PartyMember>;
  /** The name, set for OWNERS_COMMITTEE and SOCIAL_ORGANIZATION (e.g. 木兰滨河业委会, 仙游县志愿者协会). */
  name?: Maybe<Scalars['String']['output']>;
  /** 小区党支部 — set for PARTY_BRANCH. */
  partyBranch?: Maybe<PartyBranch>;
  /** 物业服务企业 — set for PROPERTY_COMPANY. */
  propertyCompany?: Maybe<PropertyCompany>;
};

/**
 * One participant of a meeting: `id` for a branch, property company or in-service member; `name` for
 * an owners' committee or social organization.
 */
export type DeliberationParticipantInput = {
  /** The branch, property company or in-service member; omitted for a named participant. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Which side it speaks for. */
  kind: DeliberationParticipantKind;
  /** The owners' committee's or social organization's name, 1 to 100 characters; omitted otherwise. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 议事会的参与方 — which side of the estate a participant speaks for. */
export type DeliberationParticipantKind =
  /** 在职党员 — an in-service party member reporting to the community. */
  | 'IN_SERVICE_MEMBER'
  /** 业委会 — the owners' committee, named. */
  | 'OWNERS_COMMITTEE'
  /** 小区党支部 — a party branch. */
  | 'PARTY_BRANCH'
  /** 物业服务企业 — a property company (the property agency's entity). */
  | 'PROPERTY_COMPANY'
  /** 社会组织 — a social organization, named. */
  | 'SOCIAL_ORGANIZATION';

/**
 * 矛盾纠纷 — a dispute between residents, mediated in the living room. Never public: absent from every
 * public and dashboard path; only the party organization's administrators, the secretary of the
 * estate's branch and a community worker of its community can read it. A reference (`_entities`)
 * obeys the same rule as the root field.
 */
export type Dispute = {
  __typename?: 'Dispute';
  /** Concluded (ISO 8601 timestamp, UTC); null until then. */
  concludedAt?: Maybe<Scalars['String']['output']>;
  /** 小区 — the estate where it arose. */
  estate: Estate;
  /** Every state it moved into, oldest first (append-only). */
  history: Array<DisputeTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 调解组织 — who mediates it. */
  mediator: Mediator;
  /** 调解结果 — the outcome; null until concluded. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** 当事人 — its parties, in the order registered. */
  parties: Array<DisputeParty>;
  /** Registered (ISO 8601 timestamp, UTC). */
  registeredAt: Scalars['String']['output'];
  /** 调解会 — its mediation sessions, oldest first; at most 100 a page. */
  sessions: MediationSessionConnection;
  /** Where it stands. */
  status: DisputeStatus;
  /** What it is about. */
  summary: Scalars['String']['output'];
  /** A short title, e.g. 楼上漏水纠纷. */
  title: Scalars['String']['output'];
};


/**
 * 矛盾纠纷 — a dispute between residents, mediated in the living room. Never public: absent from every
 * public and dashboard path; only the party organization's administrators, the secretary of the
 * estate's branch and a community worker of its community can read it. A reference (`_entities`)
 * obeys the same rule as the root field.
 */
export type DisputeSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a dispute ends (结案). */
export type DisputeConclusion =
  /** 调解成功 — settled. */
  | 'SETTLED'
  /** 调解未果 — not settled. */
  | 'UNSETTLED'
  /** 撤回 — withdrawn. */
  | 'WITHDRAWN';

/** A page of disputes. */
export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  /** The disputes of this page with their cursors. */
  edges: Array<DisputeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many disputes the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One dispute in a page. */
export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  /** Opaque position of this dispute. */
  cursor: Scalars['String']['output'];
  /** The dispute. */
  node: Dispute;
};

/** 当事人 — one party of a dispute. */
export type DisputeParty = {
  __typename?: 'DisputeParty';
  /** 姓名 — the party's name (a person or an organization). */
  name: Scalars['String']['output'];
  /** How they stand in it, e.g. 楼上住户. */
  role: Scalars['String']['output'];
};

/** One party of a new dispute. */
export type DisputePartyInput = {
  /** 姓名 — 1 to 50 characters. */
  name: Scalars['String']['input'];
  /** How they stand in it, 1 to 50 characters. */
  role: Scalars['String']['input'];
};

/** 纠纷状态 — REGISTERED → IN_MEDIATION → SETTLED or UNSETTLED; REGISTERED or IN_MEDIATION → WITHDRAWN. */
export type DisputeStatus =
  /** 调解中 — mediation sessions under way. */
  | 'IN_MEDIATION'
  /** 已登记 — registered, not yet mediated. */
  | 'REGISTERED'
  /** 调解成功 — settled. */
  | 'SETTLED'
  /** 调解未果 — mediation failed (referred elsewhere). */
  | 'UNSETTLED'
  /** 撤回 — withdrawn by the parties. */
  | 'WITHDRAWN';

/** One move of a dispute's state. */
export type DisputeTransition = {
  __typename?: 'DisputeTransition';
  /** The state it left; null for the registration. */
  from?: Maybe<DisputeStatus>;
  /** When (ISO 8601 timestamp, UTC). */
  occurredAt: Scalars['String']['output'];
  /** The state it entered. */
  to: DisputeStatus;
};

/** The post to end and the day it ends. */
export type EndGridPostInput = {
  /** The last day (YYYY-MM-DD): not before the post began, not in the future. */
  endedOn: Scalars['String']['input'];
  /** The post. */
  postId: Scalars['ID']['input'];
};

/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type Estate = {
  __typename?: 'Estate';
  /** Street address. */
  address: Scalars['String']['output'];
  /** 社区 — the community it belongs to. */
  community: Community;
  /** 议事会 — the estate's deliberation meetings, newest first; at most 100 a page. */
  deliberationMeetings: DeliberationMeetingConnection;
  /**
   * 矛盾纠纷 — the disputes of the estate, newest first; at most 100 a page. Only for the party
   * organization's administrators, the secretary of the estate's branch and a community worker of
   * its community: refused for every other caller (null on this field alone, with UNAUTHENTICATED
   * or FORBIDDEN; the estate's other fields are kept), and empty for an estate outside the caller's
   * scope. County administrators are refused too: a dispute names residents in a quarrel and holds
   * the mediators' notes (人民调解 is confidential), which a county dashboard does not need; they
   * read the counts (`partyFigures.disputesMediated`, `partyMonthly`) like everyone else.
   */
  disputes?: Maybe<DisputeConnection>;
  /** 回音壁 — the answered problems of the estate (answered or closed), newest report first; at most 100 a page. */
  echoWall: PublicProblemConnection;
  /** 治理模式 — the named governance model, e.g. 五家心事, 五微睦邻, 四自; null when none is named. */
  governanceModel?: Maybe<Scalars['String']['output']>;
  /** 家规家训 — the estate's house rules in every state, newest first; at most 100 a page. */
  houseRules: HouseRuleConnection;
  /** 户数 — number of households. */
  households: Scalars['Int']['output'];
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /** 睦邻客厅 — the estate's living room, or null where there is none yet. */
  livingRoom?: Maybe<LivingRoom>;
  /** Name, e.g. 木兰滨河. */
  name: Scalars['String']['output'];
  /** 组织覆盖 — true when a party branch covers the estate (one of the 两个覆盖). */
  organizationCovered: Scalars['Boolean']['output'];
  /** 小区党支部 — the branch that covers it, or null where none does yet. */
  partyBranch?: Maybe<PartyBranch>;
  /** 党组织 — the party organization's figures of this estate. */
  partyFigures: PartyFigures;
  /**
   * 党员 — the party members who live in the estate, by name; at most 100 a page. For signed-in
   * callers: a resident lists the members of their own estate only; a working role (administrators,
   * secretaries, community workers, property managers, unit liaisons, volunteer leads) every
   * estate's. Refused otherwise (null on this field alone, with UNAUTHENTICATED or FORBIDDEN; the
   * estate's other fields are kept).
   */
  partyMembers?: Maybe<PartyMemberConnection>;
  /** The party organization's figures month by month (`from`/`to` as `YYYY-MM`, at most 36 months). */
  partyMonthly: Array<PartyMonthFigures>;
  /** 新年开门办一件实事 — the estate's practical projects, newest first; at most 100 a page. */
  practicalProjects: PracticalProjectConnection;
  /**
   * 派单规则 — who answers each category of problems in the estate, by category (at most one rule a
   * category). Public, like the living room's notice of who handles what.
   */
  problemRoutingRules: Array<ProblemRoutingRule>;
  /** 问题墙 — the problems its residents raised, newest first, as the public sees them; at most 100 a page. */
  problemWall: PublicProblemConnection;
  /** 安置房 — true for a resettlement estate. */
  resettlement: Scalars['Boolean']['output'];
  /** Classified-governance type. */
  type: EstateType;
  /** 工作覆盖 — true when party work reaches the estate (one of the 两个覆盖). */
  workCovered: Scalars['Boolean']['output'];
  /** 工作覆盖 — since when party work reaches the estate (ISO 8601, YYYY-MM-DD); null while it does not. */
  workCoveredOn?: Maybe<Scalars['String']['output']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateDeliberationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateEchoWallArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateHouseRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstatePartyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstatePartyMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstatePracticalProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateProblemWallArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of estates. */
export type EstateConnection = {
  __typename?: 'EstateConnection';
  /** The estates of this page with their cursors. */
  edges: Array<EstateEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many estates the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One estate in a page, with the cursor that points at it. */
export type EstateEdge = {
  __typename?: 'EstateEdge';
  /** Opaque position of this estate in the list. */
  cursor: Scalars['String']['output'];
  /** The estate. */
  node: Estate;
};

/** 小区分类 — the estate types of classified governance (小区分类治理). */
export type EstateType =
  /** 高层物业住宅 — high-rise estate with a property company. */
  | 'HIGH_RISE_MANAGED'
  /** 商住混合物业 — mixed commercial and residential estate with a property company. */
  | 'MIXED_USE_MANAGED'
  /** 开放式无物业 — open estate without a property company. */
  | 'OPEN_UNMANAGED';

/** 两评两议两公开 — the six kinds of record kept on in-service party members and embedded units. */
export type EvaluationKind =
  /**
   * 议事 — the member or unit took part in deliberating the estate's affairs (one of the two
   * deliberations).
   */
  | 'AFFAIRS_DELIBERATION'
  /**
   * 承诺公开 — the member's or unit's commitment to the estate, made public (one of the two
   * disclosures).
   */
  | 'COMMITMENT_DISCLOSURE'
  /**
   * 组织评议 — the estate's branch evaluates the member's or unit's service in the estate (one of the
   * two evaluations); carries a result.
   */
  | 'ORGANIZATION_EVALUATION'
  /** 成效公开 — what the member or unit did for the estate, made public (one of the two disclosures). */
  | 'PERFORMANCE_DISCLOSURE'
  /**
   * 述职评议 — the member or unit reported on its duties to the branch and residents, who discussed
   * the report (one of the two deliberations).
   */
  | 'REPORT_DELIBERATION'
  /**
   * 群众评议 — the estate's residents evaluate the member or unit (one of the two evaluations);
   * carries a result.
   */
  | 'RESIDENT_EVALUATION';

/**
 * 两评两议两公开 — one evaluation, deliberation or disclosure record of an in-service party member or
 * an embedded unit, made by an estate's branch.
 *
 * Who sees it: a disclosure (承诺公开, 成效公开) is public by nature once verified — shown to every
 * caller who may see its subject. Evaluations and deliberations of a person are not public: on a
 * member they are shown only to the party organization's administrators, county administrators,
 * the secretary of the member's branch and the community workers of the member's community. On a
 * unit (an organization, no personal data) they are shown to those and to the unit's own liaison
 * and every branch secretary. Unverified records are shown only to those entitled readers.
 */
export type EvaluationRecord = {
  __typename?: 'EvaluationRecord';
  /** 小区 — the estate whose branch made the record. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Which of the six kinds. */
  kind: EvaluationKind;
  /** The in-service member it is about; null when it is about a unit. */
  member?: Maybe<PartyMember>;
  /** The period it covers: a year (2024) or a half year (2024-H1, 2024-H2). */
  period: Scalars['String']['output'];
  /** When the record was made (ISO 8601, YYYY-MM-DD). */
  recordedOn: Scalars['String']['output'];
  /** The result of an evaluation; null for deliberations and disclosures. */
  result?: Maybe<EvaluationResult>;
  /** What was evaluated, discussed or disclosed (1–1000 characters). A phone or ID number typed into it is masked (139****1234) for every reader. */
  text: Scalars['String']['output'];
  /** 驻区单位 — the embedded unit it is about (by reference to the units agency); null when it is about a member. */
  unit?: Maybe<Unit>;
  /** 核实 — whether the branch has verified it; only verified records count towards the aspiration index. */
  verified: Scalars['Boolean']['output'];
  /** When it was verified (ISO 8601); null while unverified. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

/** A page of evaluation records. */
export type EvaluationRecordConnection = {
  __typename?: 'EvaluationRecordConnection';
  /** The records of this page with their cursors. */
  edges: Array<EvaluationRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many records the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One evaluation record in a page, with the cursor that points at it. */
export type EvaluationRecordEdge = {
  __typename?: 'EvaluationRecordEdge';
  /** Opaque position of this record in the list. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: EvaluationRecord;
};

/** 评议结果 — the result of an evaluation (组织评议 or 群众评议). */
export type EvaluationResult =
  /** 优秀 — excellent. */
  | 'EXCELLENT'
  /** 不合格 — failed. */
  | 'FAIL'
  /** 良好 — good. */
  | 'GOOD'
  /** 合格 — satisfactory. */
  | 'PASS';

/** A threshold as a fraction, e.g. 2/3. */
export type Fraction = {
  __typename?: 'Fraction';
  /** 分母 — the denominator. */
  denominator: Scalars['Int']['output'];
  /** 分子 — the numerator. */
  numerator: Scalars['Int']['output'];
};

/** A threshold as a fraction: 0 ≤ numerator ≤ denominator, denominator 1 to 100. */
export type FractionInput = {
  /** 分母 — the denominator. */
  denominator: Scalars['Int']['input'];
  /** 分子 — the numerator. */
  numerator: Scalars['Int']['input'];
};

/** 一岗四员 — the four duties every grid leader post carries. */
export type GridDuty =
  /** 文明创建员 — promotes civility. */
  | 'CIVILITY_PROMOTER'
  /** 民情信息员 — gathers residents' concerns. */
  | 'INFORMANT'
  /** 民事调解员 — mediates neighbours' quarrels. */
  | 'MEDIATOR'
  /** 政策宣传员 — explains policy. */
  | 'POLICY_PROMOTER';

/** A party member's grid leader post (党员楼栋长/楼道长/街巷长) for one building, stairwell or lane. */
export type GridLeaderPost = {
  __typename?: 'GridLeaderPost';
  /** The building, stairwell or lane, as the estate names it (e.g. 2 幢, 3 幢 1 单元, 兰溪巷). */
  area: Scalars['String']['output'];
  /** 一岗四员 — its duties: always all four. */
  duties: Array<GridDuty>;
  /** When the member left it (ISO 8601, YYYY-MM-DD); null while they hold it. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** 小区 — the estate of the post. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member who holds (or held) it. */
  member: PartyMember;
  /** Building, stairwell or lane chief. */
  role: GridRole;
  /** Since when the member holds it (ISO 8601, YYYY-MM-DD). */
  since: Scalars['String']['output'];
};

/** 网格长 — the grid leader roles party members take in their estate. */
export type GridRole =
  /** 党员楼栋长 — building chief. */
  | 'BUILDING_CHIEF'
  /** 党员街巷长 — lane chief (in open estates). */
  | 'LANE_CHIEF'
  /** 党员楼道长 — stairwell chief. */
  | 'STAIRWELL_CHIEF';

/**
 * 家规家训 — a rule of an estate, adopted only by a vote of that estate's residents. The vote must
 * meet both recorded thresholds: a quorum (votes cast at least `quorum` of the eligible households)
 * and an approval (votes for at least `approval` of the votes cast).
 */
export type HouseRule = {
  __typename?: 'HouseRule';
  /** 赞成率 — the share of votes cast that must be for it. */
  approval: Fraction;
  /** When the vote closed and the rule was decided (ISO 8601 timestamp, UTC); null before. */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** 户数 — the estate's households when the vote opened; null while PROPOSED. */
  eligibleHouseholds?: Maybe<Scalars['Int']['output']>;
  /** 小区 — the estate whose residents vote on it. */
  estate: Estate;
  /** The statuses it took, oldest first (the proposal included). */
  history: Array<HouseRuleTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 议事会 — the meeting that proposed it, when one did. */
  meeting?: Maybe<DeliberationMeeting>;
  /** 参与率 — the share of eligible households that must vote. */
  quorum: Fraction;
  /** Where it stands. */
  status: HouseRuleStatus;
  /** The rule's text. A phone or ID number typed into it is masked (139****1234) for every reader. */
  text: Scalars['String']['output'];
  /** Short title, e.g. 文明养犬公约. A phone or ID number typed into it is masked (139****1234) for every reader. */
  title: Scalars['String']['output'];
  /** 反对票 — votes against, counted when the vote closed; null before. */
  votesAgainst?: Maybe<Scalars['Int']['output']>;
  /**
   * 投票数 — votes cast: so far while VOTING (the turnout is public, the split is not), as counted when
   * the vote closed once decided; null while PROPOSED.
   */
  votesCast?: Maybe<Scalars['Int']['output']>;
  /** 赞成票 — votes for, counted when the vote closed; null before. */
  votesFor?: Maybe<Scalars['Int']['output']>;
};

/** 选票 — the vote a resident cast, as the resident sees it. */
export type HouseRuleBallot = {
  __typename?: 'HouseRuleBallot';
  /** When it was cast (ISO 8601 timestamp, UTC). */
  castAt: Scalars['String']['output'];
  /** The choice. */
  choice: HouseRuleChoice;
  /** The rule voted on. */
  houseRule: HouseRule;
};

/** A resident's choice on a house rule. */
export type HouseRuleChoice =
  /** 反对 — against. */
  | 'AGAINST'
  /** 赞成 — for. */
  | 'FOR';

/** A page of house rules. */
export type HouseRuleConnection = {
  __typename?: 'HouseRuleConnection';
  /** The rules of this page with their cursors. */
  edges: Array<HouseRuleEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many house rules the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One house rule in a page, with the cursor that points at it. */
export type HouseRuleEdge = {
  __typename?: 'HouseRuleEdge';
  /** Opaque position of this rule in the list. */
  cursor: Scalars['String']['output'];
  /** The rule. */
  node: HouseRule;
};

/** 家规家训的状态 — where a house rule stands; it only moves forward. */
export type HouseRuleStatus =
  /** 通过 — adopted: both thresholds were met. */
  | 'ADOPTED'
  /** 提议 — proposed, not yet put to the vote. */
  | 'PROPOSED'
  /** 未通过 — rejected: a threshold was not met. */
  | 'REJECTED'
  /** 表决中 — the estate's residents are voting. */
  | 'VOTING';

/** One status a house rule took. */
export type HouseRuleTransition = {
  __typename?: 'HouseRuleTransition';
  /** The status it left; null for its proposal. */
  from?: Maybe<HouseRuleStatus>;
  /** When it was recorded (ISO 8601 timestamp, UTC). */
  recordedAt: Scalars['String']['output'];
  /** The status it took. */
  to: HouseRuleStatus;
};

/** Names the house rule a transition acts on. */
export type HouseRuleTransitionInput = {
  /** The rule. */
  ruleId: Scalars['ID']['input'];
};

/** 睦邻客厅 — the neighbourly living room of an estate, run by the estate's party branch. */
export type LivingRoom = {
  __typename?: 'LivingRoom';
  /** 小区党支部 — the branch that runs it (the estate's branch); null while none covers the estate. */
  branch?: Maybe<PartyBranch>;
  /**
   * 议事会 — the deliberation meetings held in this living room (a meeting's `livingRoom`), newest
   * first; at most 100 a page.
   */
  deliberationMeetings: DeliberationMeetingConnection;
  /** 小区 — the estate it serves. */
  estate: Estate;
  /** What it offers. */
  functions: Array<LivingRoomFunction>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 木兰滨河睦邻客厅. */
  name: Scalars['String']['output'];
  /** Opened (ISO 8601, YYYY-MM-DD). */
  openedOn: Scalars['String']['output'];
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};


/** 睦邻客厅 — the neighbourly living room of an estate, run by the estate's party branch. */
export type LivingRoomDeliberationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 睦邻客厅的功能 — what a living room offers. */
export type LivingRoomFunction =
  /** 议事坊 — deliberation among residents and every side of the estate. */
  | 'DELIBERATION'
  /** 睦邻调解 — dispute mediation. */
  | 'DISPUTE_MEDIATION'
  /** 回音壁 — the echo wall where the answers are given. */
  | 'ECHO_WALL'
  /** 党员活动 — the branch's party activities. */
  | 'PARTY_ACTIVITIES'
  /** 问题墙 — the problem wall where residents raise problems. */
  | 'PROBLEM_WALL'
  /** 红色代办 — the red proxy desk. */
  | 'RED_PROXY_DESK';

/** 重复 — a problem that repeats an earlier one. */
export type MarkProblemDuplicateInput = {
  /** The earlier problem of the same estate it repeats. */
  duplicateOfId: Scalars['ID']['input'];
  /** The problem. */
  problemId: Scalars['ID']['input'];
};

/** 调解会 — one mediation session. */
export type MediationSession = {
  __typename?: 'MediationSession';
  /** The day it was held (ISO 8601, YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What happened. */
  notes: Scalars['String']['output'];
};

/** A page of mediation sessions. */
export type MediationSessionConnection = {
  __typename?: 'MediationSessionConnection';
  /** The sessions of this page with their cursors. */
  edges: Array<MediationSessionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many sessions the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One mediation session in a page. */
export type MediationSessionEdge = {
  __typename?: 'MediationSessionEdge';
  /** Opaque position of this session. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: MediationSession;
};

/** 调解组织 — a mediation team or a members' judgment panel. */
export type Mediator = {
  __typename?: 'Mediator';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Mediation team or judgment panel. */
  kind: MediatorKind;
  /** Name, e.g. 万和调解队. */
  name: Scalars['String']['output'];
};

/** 调解组织类型 — who mediates. */
export type MediatorKind =
  /** 评理团队 — a judgment panel of party members and residents. */
  | 'JUDGMENT_PANEL'
  /** 调解队 — a mediation team (e.g. 万和调解队) extended into the living room. */
  | 'MEDIATION_TEAM';

/** 党员类别 — how a party member is attached to the community where they live. */
export type MemberKind =
  /** 在职 — works in a unit and reports to the community where they live (亮身份). */
  | 'IN_SERVICE'
  /** 在册 — registered on the community's roll. */
  | 'REGISTERED';

/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 受理 — the handler accepts a reported problem (REPORTED → ACCEPTED). Allowed to the secretary of
   * the estate's branch and the party organization's administrators. Any other move is refused with
   * INVALID_TRANSITION and nothing changes.
   */
  acceptProblem?: Maybe<Problem>;
  /**
   * 建制化 — moves a branch one stage forward (NEW → COVERED → MATURE → ESTABLISHED) on the day it
   * reached that stage. Allowed to the party organization's administrators. A stage that is not the
   * next one is refused with INVALID_TRANSITION and nothing changes; a date before the previous
   * stage's or in the future is refused with BAD_USER_INPUT. Each move is appended to the branch's
   * stage history and recorded in the audit log.
   */
  advanceBranchStage?: Maybe<PartyBranch>;
  /**
   * 答题 — the public answer goes up on the echo wall (RESOLVED → ANSWERED), under the responsible
   * body's name. Allowed to the handler and to the responsible party it is assigned to. Phone and
   * ID numbers typed into it are masked on the wall.
   */
  answerProblem?: Maybe<Problem>;
  /**
   * Assigns a party member a grid leader post (党员楼栋长/楼道长/街巷长) for one building, stairwell or
   * lane of an estate, with the four duties (一岗四员). The member must live in the estate or belong
   * to the branch covering it. An area already held by an open post of the same role answers
   * CONFLICT (end that post first). Allowed to the party organization's administrators and to the
   * secretary of the branch covering the estate; audited.
   */
  assignGridPost?: Maybe<GridLeaderPost>;
  /**
   * 派单 — the handler assigns an accepted or reopened problem (ACCEPTED or REOPENED → ASSIGNED) to
   * the party its routing named, or to the one given. Allowed to the secretary of the estate's branch
   * and the party organization's administrators.
   */
  assignProblem?: Maybe<Problem>;
  /**
   * Awards a member the 党员之星 for a year when the published rule holds (`partyMemberStarRule`),
   * computed from verified records at the moment of the award. A member who does not qualify is
   * refused with NOT_QUALIFIED (saying why); a second star for the same year is CONFLICT. Allowed to
   * the party organization's administrators and to the secretary of the member's branch; audited.
   */
  awardPartyMemberStar?: Maybe<PartyMemberStar>;
  /**
   * 投票 — a resident of the rule's estate casts one vote, for or against, while it is VOTING. A
   * resident of another estate is refused with FORBIDDEN, a second vote with CONFLICT, a rule not
   * VOTING with INVALID_TRANSITION; a vote once cast is never changed.
   */
  castHouseRuleVote?: Maybe<HouseRuleBallot>;
  /**
   * 计票 — closes a VOTING rule: the votes are counted in the database, and the rule is ADOPTED when
   * both thresholds are met, REJECTED otherwise. Any other state is refused with INVALID_TRANSITION
   * and nothing changes. Same callers as recordDeliberationMeeting.
   */
  closeHouseRuleVote?: Maybe<HouseRule>;
  /**
   * 办结 — completes a project IN_PROGRESS: DONE at 100 % on the day it was finished. A PLANNED or DONE
   * project is refused with INVALID_TRANSITION and nothing changes. Same callers as createPracticalProject.
   */
  completePracticalProject?: Maybe<PracticalProject>;
  /**
   * 结案 — concludes a dispute: SETTLED or UNSETTLED after mediation (IN_MEDIATION only), or WITHDRAWN
   * (REGISTERED or IN_MEDIATION). Allowed as registerDispute; any other move is refused with
   * INVALID_TRANSITION and nothing changes.
   */
  concludeDispute?: Maybe<Dispute>;
  /**
   * 睦邻客厅 — opens an estate's living room (at most one an estate: a second is refused with
   * CONFLICT). Allowed to the secretary of the branch covering the estate and to the party
   * organization's administrators; audited.
   */
  createLivingRoom?: Maybe<LivingRoom>;
  /**
   * 新年开门办一件实事 — registers a PLANNED practical project for an estate. Allowed to the secretary of
   * the branch covering the estate and to the party organization's administrators; recorded in the
   * project's status history and the audit log.
   */
  createPracticalProject?: Maybe<PracticalProject>;
  /**
   * Ends a grid leader post on a day (not before it began, not in the future); the area is then free
   * for a new chief. A post already ended answers INVALID_TRANSITION. Allowed to the party
   * organization's administrators and to the secretary of the branch covering the post's estate;
   * audited.
   */
  endGridPost?: Maybe<GridLeaderPost>;
  /**
   * 重复 — the handler marks a reported problem as a duplicate of an earlier one of the same estate
   * (REPORTED → DUPLICATE). Allowed to the secretary of the estate's branch and the party
   * organization's administrators.
   */
  markProblemDuplicate?: Maybe<Problem>;
  /**
   * 表决 — puts a PROPOSED rule to its estate's residents (VOTING) and fixes the eligible households
   * at the estate's registered households. Any other state is refused with INVALID_TRANSITION and
   * nothing changes. Same callers as recordDeliberationMeeting.
   */
  openHouseRuleVote?: Maybe<HouseRule>;
  /**
   * 家规家训 — proposes a house rule for an estate (PROPOSED), with the thresholds its residents' vote
   * must meet. Same callers as recordDeliberationMeeting; recorded in the rule's history.
   */
  proposeHouseRule?: Maybe<HouseRule>;
  /**
   * 评价 — the resident who raised the problem rates its answer from 1 to 5: 3 or more closes it
   * (ANSWERED → CLOSED); 1 or 2 reopens it (ANSWERED → REOPENED), due again within its category's
   * response target. Allowed to that resident alone (the token's subject).
   */
  rateProblemAnswer?: Maybe<Problem>;
  /**
   * 议事会 — records a deliberation meeting of an estate with its participants from every side, its
   * minutes and its decisions. Allowed to the secretary of the branch covering the estate, the
   * community workers of its community and the party organization's administrators; audited.
   */
  recordDeliberationMeeting?: Maybe<DeliberationMeeting>;
  /**
   * Records one 两评两议两公开 record of an in-service party member (who lives in the estate) or of an
   * embedded unit, made by the estate's branch. Allowed to the party organization's administrators
   * and to the secretary (书记) of the branch covering the estate; audited. A record starts
   * unverified and counts towards the aspiration index only once verified.
   */
  recordEvaluation?: Maybe<EvaluationRecord>;
  /**
   * 调解 — records a mediation session; the first moves the dispute REGISTERED → IN_MEDIATION. Allowed
   * as registerDispute; a concluded dispute is refused with INVALID_TRANSITION and nothing changes.
   */
  recordMediationSession?: Maybe<Dispute>;
  /**
   * 登记矛盾纠纷 — registers a dispute in an estate with its parties and its mediator. Allowed to the
   * party organization's administrators, the secretary of the estate's branch and a community worker
   * of its community. Invalid input is refused with BAD_USER_INPUT naming the field. Recorded in the
   * dispute's history and the audit log.
   */
  registerDispute?: Maybe<Dispute>;
  /**
   * 不予受理 — the handler rejects a reported problem with a reason (REPORTED → REJECTED). Allowed to
   * the secretary of the estate's branch and the party organization's administrators.
   */
  rejectProblem?: Maybe<Problem>;
  /**
   * 点题 — a resident raises a problem on the problem wall of their estate. Allowed to a resident of
   * that estate; the estate's branch secretary and the party organization's administrators may record
   * one on a resident's behalf (`onBehalfOf`). It is routed at once to a responsible party by the
   * estate's routing rules (the estate's branch when no rule names another), and is due within its
   * category's response target. Invalid input is refused with BAD_USER_INPUT naming the field.
   * Recorded in the problem's history and the audit log.
   */
  reportProblem?: Maybe<Problem>;
  /**
   * 解决 — a problem in progress is solved (IN_PROGRESS → RESOLVED), with a note of what was done.
   * Allowed to the handler and to the responsible party it is assigned to.
   */
  resolveProblem?: Maybe<Problem>;
  /**
   * 书记 — names a branch's secretary, who must be a member of that branch, and their background.
   * Allowed to the party organization's administrators; a member of another branch is refused with
   * BAD_USER_INPUT, a stale `expectedVersion` with CONFLICT, and nothing changes. Raises the branch's
   * `version`. Recorded in the audit log.
   */
  setBranchSecretary?: Maybe<PartyBranch>;
  /**
   * 派单规则 — names who answers one category of problems in an estate, replacing the rule it had
   * (without a rule, the estate's branch answers). Allowed to the secretary of the branch covering the
   * estate and to the party organization's administrators; audited. A stale `expectedVersion` is
   * refused with CONFLICT and nothing changes. Problems already reported keep their assignment.
   */
  setProblemRoutingRule?: Maybe<ProblemRoutingRule>;
  /**
   * 解题 — work on an assigned problem starts (ASSIGNED → IN_PROGRESS). Allowed to the handler and to
   * the responsible party it is assigned to (that company's property manager, that unit's liaison,
   * that team's volunteer lead, that branch's secretary).
   */
  startProblem?: Maybe<Problem>;
  /** 睦邻客厅 — renames a living room or changes its functions. Same callers as createLivingRoom. */
  updateLivingRoom?: Maybe<LivingRoom>;
  /**
   * Changes a party member's phone and/or address (联系方式). Allowed to the party organization's
   * administrators and to the secretary (书记) of the member's branch; recorded in the audit log.
   */
  updatePartyMemberContact?: Maybe<PartyMember>;
  /**
   * 进度 — reports a project's progress. The first report moves a PLANNED project IN_PROGRESS (recorded
   * in its history); later ones only raise the percentage, which never falls. A DONE project is refused
   * with INVALID_TRANSITION and nothing changes. Same callers as createPracticalProject.
   */
  updatePracticalProjectProgress?: Maybe<PracticalProject>;
  /**
   * Verifies a record (核实): from then on it counts towards the aspiration index and, for a
   * disclosure, it is shown to everyone. Allowed to the party organization's administrators and to
   * the secretary of the branch covering the record's estate; audited. A record already verified
   * answers INVALID_TRANSITION.
   */
  verifyEvaluation?: Maybe<EvaluationRecord>;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAcceptProblemArgs = {
  input: ProblemTransitionInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAdvanceBranchStageArgs = {
  input: AdvanceBranchStageInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAnswerProblemArgs = {
  input: AnswerProblemInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAssignGridPostArgs = {
  input: AssignGridPostInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAssignProblemArgs = {
  input: AssignProblemInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAwardPartyMemberStarArgs = {
  input: AwardPartyMemberStarInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCastHouseRuleVoteArgs = {
  input: CastHouseRuleVoteInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCloseHouseRuleVoteArgs = {
  input: HouseRuleTransitionInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCompletePracticalProjectArgs = {
  input: CompletePracticalProjectInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationConcludeDisputeArgs = {
  input: ConcludeDisputeInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateLivingRoomArgs = {
  input: CreateLivingRoomInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreatePracticalProjectArgs = {
  input: CreatePracticalProjectInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationEndGridPostArgs = {
  input: EndGridPostInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationMarkProblemDuplicateArgs = {
  input: MarkProblemDuplicateInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationOpenHouseRuleVoteArgs = {
  input: HouseRuleTransitionInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationProposeHouseRuleArgs = {
  input: ProposeHouseRuleInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRateProblemAnswerArgs = {
  input: RateProblemAnswerInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRecordDeliberationMeetingArgs = {
  input: RecordDeliberationMeetingInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRecordMediationSessionArgs = {
  input: RecordMediationSessionInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRegisterDisputeArgs = {
  input: RegisterDisputeInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRejectProblemArgs = {
  input: RejectProblemInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationReportProblemArgs = {
  input: ReportProblemInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationResolveProblemArgs = {
  input: ResolveProblemInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationSetBranchSecretaryArgs = {
  input: SetBranchSecretaryInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationSetProblemRoutingRuleArgs = {
  input: SetProblemRoutingRuleInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationStartProblemArgs = {
  input: ProblemTransitionInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdateLivingRoomArgs = {
  input: UpdateLivingRoomInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdatePartyMemberContactArgs = {
  input: UpdatePartyMemberContactInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdatePracticalProjectProgressArgs = {
  input: UpdatePracticalProjectProgressInput;
};


/**
 * Changes to the party organization's records. Every mutation names the rule that says who may run
 * it, runs in one transaction and is written to the audit log.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationVerifyEvaluationArgs = {
  input: VerifyEvaluationInput;
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage?: Maybe<Scalars['Boolean']['output']>;
};

/** 小区党支部 — an estate party branch. A joint or combined branch covers several estates. */
export type PartyBranch = {
  __typename?: 'PartyBranch';
  /**
   * 解题 — the problems assigned to this branch, oldest report first; at most 100 a page. Allowed to
   * its secretary, the party organization's administrators and county administrators.
   */
  assignedProblems?: Maybe<ProblemConnection>;
  /** 覆盖 — the day it reached COVERED (ISO 8601, YYYY-MM-DD); null before. */
  coveredOn?: Maybe<Scalars['String']['output']>;
  /** 建成 — the day it reached ESTABLISHED; null before. */
  establishedOn?: Maybe<Scalars['String']['output']>;
  /** 小区 — the estates it covers, by name. */
  estates: Array<Estate>;
  /** How it was formed. */
  formation: BranchFormation;
  /** 成立日期 — founding date (ISO 8601, YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 成熟 — the day it reached MATURE; null before. */
  maturedOn?: Maybe<Scalars['String']['output']>;
  /** Name, e.g. 木兰滨河小区党支部. */
  name: Scalars['String']['output'];
  /**
   * 书记 — the branch secretary, a member of the branch; null while none is named. Signed-in callers
   * only, like every party member.
   */
  secretary?: Maybe<PartyMember>;
  /**
   * 书记背景 — the secretary's background; null while no secretary is named. Public, like the
   * report's count of secretaries by background.
   */
  secretaryBackground?: Maybe<SecretaryBackground>;
  /**
   * The secretary's party-member key, for another agency's computation only: property answers 一肩挑
   * (`Estate.branchSecretaryChairsOwnersCommittee`) by comparing it with its committee chair's member
   * key, for every caller alike, without anyone reading the secretary. Not in the API
   * (`@inaccessible`): a client cannot select it; only a query plan's `@requires` fetch does. A key,
   * not the person: no name, phone or other field of the member comes with it. Null while no
   * secretary is named.
   */
  secretaryMemberId?: Maybe<Scalars['ID']['output']>;
  /** Where it stands on the way to fully established. */
  stage: BranchStage;
  /** 建制化 — the stages it moved forward through advanceBranchStage, oldest first. */
  stageHistory: Array<BranchStageTransition>;
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};


/** 小区党支部 — an estate party branch. A joint or combined branch covers several estates. */
export type PartyBranchAssignedProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * 党组织数据 — the party organization's part of a place's dashboard: counts per place kept in the
 * transaction of each write that changes one, so reading them costs the same for an estate and a
 * county. Counts of disputes only: the disputes themselves are never public.
 */
export type PartyFigures = {
  __typename?: 'PartyFigures';
  /** 化解矛盾纠纷 — disputes mediated to a settlement. */
  disputesMediated: Scalars['Int']['output'];
  /** 小区党支部 — estate party branches covering an estate of the place. */
  estatePartyBranches: Scalars['Int']['output'];
  /** 小区 — estates in the place. */
  estates: Scalars['Int']['output'];
  /** 两个覆盖 — estates with both organization and work coverage. */
  estatesWithBothCoverages: Scalars['Int']['output'];
  /** 组织覆盖 — estates a branch covers. */
  estatesWithOrganizationCoverage: Scalars['Int']['output'];
  /** 工作覆盖 — estates party work reaches. */
  estatesWithWorkCoverage: Scalars['Int']['output'];
  /**
   * 党员楼栋长、楼道长、街巷长 — grid leader posts held by party members now: open posts only (an
   * ended post no longer counts).
   */
  gridLeaders: Scalars['Int']['output'];
  /** 睦邻客厅 — neighbourly living rooms. */
  livingRooms: Scalars['Int']['output'];
  /** 新年开门办一件实事 — practical projects done. */
  practicalProjectsDone: Scalars['Int']['output'];
  /** Problems by category and state, for charts (only pairs that occur). */
  problemsByCategoryAndStatus: Array<ProblemCount>;
  /** Problems still waiting for their public answer (a resolved problem counts until it is answered). */
  problemsOpen: Scalars['Int']['output'];
  /** 超时 — open problems past their response target. */
  problemsOverdue: Scalars['Int']['output'];
  /** 点题 — problems residents raised. */
  problemsRaised: Scalars['Int']['output'];
  /** 解题 — problems solved: resolved, answered or closed. */
  problemsSolved: Scalars['Int']['output'];
  /** 书记 — the secretaries of the place's branches by background (every background, zeros included). */
  secretariesByBackground: Array<SecretaryBackgroundCount>;
  /** 参与的镇街 — towns and subdistricts of the place with at least one estate party branch. */
  subdistrictsTakingPart: Scalars['Int']['output'];
};

/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMember = {
  __typename?: 'PartyMember';
  /**
   * 住址 — home address. Masked to the part before its first digit (the road or area, e.g.
   * 仙游县鲤城街道木兰滨河路****) unless an entitled caller states a purpose; null when none is
   * recorded.
   */
  address?: Maybe<Scalars['String']['output']>;
  /**
   * 初心指数 — the member's aspiration index for a year (default: the current year), computed from
   * verified records. Its parts tell of the member's evaluations, so it is shown to the same readers
   * as their evaluations (see `EvaluationRecord`); any other caller gets null with FORBIDDEN on this
   * field. The public recognition is `partyMemberStars`.
   */
  aspirationIndex?: Maybe<AspirationIndex>;
  /** 小区党支部 — the branch the member belongs to; null for an in-service member organised elsewhere. */
  branch?: Maybe<PartyBranch>;
  /** 小区 — the estate where the member lives. */
  estate: Estate;
  /**
   * 两评两议两公开 — the member's records, oldest first; at most 100 a page. Evaluations, deliberations
   * and unverified records only for entitled readers (see `EvaluationRecord`); everyone else who may
   * see the member sees the verified disclosures.
   */
  evaluations: EvaluationRecordConnection;
  /**
   * 党员楼栋长/楼道长/街巷长 — the grid leader posts the member holds now, by role and area; with
   * `includeEnded: true` also the posts they held before (an ended post has its `endedOn`).
   */
  gridPosts: Array<GridLeaderPost>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 身份证号 — resident ID number, masked to the region code and the last four (350322********1234)
   * unless an entitled caller states a purpose; null when none is recorded.
   */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 在册 or 在职. */
  kind: MemberKind;
  /** 姓名 — full name. */
  name: Scalars['String']['output'];
  /**
   * 党员之星 — the party member stars the member was awarded, newest year first (the volunteer
   * agency's 志愿之星 are its `stars`).
   */
  partyMemberStars: Array<PartyMemberStar>;
  /**
   * 手机号 — mobile phone, masked as 138****1234 unless an entitled caller states a purpose; null
   * when none is recorded.
   */
  phone?: Maybe<Scalars['String']['output']>;
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
  /**
   * 工作单位 — an in-service member's employer, an embedded unit of the units agency (by reference);
   * null for a registered member or an employer that is not a unit.
   */
  workUnit?: Maybe<Unit>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberAddressArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberAspirationIndexArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberGridPostsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberIdNumberArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党员 — a party member living in an estate. Visible to signed-in callers only.
 *
 * Phone, ID number and address are personal data. They are masked unless the caller both holds a
 * role that needs them for this member — the party organization's administrator (agency_admin
 * party), the secretary of the member's branch, a community worker of the member's estate's
 * community, or a county administrator granted personal data — and states a `purpose`. Every
 * unmasked read is written to the personal-data access log with that purpose. Asking with a
 * purpose but without such a role is refused with FORBIDDEN on that field alone. A reference from
 * another agency (`_entities`) is refused to the anonymous public like the root field, so every
 * field pointing at a member is nullable.
 */
export type PartyMemberPhoneArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** A page of party members. */
export type PartyMemberConnection = {
  __typename?: 'PartyMemberConnection';
  /** The members of this page with their cursors. */
  edges: Array<PartyMemberEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many members the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One party member in a page, with the cursor that points at it. */
export type PartyMemberEdge = {
  __typename?: 'PartyMemberEdge';
  /** Opaque position of this member in the list. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: PartyMember;
};

/** 党员之星 — a star awarded to a party member for a year. */
export type PartyMemberStar = {
  __typename?: 'PartyMemberStar';
  /** When it was awarded (ISO 8601, YYYY-MM-DD). */
  awardedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member. */
  member: PartyMember;
  /** The aspiration index when it was awarded. */
  score: Scalars['Int']['output'];
  /** The year it is for. */
  year: Scalars['Int']['output'];
};

/** 党员之星评定标准 — the published rule for a party member star. */
export type PartyMemberStarRule = {
  __typename?: 'PartyMemberStarRule';
  /** The rule in words (Chinese). */
  description: Scalars['String']['output'];
  /** The aspiration index (初心指数) a member needs in the year. */
  minScore: Scalars['Int']['output'];
  /** Whether a failed (不合格) verified evaluation of the year rules the member out: always true. */
  noFailingEvaluation: Scalars['Boolean']['output'];
};

/** One month of the party organization's figures, in China time. */
export type PartyMonthFigures = {
  __typename?: 'PartyMonthFigures';
  /** Disputes settled in the month. */
  disputesMediated: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Problems raised in the month. */
  problemsRaised: Scalars['Int']['output'];
  /** Problems first resolved in the month. */
  problemsSolved: Scalars['Int']['output'];
};

/** 新年开门办一件实事 — one practical thing an estate promised its residents for the year. */
export type PracticalProject = {
  __typename?: 'PracticalProject';
  /** 办结日期 — the day it was finished (ISO 8601, YYYY-MM-DD); null until DONE. */
  completedOn?: Maybe<Scalars['String']['output']>;
  /** What will be done. A phone or ID number typed into it is masked (139****1234) for every reader. */
  description: Scalars['String']['output'];
  /** 小区 — the estate it is done for. */
  estate: Estate;
  /** The statuses it took, oldest first (registration included; at most three). */
  history: Array<PracticalProjectTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 进度 — percent done, 0 to 100 (100 once DONE). */
  progress: Scalars['Int']['output'];
  /** Where it stands. */
  status: PracticalProjectStatus;
  /** Short title, e.g. 加装电动车充电桩. A phone or ID number typed into it is masked (139****1234) for every reader. */
  title: Scalars['String']['output'];
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
  /** 年度 — the year it was promised for. */
  year: Scalars['Int']['output'];
};

/** A page of practical projects. */
export type PracticalProjectConnection = {
  __typename?: 'PracticalProjectConnection';
  /** The projects of this page with their cursors. */
  edges: Array<PracticalProjectEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many projects the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One practical project in a page, with the cursor that points at it. */
export type PracticalProjectEdge = {
  __typename?: 'PracticalProjectEdge';
  /** Opaque position of this project in the list. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: PracticalProject;
};

/** 实事的状态 — where a practical project stands; it only moves forward. */
export type PracticalProjectStatus =
  /** 已办结 — done. */
  | 'DONE'
  /** 推进中 — under way. */
  | 'IN_PROGRESS'
  /** 计划 — planned, not started. */
  | 'PLANNED';

/** One status a practical project took. */
export type PracticalProjectTransition = {
  __typename?: 'PracticalProjectTransition';
  /** The status it left; null for its registration. */
  from?: Maybe<PracticalProjectStatus>;
  /** Its progress at that moment, in percent. */
  progress: Scalars['Int']['output'];
  /** When it was recorded (ISO 8601 timestamp, UTC). */
  recordedAt: Scalars['String']['output'];
  /** The status it took. */
  to: PracticalProjectStatus;
};

/** 问题 — a problem a resident raised (点题), as the people who follow it see it. */
export type Problem = {
  __typename?: 'Problem';
  /** 匿名 — true when the resident asked that their name be hidden. */
  anonymous: Scalars['Boolean']['output'];
  /** 答题 — the public answer; null until answered. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it was answered (ISO 8601 timestamp, UTC); null until then. */
  answeredAt?: Maybe<Scalars['String']['output']>;
  /** What it is about. */
  category: ProblemCategory;
  /** 办结时限 — when the answer is due by its category's response target (ISO 8601 timestamp, UTC). */
  dueAt: Scalars['String']['output'];
  /** 重复 — the earlier problem it repeats; null otherwise (or when the caller may not see that one). */
  duplicateOf?: Maybe<Problem>;
  /** 小区 — the estate it is about. */
  estate: Estate;
  /** Every state it moved into, oldest first; at most 100 a page. */
  history: ProblemTransitionConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 超时 — true when it is still unanswered after `dueAt`. */
  overdue: Scalars['Boolean']['output'];
  /** True when the caller raised it (and so may rate its answer). */
  raisedByMe: Scalars['Boolean']['output'];
  /** 评价 — the resident's latest rating of the answer, 1 to 5; null until rated. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** The resident's comment with the rating; null when none. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** 不予受理 — why it was rejected; null otherwise. */
  rejectReason?: Maybe<Scalars['String']['output']>;
  /** 点题时间 — reported (ISO 8601 timestamp, UTC). */
  reportedAt: Scalars['String']['output'];
  /**
   * The resident who raised it. Of an anonymous report, shown only to the handler (the secretary of
   * the estate's branch, the party organization's administrators) and to the resident themselves;
   * null for everyone else.
   */
  reporterName?: Maybe<Scalars['String']['output']>;
  /** What was done to solve it; null until resolved. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  /** 责任方 — who answers it: routed on report, confirmed on assignment; null when nobody is named. */
  responsible?: Maybe<ResponsibleParty>;
  /** Where it stands. */
  status: ProblemStatus;
  /** 问题内容 — the resident's words. */
  text: Scalars['String']['output'];
};


/** 问题 — a problem a resident raised (点题), as the people who follow it see it. */
export type ProblemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 问题类别 — what a problem is about. */
export type ProblemCategory =
  /** 电动车集中充电 — e-bike charging (集中充电 points, charging in corridors). */
  | 'EBIKE_CHARGING'
  /** 公共设施损毁 — damaged public facilities. */
  | 'FACILITY_DAMAGE'
  /** 违章搭建 — illegal construction. */
  | 'ILLEGAL_CONSTRUCTION'
  /** 其他 — anything else. */
  | 'OTHER'
  /** 车辆乱停放 — illegal parking. */
  | 'PARKING';

/** A page of problems. */
export type ProblemConnection = {
  __typename?: 'ProblemConnection';
  /** The problems of this page with their cursors. */
  edges: Array<ProblemEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many problems the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** How many problems have one category and one state. */
export type ProblemCount = {
  __typename?: 'ProblemCount';
  /** The category. */
  category: ProblemCategory;
  /** Problems with both. */
  problems: Scalars['Int']['output'];
  /** The state. */
  status: ProblemStatus;
};

/** One problem in a page, with the cursor that points at it. */
export type ProblemEdge = {
  __typename?: 'ProblemEdge';
  /** Opaque position of this problem in the list. */
  cursor: Scalars['String']['output'];
  /** The problem. */
  node: Problem;
};

/** Which problems `Query.problems` lists; every condition given must hold. */
export type ProblemFilter = {
  /** Only problems of one of these categories. */
  categories?: InputMaybe<Array<ProblemCategory>>;
  /** Reported on or after this day (`YYYY-MM-DD`, China time). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only problems assigned to this body (a branch, company, unit or team id). */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only problems assigned to this kind of body. */
  handlerKind?: InputMaybe<ResponsibleKind>;
  /** 超时 — true: only overdue problems; false: only those not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The place key (`County:<id>`, `Subdistrict:<id>`, `Community:<id>`, `Estate:<id>`): problems of its estates. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Only problems in one of these states. */
  statuses?: InputMaybe<Array<ProblemStatus>>;
  /** Reported on or before this day (`YYYY-MM-DD`, China time). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** 派单规则 — who answers one category of an estate's problems. */
export type ProblemRoutingRule = {
  __typename?: 'ProblemRoutingRule';
  /** The category of problems. */
  category: ProblemCategory;
  /** 小区 — the estate. */
  estate: Estate;
  /** 责任方 — who answers them. */
  responsible: ResponsibleParty;
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};

/**
 * 问题状态 — where a problem stands: REPORTED → ACCEPTED → ASSIGNED → IN_PROGRESS → RESOLVED →
 * ANSWERED → CLOSED; REPORTED → REJECTED or DUPLICATE; ANSWERED → REOPENED (a low rating) →
 * ASSIGNED again.
 */
export type ProblemStatus =
  /** 已受理 — accepted by the handler. */
  | 'ACCEPTED'
  /** 已答题 — answered on the echo wall, awaiting the resident's rating. */
  | 'ANSWERED'
  /** 已派单 — assigned to a responsible party. */
  | 'ASSIGNED'
  /** 已办结 — closed after a satisfied rating. */
  | 'CLOSED'
  /** 重复 — a duplicate of an earlier problem. */
  | 'DUPLICATE'
  /** 解题中 — being solved. */
  | 'IN_PROGRESS'
  /** 不予受理 — rejected. */
  | 'REJECTED'
  /** 重新办理 — reopened after a low rating. */
  | 'REOPENED'
  /** 已点题 — raised by a resident. */
  | 'REPORTED'
  /** 已解决 — solved, the public answer not yet given. */
  | 'RESOLVED';

/** One move of a problem's state, as the history keeps it (append-only). */
export type ProblemTransition = {
  __typename?: 'ProblemTransition';
  /** The state it left; null for the report itself. */
  from?: Maybe<ProblemStatus>;
  /** The note given with it, if any (a reason, a resolution, a rating comment). */
  note?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601 timestamp, UTC). */
  occurredAt: Scalars['String']['output'];
  /** The state it entered. */
  to: ProblemStatus;
};

/** A page of a problem's history. */
export type ProblemTransitionConnection = {
  __typename?: 'ProblemTransitionConnection';
  /** The moves of this page with their cursors. */
  edges: Array<ProblemTransitionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many moves the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One move in a page, with the cursor that points at it. */
export type ProblemTransitionEdge = {
  __typename?: 'ProblemTransitionEdge';
  /** Opaque position of this move in the history. */
  cursor: Scalars['String']['output'];
  /** The move. */
  node: ProblemTransition;
};

/** Which problem to move. */
export type ProblemTransitionInput = {
  /** The problem. */
  problemId: Scalars['ID']['input'];
};

/**
 * 物业服务企业 — a property company of the property agency; the party organization adds the
 * problems assigned to it.
 */
export type PropertyCompany = {
  __typename?: 'PropertyCompany';
  /**
   * 解题 — the problems assigned to this company, oldest report first; at most 100 a page. Allowed
   * to its property manager, the party organization's administrators and county administrators.
   * Null, with an error, only while the party service cannot be reached.
   */
  assignedProblems?: Maybe<ProblemConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 物业服务企业 — a property company of the property agency; the party organization adds the
 * problems assigned to it.
 */
export type PropertyCompanyAssignedProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 家规家训 — a house rule to propose. */
export type ProposeHouseRuleInput = {
  /** 赞成率 — the share of votes cast that must be for it, more than 0, e.g. 1/2. */
  approval: FractionInput;
  /** The estate whose residents will vote on it. */
  estateId: Scalars['ID']['input'];
  /**
   * An id the client chooses (a UUID); an id already taken is refused with CONFLICT. Omit it for a
   * fresh id.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The estate's meeting that proposed it, if one did. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** 参与率 — the share of eligible households that must vote, e.g. 2/3. */
  quorum: FractionInput;
  /** The rule's text, 1 to 5000 characters. */
  text: Scalars['String']['input'];
  /** Short title, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/**
 * 问题墙/回音壁 — a problem as the public sees it on the walls of the living room: no reporter, no
 * officer, phone and ID numbers masked; the answer is given under the responsible body's name.
 */
export type PublicProblem = {
  __typename?: 'PublicProblem';
  /** 回音 — the public answer, with any phone or ID number masked; null until answered. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it was answered (ISO 8601 timestamp, UTC); null until then. */
  answeredAt?: Maybe<Scalars['String']['output']>;
  /** 答题 — who answers it: the body, never a person; null when nobody is named yet. */
  answeredBy?: Maybe<ResponsibleParty>;
  /** What it is about. */
  category: ProblemCategory;
  /** 小区 — the estate it is about. */
  estate: Estate;
  /** The problem's id. */
  id: Scalars['ID']['output'];
  /** 超时 — true when it is still unanswered after its category's response target. */
  overdue: Scalars['Boolean']['output'];
  /** 问题内容 — the resident's words, with any phone or ID number masked. */
  question: Scalars['String']['output'];
  /** 点题时间 — reported (ISO 8601 timestamp, UTC). */
  reportedAt: Scalars['String']['output'];
  /** Where it stands. */
  status: ProblemStatus;
};

/** A page of the problem wall or the echo wall. */
export type PublicProblemConnection = {
  __typename?: 'PublicProblemConnection';
  /** The problems of this page with their cursors. */
  edges: Array<PublicProblemEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many problems the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One problem on a wall, with the cursor that points at it. */
export type PublicProblemEdge = {
  __typename?: 'PublicProblemEdge';
  /** Opaque position of this problem on the wall. */
  cursor: Scalars['String']['output'];
  /** The problem. */
  node: PublicProblem;
};

/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * 答题时长 — how long the answered problems of a place (reported from `from` to `to`, at most 366
   * days, now answered or closed) waited for their answer, from report to answer, grouped `by`
   * handler kind, handler or estate: average, median and 90th percentile in hours
   * (`percentile_cont`). Public: handlers are bodies, never persons. `handlerKind` keeps one kind of
   * handler only. Place and range are checked as in `problemCounts`.
   */
  answerTimes: Array<AnswerTime>;
  /** 社区 — one community by id, or null when there is none. */
  community?: Maybe<Community>;
  /** 县 — the counties in the registry (one in the demo data, Xianyou). */
  counties: Array<County>;
  /**
   * 议事会 — one deliberation meeting by id, or null when there is none. Public, like the minutes
   * posted in the living room.
   */
  deliberationMeeting?: Maybe<DeliberationMeeting>;
  /**
   * 矛盾纠纷 — one dispute by id. Never public: only the party organization's administrators, the
   * secretary of the estate's branch and a community worker of its community may read it. Null for
   * everyone else, as for an id with no dispute.
   */
  dispute?: Maybe<Dispute>;
  /**
   * 回音壁 — the public answers to residents' problems, newest report first, optionally of one
   * estate; at most 100 a page. Public: shown under the responsible body's name, never a person's.
   */
  echoWall: PublicProblemConnection;
  /** 小区 — one residential estate by id, or null when there is none. */
  estate?: Maybe<Estate>;
  /** 小区 — residential estates ordered by name, optionally within one community; at most 100 a page. */
  estates: EstateConnection;
  /** 家规家训 — one house rule by id, or null when there is none. Public. */
  houseRule?: Maybe<HouseRule>;
  /** 睦邻客厅 — one living room by id, or null when there is none. Public. */
  livingRoom?: Maybe<LivingRoom>;
  /** 小区党支部 — one estate party branch by id, or null when there is none. */
  partyBranch?: Maybe<PartyBranch>;
  /**
   * 党员 — one party member by id, or null when there is none or when a resident asks for a member
   * of another estate (see `Estate.partyMembers`). Signed-in callers only.
   */
  partyMember?: Maybe<PartyMember>;
  /**
   * 党员之星评定标准 — the published rule for a party member star (党员之星): the aspiration index a
   * member needs in a year, and that no verified evaluation of that year failed. Public.
   */
  partyMemberStarRule: PartyMemberStarRule;
  /** 新年开门办一件实事 — one practical project by id, or null when there is none. */
  practicalProject?: Maybe<PracticalProject>;
  /**
   * 新年开门办一件实事 — the county's practical projects, newest first, optionally in one status; at
   * most 100 a page. Public, like the projects' notice boards.
   */
  practicalProjects: PracticalProjectConnection;
  /**
   * 问题 — one problem by id, for a caller who may follow it: the party organization's administrators,
   * county administrators, the secretary of the estate's branch, a community worker of its community,
   * the responsible party it is assigned to, and the resident who raised it. Null when there is none,
   * or none this caller may see.
   */
  problem?: Maybe<Problem>;
  /**
   * 问题分类统计 — the problems of a place reported from `from` to `to` (both `YYYY-MM-DD`, in China
   * time, at most 366 days), counted by category and state in SQL on every read: one row for each
   * combination with at least one problem. Public, as the overview's figures. `place` is a place key:
   * `County:<id>`, `Subdistrict:<id>`, `Community:<id>` or `Estate:<id>`; a malformed key or range is
   * refused with BAD_USER_INPUT naming the argument, a key naming no place with NOT_FOUND.
   */
  problemCounts: Array<ProblemCount>;
  /**
   * 问题列表 — the problems matching `filter`, newest report first, as the public sees them on the
   * problem wall (no reporter, phone and ID numbers masked); at most 100 a page, with `totalCount`.
   */
  problems: PublicProblemConnection;
  /** 镇街 — one town or subdistrict by id, or null when there is none. */
  subdistrict?: Maybe<Subdistrict>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryAnswerTimesArgs = {
  by: AnswerTimeGrouping;
  from: Scalars['String']['input'];
  handlerKind?: InputMaybe<ResponsibleKind>;
  place: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryDeliberationMeetingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryDisputeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryEchoWallArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryHouseRuleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryLivingRoomArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPartyBranchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPracticalProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryPracticalProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PracticalProjectStatus>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryProblemArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryProblemCountsArgs = {
  from: Scalars['String']['input'];
  place: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QueryProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProblemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The party organization department's part of the graph (党组织): the registry of places, the
 * estate party branches and the party members (党员). Other agencies add their fields to these entities by key.
 */
export type QuerySubdistrictArgs = {
  id: Scalars['ID']['input'];
};

/** 评价 — the resident's rating of an answer. */
export type RateProblemAnswerInput = {
  /** A comment, at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The problem. */
  problemId: Scalars['ID']['input'];
  /** 1 (very dissatisfied) to 5 (very satisfied); 1 or 2 reopens the problem. */
  rating: Scalars['Int']['input'];
};

/** 议事会 — a meeting to record. */
export type RecordDeliberationMeetingInput = {
  /** 决议 — at most 20, each 1 to 500 characters. */
  decisions: Array<Scalars['String']['input']>;
  /** The estate it deliberated for. */
  estateId: Scalars['ID']['input'];
  /** When it was held (ISO 8601, YYYY-MM-DD), not in the future. */
  heldOn: Scalars['String']['input'];
  /** The estate's living room, when it met there. */
  livingRoomId?: InputMaybe<Scalars['ID']['input']>;
  /** 会议纪要 — 1 to 10000 characters. */
  minutes: Scalars['String']['input'];
  /** 参与方 — 2 to 50 participants, none twice. */
  participants: Array<DeliberationParticipantInput>;
  /** 议题 — 1 to 200 characters. */
  topic: Scalars['String']['input'];
};

/**
 * A new 两评两议两公开 record: about exactly one of `memberId` (an in-service member living in the
 * estate) or `unitId` (an embedded unit, by the units agency's id).
 */
export type RecordEvaluationInput = {
  /** 小区 — the estate whose branch makes the record. */
  estateId: Scalars['ID']['input'];
  /**
   * An id the client chooses (a UUID), so that a retried record is not made twice: an id already
   * used answers CONFLICT. Omit it for a fresh id.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Which of the six kinds. */
  kind: EvaluationKind;
  /** The in-service member it is about. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** A year (2024) or a half year (2024-H1, 2024-H2), not in the future. */
  period: Scalars['String']['input'];
  /** When the record was made (YYYY-MM-DD), not in the future. */
  recordedOn: Scalars['String']['input'];
  /** Required for the two evaluations, not allowed for deliberations and disclosures. */
  result?: InputMaybe<EvaluationResult>;
  /** What was evaluated, discussed or disclosed, 1 to 1000 characters. */
  text: Scalars['String']['input'];
  /**
   * The embedded unit it is about: the units agency's id, taken as given (no agency reads another's
   * database).
   */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 调解会 — a session to record. */
export type RecordMediationSessionInput = {
  /** The dispute. */
  disputeId: Scalars['ID']['input'];
  /** The day it was held (ISO 8601, YYYY-MM-DD), not in the future. */
  heldOn: Scalars['String']['input'];
  /** What happened, 1 to 2000 characters. */
  notes: Scalars['String']['input'];
};

/** 登记矛盾纠纷 — a new dispute. */
export type RegisterDisputeInput = {
  /** 小区 — the estate where it arose. */
  estateId: Scalars['ID']['input'];
  /** 调解组织 — the mediator's id. */
  mediatorId: Scalars['ID']['input'];
  /** 当事人 — 2 to 10 parties. */
  parties: Array<DisputePartyInput>;
  /** What it is about, 1 to 2000 characters. */
  summary: Scalars['String']['input'];
  /** A short title, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** 不予受理 — a problem to reject. */
export type RejectProblemInput = {
  /** The problem. */
  problemId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** 点题 — a new problem. */
export type ReportProblemInput = {
  /** 匿名 — hide the resident's name from everyone but the handler. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it is about. */
  category: ProblemCategory;
  /** 小区 — the estate it is about; a resident may name only their own. */
  estateId: Scalars['ID']['input'];
  /**
   * An id the client chooses (a UUID), so that a retried report is not raised twice: the same id
   * from the same reporter answers the problem already raised. Omit it for a fresh id.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /**
   * 代为登记 — the account (token subject) of the resident for whom the branch secretary or an
   * administrator records it; that resident then rates the answer. Residents leave it out.
   */
  onBehalfOf?: InputMaybe<Scalars['String']['input']>;
  /** The resident's name, 1 to 50 characters. */
  reporterName: Scalars['String']['input'];
  /** The problem in the resident's words, 1 to 1000 characters. */
  text: Scalars['String']['input'];
};

/** 解决 — a problem solved. */
export type ResolveProblemInput = {
  /** What was done, 1 to 1000 characters. */
  note: Scalars['String']['input'];
  /** The problem. */
  problemId: Scalars['ID']['input'];
};

/** 责任方 — a body to answer a problem, by kind and id. */
export type ResponsibleInput = {
  /** Its id in its own agency (a branch must exist here; other agencies' ids are taken as given). */
  id: Scalars['ID']['input'];
  /** Which kind of body. */
  kind: ResponsibleKind;
};

/** 责任方类型 — which kind of body answers a problem. */
export type ResponsibleKind =
  /** 小区党支部 — the estate's party branch. */
  | 'PARTY_BRANCH'
  /** 物业服务企业 — a property company (the property agency's entity). */
  | 'PROPERTY_COMPANY'
  /** 驻区单位 — an embedded unit (the units agency's entity). */
  | 'UNIT'
  /** 志愿者队伍 — a volunteer team (the volunteer agency's entity). */
  | 'VOLUNTEER_TEAM';

/**
 * 责任方 — the body a problem is assigned to (解题): a branch, a property company, an embedded unit or
 * a volunteer team. Other agencies' bodies are references; their names come from their own agency.
 */
export type ResponsibleParty = PartyBranch | PropertyCompany | Unit | VolunteerTeam;

/** 书记背景 — who the branch secretary (书记) is outside the branch. */
export type SecretaryBackground =
  /** 社区工作者 — a community worker (社区干部). */
  | 'COMMUNITY_WORKER'
  /** 其他 — anyone else. */
  | 'OTHER'
  /** 退休党员干部 — a retired cadre. */
  | 'RETIRED_CADRE'
  /** 在任党员干部 — a serving (leading) cadre who lives in the estate. */
  | 'SERVING_CADRE'
  /** 社会组织负责人 — the head of a social organization. */
  | 'SOCIAL_ORG_LEADER';

/** 书记 — how many branch secretaries have one background. */
export type SecretaryBackgroundCount = {
  __typename?: 'SecretaryBackgroundCount';
  /** The background. */
  background: SecretaryBackground;
  /** Secretaries with it. */
  secretaries: Scalars['Int']['output'];
};

/** 书记 — a branch's new secretary. */
export type SetBranchSecretaryInput = {
  /** 书记背景 — who the secretary is outside the branch. */
  background: SecretaryBackground;
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The secretary: a member of this branch. */
  memberId: Scalars['ID']['input'];
};

/** 派单规则 — a routing rule to set. */
export type SetProblemRoutingRuleInput = {
  /** The category of problems. */
  category: ProblemCategory;
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   * When the estate has no rule for this category yet, any `expectedVersion` is refused with
   * CONFLICT and `currentVersion` null: leave it out to create the rule (at version 1).
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Who answers them (a branch must exist here; other agencies' ids are taken as given). */
  responsible: ResponsibleInput;
};

/** 镇/街道 — a town or subdistrict of the county. */
export type Subdistrict = {
  __typename?: 'Subdistrict';
  /**
   * 社区 — its communities, by name: every one, however many.
   * @deprecated Grows with the town; page through communityPage instead.
   */
  communities: Array<Community>;
  /** 社区 — its communities by name, then id; at most 100 a page. */
  communityPage: CommunityConnection;
  /** 县 — the county it belongs to. */
  county: County;
  /**
   * 小区 — the ids of every estate of this town or subdistrict (a list as long as the place).
   * @deprecated Grows with the place; page through Community.estates instead.
   */
  estateIds: Array<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Town or subdistrict. */
  kind: SubdistrictKind;
  /** Official name, e.g. 鲤城街道. */
  name: Scalars['String']['output'];
  /** 党组织 — the party organization's figures of this town or subdistrict. */
  partyFigures: PartyFigures;
  /** The party organization's figures month by month (`from`/`to` as `YYYY-MM`, at most 36 months). */
  partyMonthly: Array<PartyMonthFigures>;
};


/** 镇/街道 — a town or subdistrict of the county. */
export type SubdistrictCommunityPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 镇/街道 — a town or subdistrict of the county. */
export type SubdistrictPartyMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A page of towns and subdistricts. */
export type SubdistrictConnection = {
  __typename?: 'SubdistrictConnection';
  /** The towns and subdistricts of this page with their cursors. */
  edges: Array<SubdistrictEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many towns and subdistricts the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One town or subdistrict in a page, with the cursor that points at it. */
export type SubdistrictEdge = {
  __typename?: 'SubdistrictEdge';
  /** Opaque position of this town or subdistrict in the list. */
  cursor: Scalars['String']['output'];
  /** 镇街 — the town or subdistrict. */
  node: Subdistrict;
};

/** Whether a 镇街 is a town (镇) or an urban subdistrict (街道). */
export type SubdistrictKind =
  /** 街道 — urban subdistrict. */
  | 'SUBDISTRICT'
  /** 镇 — town. */
  | 'TOWN';

/**
 * 驻区单位 — an embedded unit of the units agency; the party organization adds the problems
 * assigned to it.
 */
export type Unit = {
  __typename?: 'Unit';
  /**
   * 解题 — the problems assigned to this unit, oldest report first; at most 100 a page. Allowed to
   * its liaison, the party organization's administrators and county administrators. Null, with an
   * error, only while the party service cannot be reached.
   */
  assignedProblems?: Maybe<ProblemConnection>;
  /**
   * 两评两议两公开 — the records the estates' branches made on this unit, oldest first; at most 100 a
   * page. Verified disclosures are public; evaluations, deliberations and unverified records only
   * for the party organization's administrators, county administrators, branch secretaries,
   * community workers and the unit's own liaison. Null, with an error, only while the party service
   * cannot be reached.
   */
  evaluations?: Maybe<EvaluationRecordConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 驻区单位 — an embedded unit of the units agency; the party organization adds the problems
 * assigned to it.
 */
export type UnitAssignedProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 驻区单位 — an embedded unit of the units agency; the party organization adds the problems
 * assigned to it.
 */
export type UnitEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 睦邻客厅 — changes to a living room; a field left out stays as it is. */
export type UpdateLivingRoomInput = {
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** New functions: 1 to 6, none twice. */
  functions?: InputMaybe<Array<LivingRoomFunction>>;
  /** The room. */
  livingRoomId: Scalars['ID']['input'];
  /** New name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A new phone and/or address for a party member (联系方式). Omitted (or null) fields are left unchanged;
 * at least one must be given.
 */
export type UpdatePartyMemberContactInput = {
  /** 住址 — home address, 1 to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The member to change. */
  memberId: Scalars['ID']['input'];
  /** 手机号 — a mainland mobile number, 11 digits starting 13–19. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 进度 — a project's progress report. */
export type UpdatePracticalProjectProgressInput = {
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Percent done, 1 to 100; not below the progress already reported. */
  progress: Scalars['Int']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The record to verify. */
export type VerifyEvaluationInput = {
  /** The record. */
  recordId: Scalars['ID']['input'];
};

/**
 * 志愿者队伍 — a volunteer team of the volunteer agency; the party organization adds the problems
 * assigned to it.
 */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /**
   * 解题 — the problems assigned to this team, oldest report first; at most 100 a page. Allowed to
   * its volunteer lead, the party organization's administrators and county administrators. Null,
   * with an error, only while the party service cannot be reached.
   */
  assignedProblems?: Maybe<ProblemConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 志愿者队伍 — a volunteer team of the volunteer agency; the party organization adds the problems
 * assigned to it.
 */
export type VolunteerTeamAssignedProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Community: Community;
  County: County;
  DeliberationMeeting: DeliberationMeeting;
  Dispute: Dispute;
  Estate: Estate;
  HouseRule: HouseRule;
  LivingRoom: LivingRoom;
  PartyBranch: PartyBranch;
  PartyMember: PartyMember;
  PracticalProject: PracticalProject;
  Problem: Problem;
  PropertyCompany: PropertyCompany;
  Subdistrict: Subdistrict;
  Unit: Unit;
  VolunteerTeam: VolunteerTeam;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"id":true}> );
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"id":true}> );
  DeliberationMeeting:
    ( { __typename: 'DeliberationMeeting' }
    & GraphQLRecursivePick<FederationTypes['DeliberationMeeting'], {"id":true}> );
  Dispute:
    ( { __typename: 'Dispute' }
    & GraphQLRecursivePick<FederationTypes['Dispute'], {"id":true}> );
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  HouseRule:
    ( { __typename: 'HouseRule' }
    & GraphQLRecursivePick<FederationTypes['HouseRule'], {"id":true}> );
  LivingRoom:
    ( { __typename: 'LivingRoom' }
    & GraphQLRecursivePick<FederationTypes['LivingRoom'], {"id":true}> );
  PartyBranch:
    ( { __typename: 'PartyBranch' }
    & GraphQLRecursivePick<FederationTypes['PartyBranch'], {"id":true}> );
  PartyMember:
    ( { __typename: 'PartyMember' }
    & GraphQLRecursivePick<FederationTypes['PartyMember'], {"id":true}> );
  PracticalProject:
    ( { __typename: 'PracticalProject' }
    & GraphQLRecursivePick<FederationTypes['PracticalProject'], {"id":true}> );
  Problem:
    ( { __typename: 'Problem' }
    & GraphQLRecursivePick<FederationTypes['Problem'], {"id":true}> );
  PropertyCompany:
    ( { __typename: 'PropertyCompany' }
    & GraphQLRecursivePick<FederationTypes['PropertyCompany'], {"id":true}> );
  Subdistrict:
    ( { __typename: 'Subdistrict' }
    & GraphQLRecursivePick<FederationTypes['Subdistrict'], {"id":true}> );
  Unit:
    ( { __typename: 'Unit' }
    & GraphQLRecursivePick<FederationTypes['Unit'], {"id":true}> );
  VolunteerTeam:
    ( { __typename: 'VolunteerTeam' }
    & GraphQLRecursivePick<FederationTypes['VolunteerTeam'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ResponsibleParty:
    | ( PartyBranchRow )
    | ( CompanyRef )
    | ( UnitRef )
    | ( TeamRef )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdvanceBranchStageInput: AdvanceBranchStageInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnswerProblemInput: AnswerProblemInput;
  AnswerTime: ResolverTypeWrapper<AnswerTimeRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AnswerTimeGrouping: AnswerTimeGrouping;
  AspirationIndex: ResolverTypeWrapper<AspirationIndexRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssignGridPostInput: AssignGridPostInput;
  AssignProblemInput: AssignProblemInput;
  AwardPartyMemberStarInput: AwardPartyMemberStarInput;
  BranchFormation: BranchFormation;
  BranchStage: BranchStage;
  BranchStageTransition: ResolverTypeWrapper<BranchStageTransitionRow>;
  CastHouseRuleVoteInput: CastHouseRuleVoteInput;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityConnection: ResolverTypeWrapper<Connection<CommunityRow>>;
  CommunityEdge: ResolverTypeWrapper<Omit<CommunityEdge, 'node'> & { node: ResolversTypes['Community'] }>;
  CompletePracticalProjectInput: CompletePracticalProjectInput;
  ConcludeDisputeInput: ConcludeDisputeInput;
  County: ResolverTypeWrapper<CountyRow>;
  CreateLivingRoomInput: CreateLivingRoomInput;
  CreatePracticalProjectInput: CreatePracticalProjectInput;
  DeliberationMeeting: ResolverTypeWrapper<DeliberationMeetingRow>;
  DeliberationMeetingConnection: ResolverTypeWrapper<Connection<DeliberationMeetingRow>>;
  DeliberationMeetingEdge: ResolverTypeWrapper<Omit<DeliberationMeetingEdge, 'node'> & { node: ResolversTypes['DeliberationMeeting'] }>;
  DeliberationParticipant: ResolverTypeWrapper<DeliberationParticipantRow>;
  DeliberationParticipantInput: DeliberationParticipantInput;
  DeliberationParticipantKind: DeliberationParticipantKind;
  Dispute: ResolverTypeWrapper<DisputeRow>;
  DisputeConclusion: DisputeConclusion;
  DisputeConnection: ResolverTypeWrapper<Connection<DisputeRow>>;
  DisputeEdge: ResolverTypeWrapper<Omit<DisputeEdge, 'node'> & { node: ResolversTypes['Dispute'] }>;
  DisputeParty: ResolverTypeWrapper<DisputePartyRow>;
  DisputePartyInput: DisputePartyInput;
  DisputeStatus: DisputeStatus;
  DisputeTransition: ResolverTypeWrapper<DisputeTransitionRow>;
  EndGridPostInput: EndGridPostInput;
  Estate: ResolverTypeWrapper<EstateRow>;
  EstateConnection: ResolverTypeWrapper<Connection<EstateRow>>;
  EstateEdge: ResolverTypeWrapper<Omit<EstateEdge, 'node'> & { node: ResolversTypes['Estate'] }>;
  EstateType: EstateType;
  EvaluationKind: EvaluationKind;
  EvaluationRecord: ResolverTypeWrapper<EvaluationRecordRow>;
  EvaluationRecordConnection: ResolverTypeWrapper<Connection<EvaluationRecordRow>>;
  EvaluationRecordEdge: ResolverTypeWrapper<Omit<EvaluationRecordEdge, 'node'> & { node: ResolversTypes['EvaluationRecord'] }>;
  EvaluationResult: EvaluationResult;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Fraction: ResolverTypeWrapper<Fraction>;
  FractionInput: FractionInput;
  GridDuty: GridDuty;
  GridLeaderPost: ResolverTypeWrapper<GridLeaderPostRow>;
  GridRole: GridRole;
  HouseRule: ResolverTypeWrapper<HouseRuleRow>;
  HouseRuleBallot: ResolverTypeWrapper<BallotView>;
  HouseRuleChoice: HouseRuleChoice;
  HouseRuleConnection: ResolverTypeWrapper<Connection<HouseRuleRow>>;
  HouseRuleEdge: ResolverTypeWrapper<Omit<HouseRuleEdge, 'node'> & { node: ResolversTypes['HouseRule'] }>;
  HouseRuleStatus: HouseRuleStatus;
  HouseRuleTransition: ResolverTypeWrapper<HouseRuleTransitionRow>;
  HouseRuleTransitionInput: HouseRuleTransitionInput;
  LivingRoom: ResolverTypeWrapper<LivingRoomRow>;
  LivingRoomFunction: LivingRoomFunction;
  MarkProblemDuplicateInput: MarkProblemDuplicateInput;
  MediationSession: ResolverTypeWrapper<MediationSessionRow>;
  MediationSessionConnection: ResolverTypeWrapper<Connection<MediationSessionRow>>;
  MediationSessionEdge: ResolverTypeWrapper<Omit<MediationSessionEdge, 'node'> & { node: ResolversTypes['MediationSession'] }>;
  Mediator: ResolverTypeWrapper<MediatorRow>;
  MediatorKind: MediatorKind;
  MemberKind: MemberKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyBranch: ResolverTypeWrapper<PartyBranchRow>;
  PartyFigures: ResolverTypeWrapper<PartyFiguresRow>;
  PartyMember: ResolverTypeWrapper<PartyMemberRow>;
  PartyMemberConnection: ResolverTypeWrapper<Connection<PartyMemberRow>>;
  PartyMemberEdge: ResolverTypeWrapper<Omit<PartyMemberEdge, 'node'> & { node: ResolversTypes['PartyMember'] }>;
  PartyMemberStar: ResolverTypeWrapper<PartyMemberStarRow>;
  PartyMemberStarRule: ResolverTypeWrapper<PartyMemberStarRule>;
  PartyMonthFigures: ResolverTypeWrapper<PartyMonthRow>;
  PracticalProject: ResolverTypeWrapper<PracticalProjectRow>;
  PracticalProjectConnection: ResolverTypeWrapper<Connection<PracticalProjectRow>>;
  PracticalProjectEdge: ResolverTypeWrapper<Omit<PracticalProjectEdge, 'node'> & { node: ResolversTypes['PracticalProject'] }>;
  PracticalProjectStatus: PracticalProjectStatus;
  PracticalProjectTransition: ResolverTypeWrapper<PracticalProjectTransitionRow>;
  Problem: ResolverTypeWrapper<ProblemView>;
  ProblemCategory: ProblemCategory;
  ProblemConnection: ResolverTypeWrapper<Connection<ProblemView>>;
  ProblemCount: ResolverTypeWrapper<ProblemCount>;
  ProblemEdge: ResolverTypeWrapper<Omit<ProblemEdge, 'node'> & { node: ResolversTypes['Problem'] }>;
  ProblemFilter: ProblemFilter;
  ProblemRoutingRule: ResolverTypeWrapper<ProblemRoutingRuleRow>;
  ProblemStatus: ProblemStatus;
  ProblemTransition: ResolverTypeWrapper<ProblemTransitionRow>;
  ProblemTransitionConnection: ResolverTypeWrapper<Connection<ProblemTransitionRow>>;
  ProblemTransitionEdge: ResolverTypeWrapper<Omit<ProblemTransitionEdge, 'node'> & { node: ResolversTypes['ProblemTransition'] }>;
  ProblemTransitionInput: ProblemTransitionInput;
  PropertyCompany: ResolverTypeWrapper<CompanyRef>;
  ProposeHouseRuleInput: ProposeHouseRuleInput;
  PublicProblem: ResolverTypeWrapper<ProblemView>;
  PublicProblemConnection: ResolverTypeWrapper<Connection<ProblemView>>;
  PublicProblemEdge: ResolverTypeWrapper<Omit<PublicProblemEdge, 'node'> & { node: ResolversTypes['PublicProblem'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateProblemAnswerInput: RateProblemAnswerInput;
  RecordDeliberationMeetingInput: RecordDeliberationMeetingInput;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordMediationSessionInput: RecordMediationSessionInput;
  RegisterDisputeInput: RegisterDisputeInput;
  RejectProblemInput: RejectProblemInput;
  ReportProblemInput: ReportProblemInput;
  ResolveProblemInput: ResolveProblemInput;
  ResponsibleInput: ResponsibleInput;
  ResponsibleKind: ResponsibleKind;
  ResponsibleParty: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResponsibleParty']>;
  SecretaryBackground: SecretaryBackground;
  SecretaryBackgroundCount: ResolverTypeWrapper<SecretaryBackgroundCount>;
  SetBranchSecretaryInput: SetBranchSecretaryInput;
  SetProblemRoutingRuleInput: SetProblemRoutingRuleInput;
  Subdistrict: ResolverTypeWrapper<SubdistrictRow>;
  SubdistrictConnection: ResolverTypeWrapper<Connection<SubdistrictRow>>;
  SubdistrictEdge: ResolverTypeWrapper<Omit<SubdistrictEdge, 'node'> & { node: ResolversTypes['Subdistrict'] }>;
  SubdistrictKind: SubdistrictKind;
  Unit: ResolverTypeWrapper<UnitRef>;
  UpdateLivingRoomInput: UpdateLivingRoomInput;
  UpdatePartyMemberContactInput: UpdatePartyMemberContactInput;
  UpdatePracticalProjectProgressInput: UpdatePracticalProjectProgressInput;
  VerifyEvaluationInput: VerifyEvaluationInput;
  VolunteerTeam: ResolverTypeWrapper<TeamRef>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdvanceBranchStageInput: AdvanceBranchStageInput;
  ID: Scalars['ID']['output'];
  AnswerProblemInput: AnswerProblemInput;
  AnswerTime: AnswerTimeRow;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  AspirationIndex: AspirationIndexRow;
  Boolean: Scalars['Boolean']['output'];
  AssignGridPostInput: AssignGridPostInput;
  AssignProblemInput: AssignProblemInput;
  AwardPartyMemberStarInput: AwardPartyMemberStarInput;
  BranchStageTransition: BranchStageTransitionRow;
  CastHouseRuleVoteInput: CastHouseRuleVoteInput;
  Community: CommunityRow;
  CommunityConnection: Connection<CommunityRow>;
  CommunityEdge: Omit<CommunityEdge, 'node'> & { node: ResolversParentTypes['Community'] };
  CompletePracticalProjectInput: CompletePracticalProjectInput;
  ConcludeDisputeInput: ConcludeDisputeInput;
  County: CountyRow;
  CreateLivingRoomInput: CreateLivingRoomInput;
  CreatePracticalProjectInput: CreatePracticalProjectInput;
  DeliberationMeeting: DeliberationMeetingRow;
  DeliberationMeetingConnection: Connection<DeliberationMeetingRow>;
  DeliberationMeetingEdge: Omit<DeliberationMeetingEdge, 'node'> & { node: ResolversParentTypes['DeliberationMeeting'] };
  DeliberationParticipant: DeliberationParticipantRow;
  DeliberationParticipantInput: DeliberationParticipantInput;
  Dispute: DisputeRow;
  DisputeConnection: Connection<DisputeRow>;
  DisputeEdge: Omit<DisputeEdge, 'node'> & { node: ResolversParentTypes['Dispute'] };
  DisputeParty: DisputePartyRow;
  DisputePartyInput: DisputePartyInput;
  DisputeTransition: DisputeTransitionRow;
  EndGridPostInput: EndGridPostInput;
  Estate: EstateRow;
  EstateConnection: Connection<EstateRow>;
  EstateEdge: Omit<EstateEdge, 'node'> & { node: ResolversParentTypes['Estate'] };
  EvaluationRecord: EvaluationRecordRow;
  EvaluationRecordConnection: Connection<EvaluationRecordRow>;
  EvaluationRecordEdge: Omit<EvaluationRecordEdge, 'node'> & { node: ResolversParentTypes['EvaluationRecord'] };
  FieldSet: Scalars['FieldSet']['output'];
  Fraction: Fraction;
  FractionInput: FractionInput;
  GridLeaderPost: GridLeaderPostRow;
  HouseRule: HouseRuleRow;
  HouseRuleBallot: BallotView;
  HouseRuleConnection: Connection<HouseRuleRow>;
  HouseRuleEdge: Omit<HouseRuleEdge, 'node'> & { node: ResolversParentTypes['HouseRule'] };
  HouseRuleTransition: HouseRuleTransitionRow;
  HouseRuleTransitionInput: HouseRuleTransitionInput;
  LivingRoom: LivingRoomRow;
  MarkProblemDuplicateInput: MarkProblemDuplicateInput;
  MediationSession: MediationSessionRow;
  MediationSessionConnection: Connection<MediationSessionRow>;
  MediationSessionEdge: Omit<MediationSessionEdge, 'node'> & { node: ResolversParentTypes['MediationSession'] };
  Mediator: MediatorRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartyBranch: PartyBranchRow;
  PartyFigures: PartyFiguresRow;
  PartyMember: PartyMemberRow;
  PartyMemberConnection: Connection<PartyMemberRow>;
  PartyMemberEdge: Omit<PartyMemberEdge, 'node'> & { node: ResolversParentTypes['PartyMember'] };
  PartyMemberStar: PartyMemberStarRow;
  PartyMemberStarRule: PartyMemberStarRule;
  PartyMonthFigures: PartyMonthRow;
  PracticalProject: PracticalProjectRow;
  PracticalProjectConnection: Connection<PracticalProjectRow>;
  PracticalProjectEdge: Omit<PracticalProjectEdge, 'node'> & { node: ResolversParentTypes['PracticalProject'] };
  PracticalProjectTransition: PracticalProjectTransitionRow;
  Problem: ProblemView;
  ProblemConnection: Connection<ProblemView>;
  ProblemCount: ProblemCount;
  ProblemEdge: Omit<ProblemEdge, 'node'> & { node: ResolversParentTypes['Problem'] };
  ProblemFilter: ProblemFilter;
  ProblemRoutingRule: ProblemRoutingRuleRow;
  ProblemTransition: ProblemTransitionRow;
  ProblemTransitionConnection: Connection<ProblemTransitionRow>;
  ProblemTransitionEdge: Omit<ProblemTransitionEdge, 'node'> & { node: ResolversParentTypes['ProblemTransition'] };
  ProblemTransitionInput: ProblemTransitionInput;
  PropertyCompany: CompanyRef;
  ProposeHouseRuleInput: ProposeHouseRuleInput;
  PublicProblem: ProblemView;
  PublicProblemConnection: Connection<ProblemView>;
  PublicProblemEdge: Omit<PublicProblemEdge, 'node'> & { node: ResolversParentTypes['PublicProblem'] };
  Query: Record<PropertyKey, never>;
  RateProblemAnswerInput: RateProblemAnswerInput;
  RecordDeliberationMeetingInput: RecordDeliberationMeetingInput;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordMediationSessionInput: RecordMediationSessionInput;
  RegisterDisputeInput: RegisterDisputeInput;
  RejectProblemInput: RejectProblemInput;
  ReportProblemInput: ReportProblemInput;
  ResolveProblemInput: ResolveProblemInput;
  ResponsibleInput: ResponsibleInput;
  ResponsibleParty: ResolversUnionTypes<ResolversParentTypes>['ResponsibleParty'];
  SecretaryBackgroundCount: SecretaryBackgroundCount;
  SetBranchSecretaryInput: SetBranchSecretaryInput;
  SetProblemRoutingRuleInput: SetProblemRoutingRuleInput;
  Subdistrict: SubdistrictRow;
  SubdistrictConnection: Connection<SubdistrictRow>;
  SubdistrictEdge: Omit<SubdistrictEdge, 'node'> & { node: ResolversParentTypes['Subdistrict'] };
  Unit: UnitRef;
  UpdateLivingRoomInput: UpdateLivingRoomInput;
  UpdatePartyMemberContactInput: UpdatePartyMemberContactInput;
  UpdatePracticalProjectProgressInput: UpdatePracticalProjectProgressInput;
  VerifyEvaluationInput: VerifyEvaluationInput;
  VolunteerTeam: TeamRef;
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = Context, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = Context, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = Context, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RuleDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type RuleDirectiveResolver<Result, Parent, ContextType = Context, Args = RuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = Context, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnswerTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerTime'] = ResolversParentTypes['AnswerTime']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['ResponsibleParty']>, ParentType, ContextType>;
  handlerKind?: Resolver<Maybe<ResolversTypes['ResponsibleKind']>, ParentType, ContextType>;
  medianHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p90Hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AspirationIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AspirationIndex'] = ResolversParentTypes['AspirationIndex']> = {
  deliberationPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disclosurePoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluationPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gridPostPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasFailingEvaluation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BranchStageTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BranchStageTransition'] = ResolversParentTypes['BranchStageTransition']> = {
  from?: Resolver<ResolversTypes['BranchStage'], ParentType, ContextType>;
  reachedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BranchStage'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  estateIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  estates?: Resolver<ResolversTypes['EstateConnection'], ParentType, ContextType, RequireFields<CommunityEstatesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyFigures?: Resolver<ResolversTypes['PartyFigures'], ParentType, ContextType>;
  partyMonthly?: Resolver<Array<ResolversTypes['PartyMonthFigures']>, ParentType, ContextType, RequireFields<CommunityPartyMonthlyArgs, 'from' | 'to'>>;
  subdistrict?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
};

export type CommunityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityConnection'] = ResolversParentTypes['CommunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityEdge'] = ResolversParentTypes['CommunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  estateIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyFigures?: Resolver<ResolversTypes['PartyFigures'], ParentType, ContextType>;
  partyMonthly?: Resolver<Array<ResolversTypes['PartyMonthFigures']>, ParentType, ContextType, RequireFields<CountyPartyMonthlyArgs, 'from' | 'to'>>;
  subdistrictPage?: Resolver<ResolversTypes['SubdistrictConnection'], ParentType, ContextType, RequireFields<CountySubdistrictPageArgs, 'first'>>;
  subdistricts?: Resolver<Array<ResolversTypes['Subdistrict']>, ParentType, ContextType>;
};

export type DeliberationMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliberationMeeting'] = ResolversParentTypes['DeliberationMeeting'], FederationReferenceType extends FederationReferenceTypes['DeliberationMeeting'] = FederationReferenceTypes['DeliberationMeeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DeliberationMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  houseRules?: Resolver<Array<ResolversTypes['HouseRule']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  livingRoom?: Resolver<Maybe<ResolversTypes['LivingRoom']>, ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['DeliberationParticipant']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeliberationMeetingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliberationMeetingConnection'] = ResolversParentTypes['DeliberationMeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeliberationMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliberationMeetingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliberationMeetingEdge'] = ResolversParentTypes['DeliberationMeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeliberationMeeting'], ParentType, ContextType>;
};

export type DeliberationParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliberationParticipant'] = ResolversParentTypes['DeliberationParticipant']> = {
  kind?: Resolver<ResolversTypes['DeliberationParticipantKind'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  propertyCompany?: Resolver<Maybe<ResolversTypes['PropertyCompany']>, ParentType, ContextType>;
};

export type DisputeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'], FederationReferenceType extends FederationReferenceTypes['Dispute'] = FederationReferenceTypes['Dispute']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  concludedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisputeTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediator?: Resolver<ResolversTypes['Mediator'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['DisputeParty']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['MediationSessionConnection'], ParentType, ContextType, RequireFields<DisputeSessionsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisputeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeConnection'] = ResolversParentTypes['DisputeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisputeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisputeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
};

export type DisputePartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeParty'] = ResolversParentTypes['DisputeParty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisputeTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeTransition'] = ResolversParentTypes['DisputeTransition']> = {
  from?: Resolver<Maybe<ResolversTypes['DisputeStatus']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  deliberationMeetings?: Resolver<ResolversTypes['DeliberationMeetingConnection'], ParentType, ContextType, RequireFields<EstateDeliberationMeetingsArgs, 'first'>>;
  disputes?: Resolver<Maybe<ResolversTypes['DisputeConnection']>, ParentType, ContextType, RequireFields<EstateDisputesArgs, 'first'>>;
  echoWall?: Resolver<ResolversTypes['PublicProblemConnection'], ParentType, ContextType, RequireFields<EstateEchoWallArgs, 'first'>>;
  governanceModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  houseRules?: Resolver<ResolversTypes['HouseRuleConnection'], ParentType, ContextType, RequireFields<EstateHouseRulesArgs, 'first'>>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  livingRoom?: Resolver<Maybe<ResolversTypes['LivingRoom']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationCovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  partyFigures?: Resolver<ResolversTypes['PartyFigures'], ParentType, ContextType>;
  partyMembers?: Resolver<Maybe<ResolversTypes['PartyMemberConnection']>, ParentType, ContextType, RequireFields<EstatePartyMembersArgs, 'first'>>;
  partyMonthly?: Resolver<Array<ResolversTypes['PartyMonthFigures']>, ParentType, ContextType, RequireFields<EstatePartyMonthlyArgs, 'from' | 'to'>>;
  practicalProjects?: Resolver<ResolversTypes['PracticalProjectConnection'], ParentType, ContextType, RequireFields<EstatePracticalProjectsArgs, 'first'>>;
  problemRoutingRules?: Resolver<Array<ResolversTypes['ProblemRoutingRule']>, ParentType, ContextType>;
  problemWall?: Resolver<ResolversTypes['PublicProblemConnection'], ParentType, ContextType, RequireFields<EstateProblemWallArgs, 'first'>>;
  resettlement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EstateType'], ParentType, ContextType>;
  workCovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workCoveredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EstateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstateConnection'] = ResolversParentTypes['EstateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EstateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EstateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstateEdge'] = ResolversParentTypes['EstateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
};

export type EvaluationRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRecord'] = ResolversParentTypes['EvaluationRecord']> = {
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationKind'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['EvaluationResult']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvaluationRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRecordConnection'] = ResolversParentTypes['EvaluationRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRecordEdge'] = ResolversParentTypes['EvaluationRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvaluationRecord'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type FractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fraction'] = ResolversParentTypes['Fraction']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GridLeaderPostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridLeaderPost'] = ResolversParentTypes['GridLeaderPost']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['GridDuty']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['GridRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HouseRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseRule'] = ResolversParentTypes['HouseRule'], FederationReferenceType extends FederationReferenceTypes['HouseRule'] = FederationReferenceTypes['HouseRule']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HouseRule']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approval?: Resolver<ResolversTypes['Fraction'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibleHouseholds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HouseRuleTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['DeliberationMeeting']>, ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Fraction'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HouseRuleStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  votesAgainst?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  votesCast?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  votesFor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type HouseRuleBallotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseRuleBallot'] = ResolversParentTypes['HouseRuleBallot']> = {
  castAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['HouseRuleChoice'], ParentType, ContextType>;
  houseRule?: Resolver<ResolversTypes['HouseRule'], ParentType, ContextType>;
};

export type HouseRuleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseRuleConnection'] = ResolversParentTypes['HouseRuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HouseRuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HouseRuleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseRuleEdge'] = ResolversParentTypes['HouseRuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HouseRule'], ParentType, ContextType>;
};

export type HouseRuleTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseRuleTransition'] = ResolversParentTypes['HouseRuleTransition']> = {
  from?: Resolver<Maybe<ResolversTypes['HouseRuleStatus']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['HouseRuleStatus'], ParentType, ContextType>;
};

export type LivingRoomResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LivingRoom'] = ResolversParentTypes['LivingRoom'], FederationReferenceType extends FederationReferenceTypes['LivingRoom'] = FederationReferenceTypes['LivingRoom']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LivingRoom']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  deliberationMeetings?: Resolver<ResolversTypes['DeliberationMeetingConnection'], ParentType, ContextType, RequireFields<LivingRoomDeliberationMeetingsArgs, 'first'>>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  functions?: Resolver<Array<ResolversTypes['LivingRoomFunction']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MediationSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediationSession'] = ResolversParentTypes['MediationSession']> = {
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MediationSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediationSessionConnection'] = ResolversParentTypes['MediationSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MediationSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MediationSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediationSessionEdge'] = ResolversParentTypes['MediationSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MediationSession'], ParentType, ContextType>;
};

export type MediatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mediator'] = ResolversParentTypes['Mediator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MediatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationAcceptProblemArgs, 'input'>>;
  advanceBranchStage?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType, RequireFields<MutationAdvanceBranchStageArgs, 'input'>>;
  answerProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationAnswerProblemArgs, 'input'>>;
  assignGridPost?: Resolver<Maybe<ResolversTypes['GridLeaderPost']>, ParentType, ContextType, RequireFields<MutationAssignGridPostArgs, 'input'>>;
  assignProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationAssignProblemArgs, 'input'>>;
  awardPartyMemberStar?: Resolver<Maybe<ResolversTypes['PartyMemberStar']>, ParentType, ContextType, RequireFields<MutationAwardPartyMemberStarArgs, 'input'>>;
  castHouseRuleVote?: Resolver<Maybe<ResolversTypes['HouseRuleBallot']>, ParentType, ContextType, RequireFields<MutationCastHouseRuleVoteArgs, 'input'>>;
  closeHouseRuleVote?: Resolver<Maybe<ResolversTypes['HouseRule']>, ParentType, ContextType, RequireFields<MutationCloseHouseRuleVoteArgs, 'input'>>;
  completePracticalProject?: Resolver<Maybe<ResolversTypes['PracticalProject']>, ParentType, ContextType, RequireFields<MutationCompletePracticalProjectArgs, 'input'>>;
  concludeDispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<MutationConcludeDisputeArgs, 'input'>>;
  createLivingRoom?: Resolver<Maybe<ResolversTypes['LivingRoom']>, ParentType, ContextType, RequireFields<MutationCreateLivingRoomArgs, 'input'>>;
  createPracticalProject?: Resolver<Maybe<ResolversTypes['PracticalProject']>, ParentType, ContextType, RequireFields<MutationCreatePracticalProjectArgs, 'input'>>;
  endGridPost?: Resolver<Maybe<ResolversTypes['GridLeaderPost']>, ParentType, ContextType, RequireFields<MutationEndGridPostArgs, 'input'>>;
  markProblemDuplicate?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationMarkProblemDuplicateArgs, 'input'>>;
  openHouseRuleVote?: Resolver<Maybe<ResolversTypes['HouseRule']>, ParentType, ContextType, RequireFields<MutationOpenHouseRuleVoteArgs, 'input'>>;
  proposeHouseRule?: Resolver<Maybe<ResolversTypes['HouseRule']>, ParentType, ContextType, RequireFields<MutationProposeHouseRuleArgs, 'input'>>;
  rateProblemAnswer?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationRateProblemAnswerArgs, 'input'>>;
  recordDeliberationMeeting?: Resolver<Maybe<ResolversTypes['DeliberationMeeting']>, ParentType, ContextType, RequireFields<MutationRecordDeliberationMeetingArgs, 'input'>>;
  recordEvaluation?: Resolver<Maybe<ResolversTypes['EvaluationRecord']>, ParentType, ContextType, RequireFields<MutationRecordEvaluationArgs, 'input'>>;
  recordMediationSession?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<MutationRecordMediationSessionArgs, 'input'>>;
  registerDispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<MutationRegisterDisputeArgs, 'input'>>;
  rejectProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationRejectProblemArgs, 'input'>>;
  reportProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationReportProblemArgs, 'input'>>;
  resolveProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationResolveProblemArgs, 'input'>>;
  setBranchSecretary?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType, RequireFields<MutationSetBranchSecretaryArgs, 'input'>>;
  setProblemRoutingRule?: Resolver<Maybe<ResolversTypes['ProblemRoutingRule']>, ParentType, ContextType, RequireFields<MutationSetProblemRoutingRuleArgs, 'input'>>;
  startProblem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<MutationStartProblemArgs, 'input'>>;
  updateLivingRoom?: Resolver<Maybe<ResolversTypes['LivingRoom']>, ParentType, ContextType, RequireFields<MutationUpdateLivingRoomArgs, 'input'>>;
  updatePartyMemberContact?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType, RequireFields<MutationUpdatePartyMemberContactArgs, 'input'>>;
  updatePracticalProjectProgress?: Resolver<Maybe<ResolversTypes['PracticalProject']>, ParentType, ContextType, RequireFields<MutationUpdatePracticalProjectProgressArgs, 'input'>>;
  verifyEvaluation?: Resolver<Maybe<ResolversTypes['EvaluationRecord']>, ParentType, ContextType, RequireFields<MutationVerifyEvaluationArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PartyBranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyBranch'] = ResolversParentTypes['PartyBranch'], FederationReferenceType extends FederationReferenceTypes['PartyBranch'] = FederationReferenceTypes['PartyBranch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyBranch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedProblems?: Resolver<Maybe<ResolversTypes['ProblemConnection']>, ParentType, ContextType, RequireFields<PartyBranchAssignedProblemsArgs, 'first'>>;
  coveredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  formation?: Resolver<ResolversTypes['BranchFormation'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maturedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretary?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  secretaryBackground?: Resolver<Maybe<ResolversTypes['SecretaryBackground']>, ParentType, ContextType>;
  secretaryMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['BranchStage'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['BranchStageTransition']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartyFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyFigures'] = ResolversParentTypes['PartyFigures']> = {
  disputesMediated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatePartyBranches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatesWithBothCoverages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatesWithOrganizationCoverage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatesWithWorkCoverage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gridLeaders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  livingRooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practicalProjectsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemsByCategoryAndStatus?: Resolver<Array<ResolversTypes['ProblemCount']>, ParentType, ContextType>;
  problemsOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemsSolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secretariesByBackground?: Resolver<Array<ResolversTypes['SecretaryBackgroundCount']>, ParentType, ContextType>;
  subdistrictsTakingPart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartyMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMember'] = ResolversParentTypes['PartyMember'], FederationReferenceType extends FederationReferenceTypes['PartyMember'] = FederationReferenceTypes['PartyMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberAddressArgs>>;
  aspirationIndex?: Resolver<Maybe<ResolversTypes['AspirationIndex']>, ParentType, ContextType, Partial<PartyMemberAspirationIndexArgs>>;
  branch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['EvaluationRecordConnection'], ParentType, ContextType, RequireFields<PartyMemberEvaluationsArgs, 'first'>>;
  gridPosts?: Resolver<Array<ResolversTypes['GridLeaderPost']>, ParentType, ContextType, RequireFields<PartyMemberGridPostsArgs, 'includeEnded'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberIdNumberArgs>>;
  kind?: Resolver<ResolversTypes['MemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyMemberStars?: Resolver<Array<ResolversTypes['PartyMemberStar']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PartyMemberPhoneArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
};

export type PartyMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberConnection'] = ResolversParentTypes['PartyMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartyMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartyMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberEdge'] = ResolversParentTypes['PartyMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType>;
};

export type PartyMemberStarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberStar'] = ResolversParentTypes['PartyMemberStar']> = {
  awardedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['PartyMember'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartyMemberStarRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMemberStarRule'] = ResolversParentTypes['PartyMemberStarRule']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noFailingEvaluation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyMonthFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMonthFigures'] = ResolversParentTypes['PartyMonthFigures']> = {
  disputesMediated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problemsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemsSolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticalProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticalProject'] = ResolversParentTypes['PracticalProject'], FederationReferenceType extends FederationReferenceTypes['PracticalProject'] = FederationReferenceTypes['PracticalProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PracticalProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PracticalProjectTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PracticalProjectStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticalProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticalProjectConnection'] = ResolversParentTypes['PracticalProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PracticalProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticalProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticalProjectEdge'] = ResolversParentTypes['PracticalProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PracticalProject'], ParentType, ContextType>;
};

export type PracticalProjectTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticalProjectTransition'] = ResolversParentTypes['PracticalProjectTransition']> = {
  from?: Resolver<Maybe<ResolversTypes['PracticalProjectStatus']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PracticalProjectStatus'], ParentType, ContextType>;
};

export type ProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Problem'] = ResolversParentTypes['Problem'], FederationReferenceType extends FederationReferenceTypes['Problem'] = FederationReferenceTypes['Problem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Problem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProblemCategory'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ProblemTransitionConnection'], ParentType, ContextType, RequireFields<ProblemHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['ResponsibleParty']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProblemStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProblemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemConnection'] = ResolversParentTypes['ProblemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProblemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProblemCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemCount'] = ResolversParentTypes['ProblemCount']> = {
  category?: Resolver<ResolversTypes['ProblemCategory'], ParentType, ContextType>;
  problems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProblemStatus'], ParentType, ContextType>;
};

export type ProblemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemEdge'] = ResolversParentTypes['ProblemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Problem'], ParentType, ContextType>;
};

export type ProblemRoutingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemRoutingRule'] = ResolversParentTypes['ProblemRoutingRule']> = {
  category?: Resolver<ResolversTypes['ProblemCategory'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['ResponsibleParty'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProblemTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemTransition'] = ResolversParentTypes['ProblemTransition']> = {
  from?: Resolver<Maybe<ResolversTypes['ProblemStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ProblemStatus'], ParentType, ContextType>;
};

export type ProblemTransitionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemTransitionConnection'] = ResolversParentTypes['ProblemTransitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProblemTransitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProblemTransitionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemTransitionEdge'] = ResolversParentTypes['ProblemTransitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProblemTransition'], ParentType, ContextType>;
};

export type PropertyCompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyCompany'] = ResolversParentTypes['PropertyCompany'], FederationReferenceType extends FederationReferenceTypes['PropertyCompany'] = FederationReferenceTypes['PropertyCompany']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PropertyCompany']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedProblems?: Resolver<Maybe<ResolversTypes['ProblemConnection']>, ParentType, ContextType, RequireFields<PropertyCompanyAssignedProblemsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicProblem'] = ResolversParentTypes['PublicProblem']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['ResponsibleParty']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProblemCategory'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProblemStatus'], ParentType, ContextType>;
};

export type PublicProblemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicProblemConnection'] = ResolversParentTypes['PublicProblemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicProblemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicProblemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicProblemEdge'] = ResolversParentTypes['PublicProblemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicProblem'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  answerTimes?: Resolver<Array<ResolversTypes['AnswerTime']>, ParentType, ContextType, RequireFields<QueryAnswerTimesArgs, 'by' | 'from' | 'place' | 'to'>>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'id'>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  deliberationMeeting?: Resolver<Maybe<ResolversTypes['DeliberationMeeting']>, ParentType, ContextType, RequireFields<QueryDeliberationMeetingArgs, 'id'>>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<QueryDisputeArgs, 'id'>>;
  echoWall?: Resolver<ResolversTypes['PublicProblemConnection'], ParentType, ContextType, RequireFields<QueryEchoWallArgs, 'first'>>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType, RequireFields<QueryEstateArgs, 'id'>>;
  estates?: Resolver<ResolversTypes['EstateConnection'], ParentType, ContextType, RequireFields<QueryEstatesArgs, 'first'>>;
  houseRule?: Resolver<Maybe<ResolversTypes['HouseRule']>, ParentType, ContextType, RequireFields<QueryHouseRuleArgs, 'id'>>;
  livingRoom?: Resolver<Maybe<ResolversTypes['LivingRoom']>, ParentType, ContextType, RequireFields<QueryLivingRoomArgs, 'id'>>;
  partyBranch?: Resolver<Maybe<ResolversTypes['PartyBranch']>, ParentType, ContextType, RequireFields<QueryPartyBranchArgs, 'id'>>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType, RequireFields<QueryPartyMemberArgs, 'id'>>;
  partyMemberStarRule?: Resolver<ResolversTypes['PartyMemberStarRule'], ParentType, ContextType>;
  practicalProject?: Resolver<Maybe<ResolversTypes['PracticalProject']>, ParentType, ContextType, RequireFields<QueryPracticalProjectArgs, 'id'>>;
  practicalProjects?: Resolver<ResolversTypes['PracticalProjectConnection'], ParentType, ContextType, RequireFields<QueryPracticalProjectsArgs, 'first'>>;
  problem?: Resolver<Maybe<ResolversTypes['Problem']>, ParentType, ContextType, RequireFields<QueryProblemArgs, 'id'>>;
  problemCounts?: Resolver<Array<ResolversTypes['ProblemCount']>, ParentType, ContextType, RequireFields<QueryProblemCountsArgs, 'from' | 'place' | 'to'>>;
  problems?: Resolver<ResolversTypes['PublicProblemConnection'], ParentType, ContextType, RequireFields<QueryProblemsArgs, 'first'>>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType, RequireFields<QuerySubdistrictArgs, 'id'>>;
};

export type ResponsiblePartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibleParty'] = ResolversParentTypes['ResponsibleParty']> = {
  __resolveType: TypeResolveFn<'PartyBranch' | 'PropertyCompany' | 'Unit' | 'VolunteerTeam', ParentType, ContextType>;
};

export type SecretaryBackgroundCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecretaryBackgroundCount'] = ResolversParentTypes['SecretaryBackgroundCount']> = {
  background?: Resolver<ResolversTypes['SecretaryBackground'], ParentType, ContextType>;
  secretaries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict'], FederationReferenceType extends FederationReferenceTypes['Subdistrict'] = FederationReferenceTypes['Subdistrict']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subdistrict']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  communityPage?: Resolver<ResolversTypes['CommunityConnection'], ParentType, ContextType, RequireFields<SubdistrictCommunityPageArgs, 'first'>>;
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  estateIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubdistrictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyFigures?: Resolver<ResolversTypes['PartyFigures'], ParentType, ContextType>;
  partyMonthly?: Resolver<Array<ResolversTypes['PartyMonthFigures']>, ParentType, ContextType, RequireFields<SubdistrictPartyMonthlyArgs, 'from' | 'to'>>;
};

export type SubdistrictConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubdistrictConnection'] = ResolversParentTypes['SubdistrictConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubdistrictEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubdistrictEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubdistrictEdge'] = ResolversParentTypes['SubdistrictEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
};

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedProblems?: Resolver<Maybe<ResolversTypes['ProblemConnection']>, ParentType, ContextType, RequireFields<UnitAssignedProblemsArgs, 'first'>>;
  evaluations?: Resolver<Maybe<ResolversTypes['EvaluationRecordConnection']>, ParentType, ContextType, RequireFields<UnitEvaluationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VolunteerTeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam'], FederationReferenceType extends FederationReferenceTypes['VolunteerTeam'] = FederationReferenceTypes['VolunteerTeam']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedProblems?: Resolver<Maybe<ResolversTypes['ProblemConnection']>, ParentType, ContextType, RequireFields<VolunteerTeamAssignedProblemsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AnswerTime?: AnswerTimeResolvers<ContextType>;
  AspirationIndex?: AspirationIndexResolvers<ContextType>;
  BranchStageTransition?: BranchStageTransitionResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityConnection?: CommunityConnectionResolvers<ContextType>;
  CommunityEdge?: CommunityEdgeResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  DeliberationMeeting?: DeliberationMeetingResolvers<ContextType>;
  DeliberationMeetingConnection?: DeliberationMeetingConnectionResolvers<ContextType>;
  DeliberationMeetingEdge?: DeliberationMeetingEdgeResolvers<ContextType>;
  DeliberationParticipant?: DeliberationParticipantResolvers<ContextType>;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  DisputeParty?: DisputePartyResolvers<ContextType>;
  DisputeTransition?: DisputeTransitionResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  EstateConnection?: EstateConnectionResolvers<ContextType>;
  EstateEdge?: EstateEdgeResolvers<ContextType>;
  EvaluationRecord?: EvaluationRecordResolvers<ContextType>;
  EvaluationRecordConnection?: EvaluationRecordConnectionResolvers<ContextType>;
  EvaluationRecordEdge?: EvaluationRecordEdgeResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Fraction?: FractionResolvers<ContextType>;
  GridLeaderPost?: GridLeaderPostResolvers<ContextType>;
  HouseRule?: HouseRuleResolvers<ContextType>;
  HouseRuleBallot?: HouseRuleBallotResolvers<ContextType>;
  HouseRuleConnection?: HouseRuleConnectionResolvers<ContextType>;
  HouseRuleEdge?: HouseRuleEdgeResolvers<ContextType>;
  HouseRuleTransition?: HouseRuleTransitionResolvers<ContextType>;
  LivingRoom?: LivingRoomResolvers<ContextType>;
  MediationSession?: MediationSessionResolvers<ContextType>;
  MediationSessionConnection?: MediationSessionConnectionResolvers<ContextType>;
  MediationSessionEdge?: MediationSessionEdgeResolvers<ContextType>;
  Mediator?: MediatorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyBranch?: PartyBranchResolvers<ContextType>;
  PartyFigures?: PartyFiguresResolvers<ContextType>;
  PartyMember?: PartyMemberResolvers<ContextType>;
  PartyMemberConnection?: PartyMemberConnectionResolvers<ContextType>;
  PartyMemberEdge?: PartyMemberEdgeResolvers<ContextType>;
  PartyMemberStar?: PartyMemberStarResolvers<ContextType>;
  PartyMemberStarRule?: PartyMemberStarRuleResolvers<ContextType>;
  PartyMonthFigures?: PartyMonthFiguresResolvers<ContextType>;
  PracticalProject?: PracticalProjectResolvers<ContextType>;
  PracticalProjectConnection?: PracticalProjectConnectionResolvers<ContextType>;
  PracticalProjectEdge?: PracticalProjectEdgeResolvers<ContextType>;
  PracticalProjectTransition?: PracticalProjectTransitionResolvers<ContextType>;
  Problem?: ProblemResolvers<ContextType>;
  ProblemConnection?: ProblemConnectionResolvers<ContextType>;
  ProblemCount?: ProblemCountResolvers<ContextType>;
  ProblemEdge?: ProblemEdgeResolvers<ContextType>;
  ProblemRoutingRule?: ProblemRoutingRuleResolvers<ContextType>;
  ProblemTransition?: ProblemTransitionResolvers<ContextType>;
  ProblemTransitionConnection?: ProblemTransitionConnectionResolvers<ContextType>;
  ProblemTransitionEdge?: ProblemTransitionEdgeResolvers<ContextType>;
  PropertyCompany?: PropertyCompanyResolvers<ContextType>;
  PublicProblem?: PublicProblemResolvers<ContextType>;
  PublicProblemConnection?: PublicProblemConnectionResolvers<ContextType>;
  PublicProblemEdge?: PublicProblemEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponsibleParty?: ResponsiblePartyResolvers<ContextType>;
  SecretaryBackgroundCount?: SecretaryBackgroundCountResolvers<ContextType>;
  Subdistrict?: SubdistrictResolvers<ContextType>;
  SubdistrictConnection?: SubdistrictConnectionResolvers<ContextType>;
  SubdistrictEdge?: SubdistrictEdgeResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  VolunteerTeam?: VolunteerTeamResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  rule?: RuleDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
};
