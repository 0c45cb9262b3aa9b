import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EstateRef, PartyMemberRef, SharedResourceRef, VolunteerTeamRow, VolunteerRow, ActivityRow, SignUpRow, ServiceHourEntryRow, StarThresholdRow, ServicePostRow, PostClaimRow, PostClaimEventRow, NeighborhoodCenterRef, RedProxyItemRow, RedProxyEventRow, RedProxyFeedbackRow, TeamMembershipRow } from '../db/schema';
import type { PlaceRef, VolunteerFiguresRow, VolunteerMonthRow } from '../overview/overview.repository';
import type { TeamMonthHoursRow } from '../aggregates/aggregates.repository';
import type { CalendarFeedView, Connection } from '@linli/service-kit';
import type { ReportRow } from '../hours/hours.repository';
import type { RedProxyRequestView, ConfirmationWindow } from '../redproxy/redproxy.repository';
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

/**
 * 志愿活动 — an activity a volunteer team holds for one estate, with a capacity and a waitlist.
 * Public: anyone may read it; the names of those who signed up are for signed-in callers.
 */
export type Activity = {
  __typename?: 'Activity';
  /** 名额 — how many people can take part (1 to 10000); sign-ups beyond it wait. */
  capacity: Scalars['Int']['output'];
  /** 结束时间 — when it ends (ISO 8601 timestamp, UTC); after it starts. */
  endsAt: Scalars['String']['output'];
  /** 小区 — the estate it is held for. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 活动类型 — what it offers. */
  kind: ActivityKind;
  /**
   * 活动地点 — the shared resource (共享资源) of an embedded unit it is held at, or null when it is
   * held elsewhere.
   */
  place?: Maybe<SharedResource>;
  /**
   * 报名 — the live sign-ups (not cancelled) in the order they arrived: the waitlist is in the order
   * places will be offered. At most 100 a page. Signed-in callers only. Refused to the anonymous public with UNAUTHENTICATED: null on this field alone, its parent kept.
   */
  signUps?: Maybe<ActivitySignUpConnection>;
  /** 已报名 — how many people hold a place (SIGNED_UP or CHECKED_IN). */
  signedUpCount: Scalars['Int']['output'];
  /** 开始时间 — when it starts (ISO 8601 timestamp, UTC). */
  startsAt: Scalars['String']['output'];
  /** 志愿者队伍 — the team that holds it. */
  team: VolunteerTeam;
  /** 标题 — e.g. 重阳节义剪进小区. A phone or ID number typed into it is masked (139****1234) for every reader. */
  title: Scalars['String']['output'];
  /** 候补 — how many people are waiting for a place. */
  waitlistCount: Scalars['Int']['output'];
};


/**
 * 志愿活动 — an activity a volunteer team holds for one estate, with a capacity and a waitlist.
 * Public: anyone may read it; the names of those who signed up are for signed-in callers.
 */
export type ActivitySignUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities of this page with their cursors. */
  edges: Array<ActivityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many activities the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One activity in a page, with the cursor that points at it. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque position of this activity in the list. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** 活动类型 — what an activity offers. */
export type ActivityKind =
  /** 环境整治 — cleaning up the estate's shared spaces. */
  | 'CLEAN_UP'
  /** 义诊 — free clinics: health checks and advice by medical volunteers. */
  | 'FREE_CLINIC'
  /** 义剪 — free haircuts. */
  | 'FREE_HAIRCUT'
  /** 义修 — free repairs of household appliances and bicycles. */
  | 'FREE_REPAIR'
  /** 法律咨询 — free legal advice. */
  | 'LEGAL_ADVICE'
  /** 其他 — any other kind of activity. */
  | 'OTHER';

/** 活动报名 — one person's sign-up for an activity. */
export type ActivitySignUp = {
  __typename?: 'ActivitySignUp';
  /** 志愿活动 — the activity. */
  activity: Activity;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 报名时间 — when it was made (ISO 8601 timestamp, UTC). */
  signedUpAt: Scalars['String']['output'];
  /** 报名状态 — where it stands. */
  state: ActivitySignUpState;
  /** 志愿者 — who signed up. */
  volunteer: Volunteer;
};

/** A page of sign-ups. */
export type ActivitySignUpConnection = {
  __typename?: 'ActivitySignUpConnection';
  /** The sign-ups of this page with their cursors. */
  edges: Array<ActivitySignUpEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many sign-ups the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One sign-up in a page, with the cursor that points at it. */
export type ActivitySignUpEdge = {
  __typename?: 'ActivitySignUpEdge';
  /** Opaque position of this sign-up in the list. */
  cursor: Scalars['String']['output'];
  /** The sign-up. */
  node: ActivitySignUp;
};

/** Names one sign-up. */
export type ActivitySignUpRefInput = {
  /** The sign-up. */
  signUpId: Scalars['ID']['input'];
};

/** 报名状态 — where a sign-up stands. */
export type ActivitySignUpState =
  /** 已取消 — cancelled by the person or by the team. */
  | 'CANCELLED'
  /** 已签到 — took part; their service hours are recorded. */
  | 'CHECKED_IN'
  /** 已报名 — holds a place. */
  | 'SIGNED_UP'
  /** 候补 — waits for a place; the first waiting is promoted when a place frees up. */
  | 'WAITLISTED';

/** 加入队伍 — which team, which volunteer, in what role. */
export type AddTeamMemberInput = {
  /** 入队日期 — YYYY-MM-DD; today in the county (Asia/Shanghai) when omitted. */
  joinedOn?: InputMaybe<Scalars['String']['input']>;
  /**
   * 党员 — the party registry's id of the member, who must be registered as a volunteer; give this or
   * `volunteerId`.
   */
  partyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 队内角色 — MEMBER unless given. */
  role?: InputMaybe<TeamRole>;
  /** 志愿者队伍 — the team. */
  teamId: Scalars['ID']['input'];
  /** 志愿者 — the registered volunteer; give this or `partyMemberId`. */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** 审核岗位认领 — which claim, and where it moves. */
export type AdvanceServicePostClaimInput = {
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /**
   * 分钟 — the minutes served, 1 to 1440: required to complete a claim of a flexible or open-ended
   * post, not allowed otherwise (a fixed shift counts its own length).
   */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** The state to move it to: ACCEPTED, REJECTED, COMPLETED or NOT_COMPLETED. */
  to: PostClaimState;
};

/** 派单, 改派 — which request, team and volunteer. */
export type AssignRedProxyRequestInput = {
  /** The request. */
  requestId: Scalars['ID']['input'];
  /** 志愿者队伍 — the team taking it: a lead names their own team; it must serve the request's estate. */
  teamId: Scalars['ID']['input'];
  /** 志愿者 — the registered volunteer who will handle it. */
  volunteerId: Scalars['ID']['input'];
};

/** 调整队内角色 — which membership, and the new role. */
export type ChangeTeamMemberRoleInput = {
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The membership. */
  membershipId: Scalars['ID']['input'];
  /** 队内角色 — the new role. */
  role: TeamRole;
};

/** 认领岗位 — which post. */
export type ClaimServicePostInput = {
  /**
   * 党员 — for a claim made for someone else (team lead or administrator only): the party member,
   * registered as a volunteer, who will serve. Omit it to claim for yourself.
   */
  partyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** The post. */
  postId: Scalars['ID']['input'];
};

/**
 * 社区 — a community of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type Community = {
  __typename?: 'Community';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 志愿服务 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  volunteerFigures?: Maybe<VolunteerFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  volunteerMonthly?: Maybe<Array<VolunteerMonthFigures>>;
};


/**
 * 社区 — a community of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type CommunityVolunteerMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 审核结果 — a lead's decision on a correction. */
export type CorrectionDecision =
  /** 通过 — the correction's minutes count from now on. */
  | 'APPROVED'
  /** 驳回 — the correction counts for nothing. */
  | 'REJECTED';

/** 更正状态 — where a correction stands. */
export type CorrectionStatus =
  /** 已通过 — approved: its minutes replace those of the entry it corrects. */
  | 'APPROVED'
  /** 待审核 — waiting for a lead's decision; counts for nothing yet. */
  | 'PENDING'
  /** 已驳回 — rejected: counts for nothing. */
  | 'REJECTED';

/**
 * 县 — a county of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type County = {
  __typename?: 'County';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 志愿服务 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  volunteerFigures?: Maybe<VolunteerFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  volunteerMonthly?: Maybe<Array<VolunteerMonthFigures>>;
};


/**
 * 县 — a county of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type CountyVolunteerMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 发布志愿活动 — a new activity. */
export type CreateActivityInput = {
  /** 名额 — 1 to 10000. */
  capacity: Scalars['Int']['input'];
  /** 结束时间 — an ISO 8601 timestamp with a time zone, after `startsAt` and at most 24 hours later. */
  endsAt: Scalars['String']['input'];
  /** 小区 — the estate it is for; one the team serves. */
  estateId: Scalars['ID']['input'];
  /** 活动类型 — what it offers. */
  kind: ActivityKind;
  /** 活动地点 — the id of the shared resource (共享资源) it is held at, if any. */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** 开始时间 — an ISO 8601 timestamp with a time zone. */
  startsAt: Scalars['String']['input'];
  /** 志愿者队伍 — the team that holds it; a lead may name only their own team. */
  teamId: Scalars['ID']['input'];
  /** 标题 — 1 to 100 characters (surrounding spaces are dropped). */
  title: Scalars['String']['input'];
};

/** 设置服务岗位 — a new service post. */
export type CreateServicePostInput = {
  /** 名额 — 1 to 1000. */
  capacity: Scalars['Int']['input'];
  /** 小区 — the estate it serves; one the team serves. */
  estateId: Scalars['ID']['input'];
  /** 岗位类型 — which of the five posts. */
  kind: ServicePostKind;
  /** 时间安排 — fixed shift, flexible or open-ended. */
  schedule: ServicePostSchedule;
  /** 班次结束 — required for FIXED_SHIFT, after its start and at most 24 hours later; absent otherwise. */
  shiftEndsAt?: InputMaybe<Scalars['String']['input']>;
  /** 班次开始 — required for FIXED_SHIFT (ISO 8601 timestamp with a time zone), absent otherwise. */
  shiftStartsAt?: InputMaybe<Scalars['String']['input']>;
  /** 志愿者队伍 — the team that sets it up; a lead may name only their own team. */
  teamId: Scalars['ID']['input'];
  /** 名称 — 1 to 100 characters (surrounding spaces are dropped). */
  title: Scalars['String']['input'];
};

/** 活动日历订阅 — which team's activities a new feed shows. */
export type CreateTeamCalendarInput = {
  /** 志愿者队伍 — the team. */
  teamId: Scalars['ID']['input'];
};

/** 审核时长更正 — which correction, and the decision. */
export type DecideServiceHourCorrectionInput = {
  /** The correction entry. */
  correctionId: Scalars['ID']['input'];
  /** The decision. */
  decision: CorrectionDecision;
};

/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type Estate = {
  __typename?: 'Estate';
  /**
   * 志愿活动 — the activities held for this estate, the earliest first; at most 100 a page. Null,
   * with an error, only while the volunteer service cannot be reached.
   */
  activities?: Maybe<ActivityConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 代办申请 — the red proxy requests of this estate the caller may read (their own as requester, those
   * assigned to them, all of them for a lead of a team serving the estate or an administrator), the
   * most recent first; at most 100 a page. Signed-in callers only. Null, with an error, only while the
   * volunteer service cannot be reached.
   */
  redProxyRequests?: Maybe<RedProxyRequestConnection>;
  /**
   * 服务岗位 — the service posts set up in this estate, the most recent first; at most 100 a page.
   * Null, with an error, only while the volunteer service cannot be reached.
   */
  servicePosts?: Maybe<ServicePostConnection>;
  /**
   * 志愿服务 — this agency's figures of the estate. Null, with an error, only while this agency's service
   * cannot be reached.
   */
  volunteerFigures?: Maybe<VolunteerFigures>;
  /** This agency's figures of the estate month by month (`from`/`to` as `YYYY-MM`, at most 36 months). */
  volunteerMonthly?: Maybe<Array<VolunteerMonthFigures>>;
  /**
   * 小区党员志愿者队伍 — the volunteer teams serving this estate, by name; empty where none does yet.
   * Null, with an error, only while the volunteer service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  volunteerTeams?: Maybe<Array<VolunteerTeam>>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateRedProxyRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateServicePostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区 — a residential estate, the unit of governance. Owned by the party registry of places. */
export type EstateVolunteerMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 代办评价 — which request, which side, what feedback. */
export type LeaveRedProxyFeedbackInput = {
  /** The requester's comment (optional) or the volunteer's note (required); 1 to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 评分 — 1 to 5: required from the requester, not allowed from the volunteer. */
  rating?: InputMaybe<Scalars['Int']['input']>;
  /** The request. */
  requestId: Scalars['ID']['input'];
  /** Which side gives it. */
  side: RedProxyFeedbackSide;
};

/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
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
   * 加入队伍 — adds a registered volunteer to a team's roster (队员名册) as LEADER (队长) or MEMBER
   * (队员), from `joinedOn` (today in the county when omitted); the volunteer is named by their id or,
   * for a party member (党员), by the member's id. Allowed to the team's own lead (志愿者队长) and to
   * the volunteer services' administrators; anyone else is refused (UNAUTHENTICATED when not signed
   * in, FORBIDDEN otherwise; NOT_FOUND when no team or no volunteer has that id, or the member is not
   * registered as a volunteer). A volunteer who is
   * already a current member of the team is refused with CONFLICT; one who left may join again, and
   * their earlier membership stays in the history. Invalid input is refused with BAD_USER_INPUT
   * naming the field, and nothing is stored. Recorded in the audit log.
   */
  addTeamMember?: Maybe<TeamMembership>;
  /**
   * 审核岗位认领 — moves a claim along: CLAIMED → ACCEPTED or REJECTED, ACCEPTED → COMPLETED or
   * NOT_COMPLETED. COMPLETED records the service hours (the fixed shift's length, or the `minutes`
   * given for another schedule) as an append-only entry. Allowed to the lead of the post's team and
   * to the volunteer services' administrators; any other move is refused with INVALID_TRANSITION and
   * nothing changes. Every move is kept in the claim's history. Recorded in the audit log.
   */
  advanceServicePostClaim?: Maybe<PostClaim>;
  /**
   * 派单 — REQUESTED → ASSIGNED: a lead gives the request to a registered volunteer on behalf of their
   * team, which must serve the request's estate; a volunteer administrator may name any such team.
   * Any other move is refused with INVALID_TRANSITION and nothing changes. Recorded in the audit log.
   */
  assignRedProxyRequest?: Maybe<RedProxyRequest>;
  /**
   * 取消报名 — cancels a sign-up (SIGNED_UP or WAITLISTED → CANCELLED). Allowed to the person who
   * signed up, to the lead of the activity's team and to the volunteer services' administrators.
   * When a SIGNED_UP place frees up, the first person waiting is promoted to SIGNED_UP in the same
   * transaction. Any other state is refused with INVALID_TRANSITION and nothing changes. Recorded in
   * the audit log.
   */
  cancelActivitySignUp?: Maybe<ActivitySignUp>;
  /**
   * 撤销代办 — REQUESTED or ASSIGNED → CANCELLED: by the requester, a lead of a team serving the estate,
   * or a volunteer administrator. Recorded in the audit log.
   */
  cancelRedProxyRequest?: Maybe<RedProxyRequest>;
  /**
   * 调整队内角色 — makes a current member a LEADER or a MEMBER. Allowed to the lead of the member's
   * team and to the volunteer services' administrators. A membership that has ended is refused with
   * INVALID_TRANSITION, the role the member already has with BAD_USER_INPUT, a stale
   * `expectedVersion` with CONFLICT, and nothing changes.
   * Recorded in the audit log (with the role before and after).
   */
  changeTeamMemberRole?: Maybe<TeamMembership>;
  /**
   * 活动签到 — checks a SIGNED_UP person in at the activity (→ CHECKED_IN) and records their service
   * hours (the activity's length) as an append-only entry. Allowed to the lead of the activity's
   * team and to the volunteer services' administrators; any other state is refused with
   * INVALID_TRANSITION and nothing changes. Recorded in the audit log.
   */
  checkInActivitySignUp?: Maybe<ActivitySignUp>;
  /**
   * 认领岗位 — the signed-in party member claims a post of their own estate (resident of that estate,
   * registered as a volunteer who is a party member); or, with `partyMemberId`, the lead of the
   * post's team or a volunteer administrator claims it for a registered member (代认领). A full post,
   * a second live claim of the same post, or a fixed shift overlapping another live claim of the
   * member is refused with CONFLICT; a caller not registered as a party-member volunteer with
   * FORBIDDEN, a member not registered as a volunteer with NOT_FOUND. Recorded in the audit log.
   */
  claimServicePost?: Maybe<PostClaim>;
  /**
   * 逾期未确认办结 — AWAITING_CONFIRMATION → COMPLETED without the requester: once the published
   * confirmation window (`redProxyConfirmationWindowHours`) has passed since the volunteer reported it
   * done (`confirmBy`), the lead of the assigned team or a volunteer administrator closes it; the history
   * records the move with reason CONFIRMATION_WINDOW_PASSED, and the requester may still leave their
   * rating. Before the window ends, or in any other state, INVALID_TRANSITION and nothing changes.
   * Recorded in the audit log.
   */
  closeUnconfirmedRedProxyRequest?: Maybe<RedProxyRequest>;
  /**
   * 确认办结 — AWAITING_CONFIRMATION → COMPLETED: the requester confirms; for a request filed at the desk,
   * the lead of the assigned team or a volunteer administrator confirms for them. Recorded in the audit log.
   */
  confirmRedProxyDone?: Maybe<RedProxyRequest>;
  /**
   * 发布志愿活动 — a team announces an activity (义剪, 义诊 …) in an estate it serves. Allowed to the
   * team's own lead (志愿者队长) and to the volunteer services' administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no team has that id).
   * An estate the team does not serve is refused with BAD_USER_INPUT on `estateId`; any other invalid
   * input with BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  createActivity?: Maybe<Activity>;
  /**
   * 设置服务岗位 — a team sets up a service post in an estate it serves. Allowed to the team's own lead
   * and to the volunteer services' administrators; anyone else is refused (UNAUTHENTICATED,
   * FORBIDDEN; NOT_FOUND when no team has that id). Invalid input (a fixed shift without its time
   * range, a time range on another schedule, an estate the team does not serve …) is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  createServicePost?: Maybe<ServicePost>;
  /**
   * 活动日历订阅 — a secret iCal address (`path`, at the gateway) of a volunteer team's activities,
   * for a calendar app: from 90 days back, times in China time (Asia/Shanghai), showing only what
   * anyone may read of an activity (title, kind, estate), since whoever holds the address reads it.
   * Allowed to the team's own lead (志愿者队长) and the volunteer services' administrators; anyone
   * else is refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no
   * team has that id). Recorded in the audit log.
   */
  createTeamCalendar?: Maybe<TeamCalendar>;
  /**
   * 审核时长更正 — approves or rejects a pending correction, once. Allowed to the lead of the entry's
   * team and to the volunteer services' administrators, but never to whoever requested it (FORBIDDEN);
   * a correction already decided is refused with INVALID_TRANSITION. Recorded in the audit log.
   */
  decideServiceHourCorrection?: Maybe<ServiceHourEntry>;
  /**
   * 代办评价 — feedback, once from each side: the requester rates a COMPLETED request (1–5, with an
   * optional comment; for a request filed at the desk the lead of the assigned team or an administrator
   * records it); the assigned volunteer (or that lead, or an administrator) leaves a note once the
   * request is AWAITING_CONFIRMATION or COMPLETED. A second feedback from the same side is refused with
   * CONFLICT, feedback before its time with INVALID_TRANSITION. Recorded in the audit log.
   */
  leaveRedProxyFeedback?: Maybe<RedProxyRequest>;
  /**
   * 办结 — ASSIGNED → AWAITING_CONFIRMATION: the assigned volunteer (or the lead of the assigned team,
   * or a volunteer administrator) reports it done. Recorded in the audit log.
   */
  markRedProxyDone?: Maybe<RedProxyRequest>;
  /**
   * 发布确认期限 — publishes a new confirmation window. It applies to requests reported done from now on;
   * a request already reported done keeps the deadline it was given (`confirmBy`). Allowed to the
   * volunteer services' administrators only. Hours outside 0 to 720 are refused with BAD_USER_INPUT and
   * nothing is stored. Every published window is kept. Recorded in the audit log.
   */
  publishRedProxyConfirmationWindow?: Maybe<RedProxyConfirmationWindow>;
  /**
   * 改派 — ASSIGNED → ASSIGNED: the lead of the team the request is assigned through gives it to another
   * registered volunteer, of their own team or through another team they lead that serves the request's
   * estate; a volunteer administrator may name any such team. The due time stays. The history records
   * the move with the new team and volunteer (reason REASSIGNED). A request in any other state is
   * refused with INVALID_TRANSITION, the assignee it already has with BAD_USER_INPUT, and nothing
   * changes. Recorded in the audit log.
   */
  reassignRedProxyRequest?: Maybe<RedProxyRequest>;
  /**
   * 登记志愿者 — registers a volunteer (志愿者), or updates the registration of the same sign-in
   * subject: their name, and the party member (党员) they are when they are one. Allowed to the
   * volunteer services' administrators; anyone else is refused (UNAUTHENTICATED when not signed in,
   * FORBIDDEN otherwise). A party member already registered under another subject is refused with
   * CONFLICT. Invalid input is refused with BAD_USER_INPUT naming the field, and nothing is stored.
   * Recorded in the audit log.
   */
  registerVolunteer?: Maybe<Volunteer>;
  /**
   * 退出队伍 — ends a current membership on `leftOn` (today in the county when omitted): the member leaves the
   * roster but the membership is kept, with its dates, in the team's history; nothing is deleted.
   * Allowed to the lead of the member's team and to the volunteer services' administrators. A
   * membership that has already ended is refused with INVALID_TRANSITION; a `leftOn` before the
   * joining date with BAD_USER_INPUT, and nothing changes. Recorded in the audit log.
   */
  removeTeamMember?: Maybe<TeamMembership>;
  /**
   * 申请红色代办 — a resident asks the desk to handle a catalogue item for them in their own estate;
   * they are its requester. With `onBehalfOfResident`, a lead of a team serving the estate or a volunteer
   * administrator files it at the desk for a resident who came in person (代为登记): such a request has no
   * requester sign-in, and the lead or administrator confirms it and leaves the requester's feedback.
   * An estate the caller may not file for is refused with FORBIDDEN, an unknown item with NOT_FOUND.
   * Recorded in the audit log.
   */
  requestRedProxy?: Maybe<RedProxyRequest>;
  /**
   * 申请更正服务时长 — asks to correct the minutes of a recorded entry. Entries are never edited in
   * place: the request is a new entry, PENDING until a lead decides, and counts only once
   * APPROVED. Allowed to the volunteer whose entry it is, to the lead of the entry's team and to the
   * volunteer services' administrators; anyone else is refused (UNAUTHENTICATED, FORBIDDEN;
   * NOT_FOUND when no entry has that id). A correction of a correction is refused with CONFLICT.
   * Several requests may wait at once; each is decided on its own, and the latest approved one
   * counts. Recorded in the audit log.
   */
  requestServiceHourCorrection?: Maybe<ServiceHourEntry>;
  /**
   * 撤销活动日历订阅 — revokes a team calendar's address: from then on it answers 410 Gone. Allowed
   * to those who may create it; anyone else is refused (UNAUTHENTICATED, FORBIDDEN; NOT_FOUND when
   * no calendar has that id). One revoked already: INVALID_TRANSITION. Recorded in the audit log.
   */
  revokeTeamCalendar?: Maybe<TeamCalendar>;
  /**
   * 活动报名 — the signed-in resident signs themselves up for an activity of their own estate
   * (resident of that estate); or, with `walkIn`, the lead of the activity's team or a volunteer
   * administrator signs up a person who came in person (现场代报名) under the name given. Within
   * capacity the sign-up is SIGNED_UP, beyond it WAITLISTED, in the order the sign-ups arrive, even
   * when they arrive together. A second live sign-up of the same person is refused with CONFLICT;
   * anyone else is refused (UNAUTHENTICATED, FORBIDDEN; NOT_FOUND when no activity has that id).
   * Recorded in the audit log.
   */
  signUpForActivity?: Maybe<ActivitySignUp>;
  /**
   * 更新志愿者队伍 — renames a volunteer team (志愿者队伍). Allowed to the team's own lead
   * (志愿者队长) and to the volunteer services' administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no team has that
   * id). Invalid input is refused with BAD_USER_INPUT naming the field, and nothing is stored.
   * Recorded in the audit log.
   */
  updateVolunteerTeam?: Maybe<VolunteerTeam>;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAdvanceServicePostClaimArgs = {
  input: AdvanceServicePostClaimInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAssignRedProxyRequestArgs = {
  input: AssignRedProxyRequestInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCancelActivitySignUpArgs = {
  input: ActivitySignUpRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCancelRedProxyRequestArgs = {
  input: RedProxyRequestRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationChangeTeamMemberRoleArgs = {
  input: ChangeTeamMemberRoleInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCheckInActivitySignUpArgs = {
  input: ActivitySignUpRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationClaimServicePostArgs = {
  input: ClaimServicePostInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCloseUnconfirmedRedProxyRequestArgs = {
  input: RedProxyRequestRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationConfirmRedProxyDoneArgs = {
  input: RedProxyRequestRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateServicePostArgs = {
  input: CreateServicePostInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateTeamCalendarArgs = {
  input: CreateTeamCalendarInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationDecideServiceHourCorrectionArgs = {
  input: DecideServiceHourCorrectionInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationLeaveRedProxyFeedbackArgs = {
  input: LeaveRedProxyFeedbackInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationMarkRedProxyDoneArgs = {
  input: RedProxyRequestRefInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationPublishRedProxyConfirmationWindowArgs = {
  input: PublishRedProxyConfirmationWindowInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationReassignRedProxyRequestArgs = {
  input: AssignRedProxyRequestInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRemoveTeamMemberArgs = {
  input: RemoveTeamMemberInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRequestRedProxyArgs = {
  input: RequestRedProxyInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRequestServiceHourCorrectionArgs = {
  input: RequestServiceHourCorrectionInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRevokeTeamCalendarArgs = {
  input: RevokeTeamCalendarInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationSignUpForActivityArgs = {
  input: SignUpForActivityInput;
};


/**
 * Changes to the volunteer services' data (志愿服务). Every field names the @rule that decides who may
 * use it, and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdateVolunteerTeamArgs = {
  input: UpdateVolunteerTeamInput;
};

/** 邻里中心 — a neighbourhood center (owned by the units subgraph), known here by its key. */
export type NeighborhoodCenter = {
  __typename?: 'NeighborhoodCenter';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};

/** Where a page of a cursor connection ends (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; pass `endCursor` as `after` to read it. */
  hasNextPage?: Maybe<Scalars['Boolean']['output']>;
};

/**
 * 党员 — a party member of the party registry (owned by the party subgraph); the volunteer services
 * add the member's service hours, claimed posts and stars.
 */
export type PartyMember = {
  __typename?: 'PartyMember';
  /**
   * 认领的岗位 — the member's post claims, the most recent first; at most 100 a page. Null, with an
   * error, only while the volunteer service cannot be reached. Signed-in callers only.
   */
  claimedPosts?: Maybe<PostClaimConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 服务时长 — the member's approved volunteer service hours; zero when they have none. Null, with an
   * error, only while the volunteer service cannot be reached. Signed-in callers only.
   */
  serviceHours?: Maybe<ServiceHoursSummary>;
  /** 志愿之星 — the star levels the member's approved hours reach, lowest first. Signed-in callers only. */
  stars?: Maybe<Array<StarThreshold>>;
};


/**
 * 党员 — a party member of the party registry (owned by the party subgraph); the volunteer services
 * add the member's service hours, claimed posts and stars.
 */
export type PartyMemberClaimedPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 岗位认领 — a party member's claim of a service post. */
export type PostClaim = {
  __typename?: 'PostClaim';
  /** 认领时间 — when it was claimed (ISO 8601 timestamp, UTC). */
  claimedAt: Scalars['String']['output'];
  /** 流转记录 — every move of the claim, the first first; kept unchangeable by the database. */
  history: Array<PostClaimTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 党员 — the party member who claimed it; null (with the party subgraph's refusal) for a caller the
   * party registry does not show members to.
   */
  partyMember?: Maybe<PartyMember>;
  /** 服务岗位 — the post. */
  post: ServicePost;
  /** 认领状态 — where it stands. */
  state: PostClaimState;
  /** 志愿者 — the volunteer who claimed it. */
  volunteer: Volunteer;
};

/** A page of post claims. */
export type PostClaimConnection = {
  __typename?: 'PostClaimConnection';
  /** The claims of this page with their cursors. */
  edges: Array<PostClaimEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many claims the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One claim in a page, with the cursor that points at it. */
export type PostClaimEdge = {
  __typename?: 'PostClaimEdge';
  /** Opaque position of this claim in the list. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: PostClaim;
};

/** 认领状态 — where a claim stands. */
export type PostClaimState =
  /** 已接受 — accepted by the team. */
  | 'ACCEPTED'
  /** 已认领 — claimed, waiting for the team's answer. */
  | 'CLAIMED'
  /** 已完成 — served; the hours are recorded. */
  | 'COMPLETED'
  /** 未完成 — accepted but could not be served. */
  | 'NOT_COMPLETED'
  /** 已拒绝 — rejected by the team. */
  | 'REJECTED';

/** 岗位认领流转 — one move of a claim. */
export type PostClaimTransition = {
  __typename?: 'PostClaimTransition';
  /** Who moved it (the token subject). */
  actor?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601 timestamp, UTC). */
  at: Scalars['String']['output'];
  /** The state before; null for the claim itself. */
  from?: Maybe<PostClaimState>;
  /** The state after. */
  to: PostClaimState;
};

/** 发布确认期限 — the new window. */
export type PublishRedProxyConfirmationWindowInput = {
  /** Hours, 0 to 720. */
  hours: Scalars['Int']['input'];
};

/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type Query = {
  __typename?: 'Query';
  /** 志愿活动 — one volunteer activity by id, or null when there is none. Public. */
  activity?: Maybe<Activity>;
  /** 活动报名 — one sign-up by id, or null when there is none. Signed-in callers only. */
  activitySignUp?: Maybe<ActivitySignUp>;
  /** 岗位认领 — one post claim by id, or null when there is none. Signed-in callers only. */
  postClaim?: Maybe<PostClaim>;
  /**
   * 红色代办目录 — the red proxy desk's catalogue, by category then name; all of it without
   * `category`. A curated list of a few dozen items, so not paged. Public.
   */
  redProxyCatalogue: Array<RedProxyItem>;
  /**
   * 确认期限 — the confirmation window in force: how long a requester has to confirm a request reported
   * done (`RedProxyRequest.confirmBy`); past it, the assigned team's lead or an administrator may close
   * the request without them (`closeUnconfirmedRedProxyRequest`). Public.
   */
  redProxyConfirmationWindow: RedProxyConfirmationWindow;
  /**
   * 代办申请 — one red proxy request by id, or null when there is none or the caller may not read it:
   * only its requester, the volunteer it is assigned to, the leads of the teams serving its estate and
   * the volunteer services' administrators may. Signed-in callers only.
   */
  redProxyRequest?: Maybe<RedProxyRequest>;
  /** 服务时长记录 — one service-hour entry by id, or null when there is none. Signed-in callers only. */
  serviceHourEntry?: Maybe<ServiceHourEntry>;
  /**
   * 服务时长统计 — the approved service hours served for a place's estates from `from` to `to` (both
   * `YYYY-MM-DD`, at most 366 days), summed in SQL on every read by team and month (corrections
   * applied, as every total): one row for each team and month with hours. Public as aggregates only:
   * no row names a person or gives one person's hours. `place` is a place key (`County:<id>`,
   * `Subdistrict:<id>`, `Community:<id>`, `Estate:<id>`); a malformed key or range is refused with
   * BAD_USER_INPUT naming the argument, a key naming no place with NOT_FOUND.
   */
  serviceHoursByTeam: Array<TeamMonthHours>;
  /**
   * 服务时长统计 — approved service hours summed by person, team, estate or month (computed in SQL),
   * optionally only those of one team or one estate and within a range of months; ordered by the
   * grouping key, at most 100 a page. Only approved minutes count: each entry's own minutes, or
   * those of its latest approved correction. Signed-in callers only. Refused to the anonymous public with UNAUTHENTICATED: null on this field alone, its parent kept.
   */
  serviceHoursReport?: Maybe<ServiceHoursReportConnection>;
  /** 服务岗位 — one service post by id, or null when there is none. Public. */
  servicePost?: Maybe<ServicePost>;
  /** 志愿之星评定标准 — the published thresholds of approved hours for each star level, lowest first. Public. */
  starThresholds: Array<StarThreshold>;
  /** 志愿者 — one volunteer by id, or null when there is none. Signed-in callers only. */
  volunteer?: Maybe<Volunteer>;
  /** 小区党员志愿者队伍 — one volunteer team by id, or null when there is none. */
  volunteerTeam?: Maybe<VolunteerTeam>;
  /**
   * 小区党员志愿者队伍 — volunteer teams ordered by name, optionally only those serving one estate; at most
   * 100 a page.
   */
  volunteerTeams: VolunteerTeamConnection;
  /**
   * 志愿者 — volunteers, the most recently registered first; at most 100 a page. Signed-in callers only.
   * Refused to the anonymous public with UNAUTHENTICATED: null on this field alone, its parent kept.
   */
  volunteers?: Maybe<VolunteerConnection>;
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryActivitySignUpArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryPostClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryRedProxyCatalogueArgs = {
  category?: InputMaybe<RedProxyCategory>;
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryRedProxyRequestArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryServiceHourEntryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryServiceHoursByTeamArgs = {
  from: Scalars['String']['input'];
  place: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryServiceHoursReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  groupBy: ServiceHoursGrouping;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryServicePostArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The volunteer services' part of the graph (志愿服务): estate party-member volunteer teams and the
 * estates they serve. Other agencies add their fields to these entities by key.
 */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 红色代办类别 — the four categories of the red proxy desk. */
export type RedProxyCategory =
  /** 法律援助 — legal aid (法律咨询预约 …). */
  | 'LEGAL_AID'
  /** 生活服务 — life services (代缴水电费 …). */
  | 'LIFE_SERVICE'
  /** 党务 — party affairs (党组织关系转接 …). */
  | 'PARTY_AFFAIRS'
  /** 志愿服务 — volunteer services (志愿者招募登记 …). */
  | 'VOLUNTEER_SERVICE';

/**
 * 确认期限 — the window a requester has to confirm a red proxy request reported done. The volunteer
 * services publish it; until they first do, it is 72 hours.
 */
export type RedProxyConfirmationWindow = {
  __typename?: 'RedProxyConfirmationWindow';
  /** The window in hours, 0 to 720 (0: the lead may close a request as soon as it is reported done). */
  hours: Scalars['Int']['output'];
  /** When it was published (ISO 8601 timestamp, UTC); null for the default, never published. */
  publishedAt?: Maybe<Scalars['String']['output']>;
};

/** 代办评价 — one side's feedback on a request. */
export type RedProxyFeedback = {
  __typename?: 'RedProxyFeedback';
  /** When (ISO 8601 timestamp, UTC). */
  at: Scalars['String']['output'];
  /** The requester's comment or the volunteer's note. */
  comment?: Maybe<Scalars['String']['output']>;
  /** 评分 — the requester's rating, 1 to 5; null for the volunteer's note. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** Which side gave it. */
  side: RedProxyFeedbackSide;
};

/** 评价方 — who gives a feedback. */
export type RedProxyFeedbackSide =
  /** 申请人 — the requester: a rating and a comment. */
  | 'REQUESTER'
  /** 志愿者 — the volunteer: a note. */
  | 'VOLUNTEER';

/** 红色代办事项 — an item of the catalogue. Public. */
export type RedProxyItem = {
  __typename?: 'RedProxyItem';
  /** 类别 — which of the four categories. */
  category: RedProxyCategory;
  /** 说明 — what the desk does for it. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 下沉事项 — true for a neighbourhood center's service kind moved down to the living rooms. */
  movedDown: Scalars['Boolean']['output'];
  /** 名称 — e.g. 代缴水电费. */
  name: Scalars['String']['output'];
  /** 邻里中心 — the neighbourhood center it was moved down from, when known. */
  neighborhoodCenter?: Maybe<NeighborhoodCenter>;
  /** 办理时限 — the target completion time in hours; a request not done within it is overdue. */
  targetHours: Scalars['Int']['output'];
};

/**
 * 代办申请 — a resident's request to the red proxy desk. Readable only by its requester, its assigned
 * volunteer, the leads of the teams serving its estate and the volunteer services' administrators.
 */
export type RedProxyRequest = {
  __typename?: 'RedProxyRequest';
  /** 承接队伍 — the team it was assigned through; null until assigned. */
  assignedTeam?: Maybe<VolunteerTeam>;
  /** 承接志愿者 — the volunteer it was assigned to; null until assigned. */
  assignedVolunteer?: Maybe<Volunteer>;
  /**
   * 确认期限 — `doneAt` plus the confirmation window in force then (ISO 8601 timestamp, UTC): until then
   * only the requester's confirmation completes the request; null before it is reported done.
   */
  confirmBy?: Maybe<Scalars['String']['output']>;
  /** 办结时间 — when the volunteer reported it done (ISO 8601 timestamp, UTC); null before. */
  doneAt?: Maybe<Scalars['String']['output']>;
  /** 办理期限 — filed time plus the item's target hours (ISO 8601 timestamp, UTC). */
  dueAt: Scalars['String']['output'];
  /** 小区 — the requester's estate. */
  estate: Estate;
  /** 评价 — the feedback left so far, at most one per side. */
  feedback: Array<RedProxyFeedback>;
  /** 代为登记 — true when a lead or administrator filed it at the desk for a resident. */
  filedOnBehalf: Scalars['Boolean']['output'];
  /** 流转记录 — every move, the first first; kept unchangeable by the database. */
  history: Array<RedProxyTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 代办事项 — the catalogue item. */
  item: RedProxyItem;
  /** 说明 — what the requester asked for (not public). */
  note: Scalars['String']['output'];
  /** 超时 — true when still open (REQUESTED or ASSIGNED) after `dueAt`, or reported done after it. */
  overdue: Scalars['Boolean']['output'];
  /** 申请时间 — when it was filed (ISO 8601 timestamp, UTC). */
  requestedAt: Scalars['String']['output'];
  /** 代办状态 — where it stands. */
  state: RedProxyState;
};

/** A page of red proxy requests. */
export type RedProxyRequestConnection = {
  __typename?: 'RedProxyRequestConnection';
  /** The requests of this page with their cursors. */
  edges: Array<RedProxyRequestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many requests the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One red proxy request in a page, with the cursor that points at it. */
export type RedProxyRequestEdge = {
  __typename?: 'RedProxyRequestEdge';
  /** Opaque position of this request in the list. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: RedProxyRequest;
};

/** Which red proxy request. */
export type RedProxyRequestRefInput = {
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** 代办状态 — where a red proxy request stands. */
export type RedProxyState =
  /** 已派单 — given to a volunteer. */
  | 'ASSIGNED'
  /** 待确认 — done by the volunteer, waiting for the requester's confirmation. */
  | 'AWAITING_CONFIRMATION'
  /** 已撤销 — cancelled before it was done. */
  | 'CANCELLED'
  /** 已办结 — confirmed done. */
  | 'COMPLETED'
  /** 已申请 — filed, not yet taken. */
  | 'REQUESTED';

/** 代办流转 — one move of a red proxy request. */
export type RedProxyTransition = {
  __typename?: 'RedProxyTransition';
  /** Who moved it (the token subject). */
  actor?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601 timestamp, UTC). */
  at: Scalars['String']['output'];
  /** The state before; null for the filing itself. */
  from?: Maybe<RedProxyState>;
  /** Why, when the move was not the plain one its states name; null otherwise. */
  reason?: Maybe<RedProxyTransitionReason>;
  /** 承接队伍 — for a move to ASSIGNED, the team it was given through; null for other moves. */
  team?: Maybe<VolunteerTeam>;
  /** The state after. */
  to: RedProxyState;
  /** 承接志愿者 — for a move to ASSIGNED, the volunteer it was given to; null for other moves. */
  volunteer?: Maybe<Volunteer>;
};

/** 代办流转原因 — why a move of a red proxy request was not the plain one. */
export type RedProxyTransitionReason =
  /** 逾期未确认 — closed as COMPLETED without the requester, after the confirmation window passed. */
  | 'CONFIRMATION_WINDOW_PASSED'
  /** 改派 — given to another volunteer while ASSIGNED. */
  | 'REASSIGNED';

/** 登记志愿者 — who volunteers. */
export type RegisterVolunteerInput = {
  /** 姓名 — 1 to 50 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** 党员 — the party registry's id of the member they are; omit it for a resident who is not one. */
  partyMemberId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The identity provider's subject of their sign-in (1 to 200 characters): a later registration
   * with the same subject updates this one, and their own sign-ups and claims are found by it.
   */
  subject: Scalars['String']['input'];
};

/** 退出队伍 — which membership, and when it ends. */
export type RemoveTeamMemberInput = {
  /** 离队日期 — YYYY-MM-DD, not before the joining date; today in the county (Asia/Shanghai) when omitted. */
  leftOn?: InputMaybe<Scalars['String']['input']>;
  /** The membership. */
  membershipId: Scalars['ID']['input'];
};

/** 申请红色代办 — what to handle, where. */
export type RequestRedProxyInput = {
  /** 小区 — the estate: for a resident, their own. */
  estateId: Scalars['ID']['input'];
  /**
   * An id chosen by the client (a UUID), so that a retried request is not filed twice: a second request
   * with the same id is refused with CONFLICT. Omit it to let the server choose.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The catalogue item. */
  itemId: Scalars['ID']['input'];
  /** 说明 — 1 to 500 characters (surrounding spaces are dropped). */
  note: Scalars['String']['input'];
  /** 代为登记 — true when a lead or administrator files it for a resident who came to the desk. */
  onBehalfOfResident?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 申请更正服务时长 — which entry, and the minutes it should have. */
export type RequestServiceHourCorrectionInput = {
  /** The original entry to correct (not a correction). */
  entryId: Scalars['ID']['input'];
  /** 分钟 — the minutes it should record, 0 to 1440. */
  minutes: Scalars['Int']['input'];
  /** 更正理由 — why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** Which team calendar to revoke. */
export type RevokeTeamCalendarInput = {
  /** The calendar's id. */
  id: Scalars['ID']['input'];
};

/**
 * 服务时长 — one append-only entry of service hours. Nobody can change or delete it (the database
 * refuses); a wrong entry is corrected by a new CORRECTION entry that a lead approves.
 */
export type ServiceHourEntry = {
  __typename?: 'ServiceHourEntry';
  /** 更正状态 — for a correction, where it stands; null for an original entry. */
  correctionStatus?: Maybe<CorrectionStatus>;
  /** 被更正的记录 — for a correction, the entry it corrects; null otherwise. */
  corrects?: Maybe<ServiceHourEntry>;
  /** 小区 — the estate they served. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 分钟 — the minutes this entry records (0 to 1440). */
  minutes: Scalars['Int']['output'];
  /** 更正理由 — for a correction, why; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 记录时间 — when it was recorded (ISO 8601 timestamp, UTC). */
  recordedAt: Scalars['String']['output'];
  /** 服务日期 — the day they served (YYYY-MM-DD). */
  servedOn: Scalars['String']['output'];
  /** 来源 — where it comes from. */
  source: ServiceHourSource;
  /** 志愿者队伍 — the team they served with. */
  team: VolunteerTeam;
  /** 志愿者 — who served. */
  volunteer: Volunteer;
};

/** A page of service-hour entries. */
export type ServiceHourEntryConnection = {
  __typename?: 'ServiceHourEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<ServiceHourEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One service-hour entry in a page, with the cursor that points at it. */
export type ServiceHourEntryEdge = {
  __typename?: 'ServiceHourEntryEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ServiceHourEntry;
};

/** 服务时长来源 — where an entry comes from. */
export type ServiceHourSource =
  /** 活动签到 — a check-in at an activity. */
  | 'ACTIVITY_CHECK_IN'
  /** 更正 — a correction of another entry. */
  | 'CORRECTION'
  /** 岗位完成 — a service post claim completed. */
  | 'POST_COMPLETED';

/** 统计口径 — what a service-hours report sums by. */
export type ServiceHoursGrouping =
  /** 按小区 — by estate. */
  | 'ESTATE'
  /** 按月 — by calendar month of service. */
  | 'MONTH'
  /** 按人 — by volunteer. */
  | 'PERSON'
  /** 按队伍 — by volunteer team. */
  | 'TEAM';

/** A page of a service-hours report. */
export type ServiceHoursReportConnection = {
  __typename?: 'ServiceHoursReportConnection';
  /** The groups of this page with their cursors. */
  edges: Array<ServiceHoursReportEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many groups (rows) the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One group of a report in a page, with the cursor that points at it. */
export type ServiceHoursReportEdge = {
  __typename?: 'ServiceHoursReportEdge';
  /** Opaque position of this group in the report. */
  cursor: Scalars['String']['output'];
  /** The group. */
  node: ServiceHoursReportRow;
};

/** 服务时长统计 — one group of a report: the key it is grouped by, and its approved hours. */
export type ServiceHoursReportRow = {
  __typename?: 'ServiceHoursReportRow';
  /** 已认定分钟 — approved minutes of the group. */
  approvedMinutes: Scalars['Int']['output'];
  /** 记录数 — how many entries (corrections not counted separately) make it up. */
  entries: Scalars['Int']['output'];
  /** 小区 — the estate, when grouped by ESTATE. */
  estate?: Maybe<Estate>;
  /** The grouping key: a volunteer, team or estate id, or a month YYYY-MM. */
  key: Scalars['String']['output'];
  /** 月份 — the month YYYY-MM, when grouped by MONTH. */
  month?: Maybe<Scalars['String']['output']>;
  /** 志愿者队伍 — the team, when grouped by TEAM. */
  team?: Maybe<VolunteerTeam>;
  /** 志愿者 — the volunteer, when grouped by PERSON. */
  volunteer?: Maybe<Volunteer>;
};

/** 服务时长合计 — a person's approved service hours. */
export type ServiceHoursSummary = {
  __typename?: 'ServiceHoursSummary';
  /** 已认定小时 — the same in hours, to two decimals. */
  approvedHours: Scalars['Float']['output'];
  /** 已认定分钟 — approved minutes: each entry's own, or its latest approved correction's. */
  approvedMinutes: Scalars['Int']['output'];
  /** 待审核更正 — corrections still waiting for a decision (they count for nothing yet). */
  pendingCorrections: Scalars['Int']['output'];
};

/**
 * 服务岗位 — a service post a team offers in an estate, claimed by in-service party members (在职党员).
 * Public.
 */
export type ServicePost = {
  __typename?: 'ServicePost';
  /** 名额 — how many members can hold it at once (1 to 1000). */
  capacity: Scalars['Int']['output'];
  /** 小区 — the estate it serves. */
  estate: Estate;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 岗位类型 — which of the five posts. */
  kind: ServicePostKind;
  /** 已认领 — how many live claims (CLAIMED or ACCEPTED) it holds. */
  liveClaims: Scalars['Int']['output'];
  /** 时间安排 — fixed shift, flexible or open-ended. */
  schedule: ServicePostSchedule;
  /** 班次结束 — for a fixed shift, when it ends (ISO 8601 timestamp, UTC); null otherwise. */
  shiftEndsAt?: Maybe<Scalars['String']['output']>;
  /** 班次开始 — for a fixed shift, when it starts (ISO 8601 timestamp, UTC); null otherwise. */
  shiftStartsAt?: Maybe<Scalars['String']['output']>;
  /** 志愿者队伍 — the team that set it up. */
  team: VolunteerTeam;
  /** 名称 — e.g. 木兰滨河夜间巡逻. */
  title: Scalars['String']['output'];
};

/** A page of service posts. */
export type ServicePostConnection = {
  __typename?: 'ServicePostConnection';
  /** The posts of this page with their cursors. */
  edges: Array<ServicePostEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many posts the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One service post in a page, with the cursor that points at it. */
export type ServicePostEdge = {
  __typename?: 'ServicePostEdge';
  /** Opaque position of this post in the list. */
  cursor: Scalars['String']['output'];
  /** The post. */
  node: ServicePost;
};

/** 岗位类型 — the five service posts for in-service party members. */
export type ServicePostKind =
  /** 环境整治岗 — environment: keeping shared spaces clean and tidy. */
  | 'ENVIRONMENT'
  /** 舌尖护卫岗 — food safety: watching over food shops and stalls. */
  | 'FOOD_SAFETY'
  /** 和谐卫士岗 — harmony guard: mediating neighbours' disputes. */
  | 'HARMONY_GUARD'
  /** 安全卫士岗 — safety guard: patrols, fire and e-bike safety. */
  | 'SAFETY_GUARD'
  /** 暖心服务岗 — warm service: visiting the elderly and families in need. */
  | 'WARM_SERVICE';

/** 岗位时间安排 — when a post is served. */
export type ServicePostSchedule =
  /** 固定班次 — one fixed shift with a time range. */
  | 'FIXED_SHIFT'
  /** 灵活时间 — at times the member chooses. */
  | 'FLEXIBLE'
  /** 长期 — an open-ended post without an end. */
  | 'OPEN_ENDED';

/**
 * 共享资源 — a shared resource of an embedded unit (owned by the units subgraph), known here by its key;
 * the volunteer services add the activities held there.
 */
export type SharedResource = {
  __typename?: 'SharedResource';
  /**
   * 志愿活动 — the volunteer activities held at this resource, the earliest first; at most 100 a page.
   * Null, with an error, only while the volunteer service cannot be reached.
   */
  activities?: Maybe<ActivityConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 共享资源 — a shared resource of an embedded unit (owned by the units subgraph), known here by its key;
 * the volunteer services add the activities held there.
 */
export type SharedResourceActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 活动报名 — which activity to sign up for. */
export type SignUpForActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /**
   * 姓名 — the name to sign up under, 1 to 50 characters; used when the caller signs up for the
   * first time (a registered volunteer keeps their registered name).
   */
  name: Scalars['String']['input'];
  /**
   * 现场代报名 — true when a team lead or administrator signs up someone present in person, who is
   * registered as a new volunteer under `name` without a sign-in; false (the default) for the caller
   * themselves.
   */
  walkIn?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 志愿之星 — a star level and the approved hours it takes. */
export type StarThreshold = {
  __typename?: 'StarThreshold';
  /** 星级 — 1, 2, 3 … */
  level: Scalars['Int']['output'];
  /** 所需时长 — approved hours needed. */
  minHours: Scalars['Int']['output'];
  /** 名称 — e.g. 一星志愿之星. */
  name: Scalars['String']['output'];
  /** 公布日期 — when the threshold was published (YYYY-MM-DD). */
  publishedOn: Scalars['String']['output'];
};

/**
 * 镇街 — a town or subdistrict of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type Subdistrict = {
  __typename?: 'Subdistrict';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 志愿服务 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  volunteerFigures?: Maybe<VolunteerFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  volunteerMonthly?: Maybe<Array<VolunteerMonthFigures>>;
};


/**
 * 镇街 — a town or subdistrict of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type SubdistrictVolunteerMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 活动日历订阅 — a secret iCal feed of a team's activities. Only a hash of its address is kept. */
export type TeamCalendar = {
  __typename?: 'TeamCalendar';
  /** When it was created (ISO 8601 timestamp, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (to revoke it). */
  id: Scalars['ID']['output'];
  /**
   * 订阅地址 — the feed's path at the gateway (`/calendar/volunteer/<secret>.ics`), a bearer secret:
   * given only in the answer of `createTeamCalendar`, null afterwards.
   */
  path?: Maybe<Scalars['String']['output']>;
  /** When it was revoked (ISO 8601 timestamp, UTC); null while it is live. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** 志愿者队伍 — the team whose activities it shows. */
  teamId: Scalars['ID']['output'];
};

/**
 * 队员名册 — one volunteer's membership of a team: their role, when they joined and, once they left,
 * when. A volunteer who is a party member (党员) is one by reference (`volunteer.partyMember`).
 * Signed-in callers only.
 */
export type TeamMembership = {
  __typename?: 'TeamMembership';
  /** True while they are a current member (no `leftOn`). */
  current: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 入队日期 — when they joined (ISO 8601, YYYY-MM-DD). */
  joinedOn: Scalars['String']['output'];
  /** 离队日期 — when they left (ISO 8601, YYYY-MM-DD); null while they are a current member. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** 队内角色 — LEADER or MEMBER. */
  role: TeamRole;
  /** 志愿者队伍 — the team. */
  team: VolunteerTeam;
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
  /** 志愿者 — the volunteer. */
  volunteer: Volunteer;
};

/** A page of team memberships. */
export type TeamMembershipConnection = {
  __typename?: 'TeamMembershipConnection';
  /** The memberships of this page with their cursors. */
  edges: Array<TeamMembershipEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many memberships the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One membership in a page, with the cursor that points at it. */
export type TeamMembershipEdge = {
  __typename?: 'TeamMembershipEdge';
  /** Opaque position of this membership in the list. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: TeamMembership;
};

/** 服务时长 — one team's approved service hours in one month. */
export type TeamMonthHours = {
  __typename?: 'TeamMonthHours';
  /** Approved hours, corrections applied. */
  hours: Scalars['Float']['output'];
  /** The month (`YYYY-MM`) of the days served. */
  month: Scalars['String']['output'];
  /** 志愿者队伍 — the team the hours were served with. */
  team: VolunteerTeam;
  /** How many volunteers served them. */
  volunteers: Scalars['Int']['output'];
};

/** 队内角色 — a volunteer's role in a team. */
export type TeamRole =
  /** 队长 — leads the team. */
  | 'LEADER'
  /** 队员 — a member of the team. */
  | 'MEMBER';

/**
 * 更新志愿者队伍 — what to change about one volunteer team (志愿者队伍): at least `name`. A field
 * left out (or null) keeps its value.
 */
export type UpdateVolunteerTeamInput = {
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The team to change. */
  id: Scalars['ID']['input'];
  /** 名称 — the new name, 1 to 100 characters (surrounding spaces are dropped). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 志愿者 — a person who volunteers in the estates: a resident, often a party member (党员). */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 姓名 — the name they volunteer under. */
  name: Scalars['String']['output'];
  /** 党员 — the party member they are, or null for a resident who is not one. */
  partyMember?: Maybe<PartyMember>;
  /** 登记时间 — when they were registered (ISO 8601 timestamp, UTC). */
  registeredAt: Scalars['String']['output'];
  /** 服务时长记录 — their entries, corrections included, the most recent first; at most 100 a page. */
  serviceHourEntries: ServiceHourEntryConnection;
  /** 服务时长 — their approved service hours. */
  serviceHours: ServiceHoursSummary;
  /** 志愿之星 — the star levels their approved hours reach, lowest first. */
  stars: Array<StarThreshold>;
  /**
   * 所在队伍 — the volunteer's team memberships, current ones first, then the most recently joined
   * first; ended ones are kept (the history).
   */
  teams: Array<TeamMembership>;
};


/** 志愿者 — a person who volunteers in the estates: a resident, often a party member (党员). */
export type VolunteerServiceHourEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of volunteers. */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** The volunteers of this page with their cursors. */
  edges: Array<VolunteerEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many volunteers the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One volunteer in a page, with the cursor that points at it. */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Opaque position of this volunteer in the list. */
  cursor: Scalars['String']['output'];
  /** The volunteer. */
  node: Volunteer;
};

/** 志愿服务数据 — the volunteer services' part of a place's dashboard, counted in SQL from the records. */
export type VolunteerFigures = {
  __typename?: 'VolunteerFigures';
  /** 志愿活动 — activities held in the place. */
  activities: Scalars['Int']['output'];
  /** 服务时长 — approved service hours given in the place (corrections applied once approved). */
  approvedServiceHours: Scalars['Float']['output'];
  /** 在职党员认岗 — party members who claimed a service post in the place (a claim that was not rejected). */
  inServiceMembersClaimingPosts: Scalars['Int']['output'];
  /** 红色代办 categories of the county's catalogue (the catalogue is county-wide, the same for every place). */
  redProxyCategories: Scalars['Int']['output'];
  /** 红色代办 — red proxy requests residents of the place made. */
  redProxyRequests: Scalars['Int']['output'];
  /** 服务岗位 — service posts in the place. */
  servicePosts: Scalars['Int']['output'];
  /** 小区党员志愿者队伍 — teams serving an estate of the place. */
  volunteerTeams: Scalars['Int']['output'];
};

/** One month of the volunteer services' figures, in China time. */
export type VolunteerMonthFigures = {
  __typename?: 'VolunteerMonthFigures';
  /** Approved service hours given in the month. */
  approvedServiceHours: Scalars['Float']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
};

/** 小区党员志愿者队伍 — an estate party-member volunteer team. A team may serve several estates. */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /**
   * 志愿活动 — the activities this team runs, the earliest first; at most 100 a page (a dashboard's
   * team page lists them without asking for the estates' activities).
   */
  activities: ActivityConnection;
  /**
   * 活动日历订阅 — the team's activity calendars, live and revoked, newest first (never their
   * addresses). Shown to the team's lead and the volunteer services' administrators; empty for
   * anyone else.
   */
  calendars: Array<TeamCalendar>;
  /** 小区 — the estates it serves, ordered by id (the party registry supplies their names). */
  estates: Array<Estate>;
  /** 成立日期 — founding date (ISO 8601, YYYY-MM-DD). */
  foundedOn: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 队长 — the team's current leaders (LEADER on the roster), the earliest to join first; a team has a
   * few. Null, with an error, for a caller who is not signed in.
   */
  leaders?: Maybe<Array<Volunteer>>;
  /**
   * 队员名册 — the team's roster, the earliest to join first; only the current members unless
   * `includeFormer`. At most 100 a page. Null, with an error, for a caller who is not signed in.
   */
  members?: Maybe<TeamMembershipConnection>;
  /** Name, e.g. 木兰社区学雷锋志愿服务队. */
  name: Scalars['String']['output'];
  /** 更新时间 — when it was last changed, or when it was registered if never (ISO 8601 timestamp, UTC). */
  updatedAt: Scalars['String']['output'];
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};


/** 小区党员志愿者队伍 — an estate party-member volunteer team. A team may serve several estates. */
export type VolunteerTeamActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区党员志愿者队伍 — an estate party-member volunteer team. A team may serve several estates. */
export type VolunteerTeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of volunteer teams. */
export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  /** The volunteer teams of this page with their cursors. */
  edges: Array<VolunteerTeamEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many teams the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One volunteer team in a page, with the cursor that points at it. */
export type VolunteerTeamEdge = {
  __typename?: 'VolunteerTeamEdge';
  /** Opaque position of this team in the list. */
  cursor: Scalars['String']['output'];
  /** The volunteer team. */
  node: VolunteerTeam;
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
  Activity: Activity;
  Community: Community;
  County: County;
  Estate: Estate;
  PartyMember: PartyMember;
  ServicePost: ServicePost;
  SharedResource: SharedResource;
  Subdistrict: Subdistrict;
  Volunteer: Volunteer;
  VolunteerTeam: VolunteerTeam;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"id":true}> );
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"id":true}> );
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  PartyMember:
    ( { __typename: 'PartyMember' }
    & GraphQLRecursivePick<FederationTypes['PartyMember'], {"id":true}> );
  ServicePost:
    ( { __typename: 'ServicePost' }
    & GraphQLRecursivePick<FederationTypes['ServicePost'], {"id":true}> );
  SharedResource:
    ( { __typename: 'SharedResource' }
    & GraphQLRecursivePick<FederationTypes['SharedResource'], {"id":true}> );
  Subdistrict:
    ( { __typename: 'Subdistrict' }
    & GraphQLRecursivePick<FederationTypes['Subdistrict'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
  VolunteerTeam:
    ( { __typename: 'VolunteerTeam' }
    & GraphQLRecursivePick<FederationTypes['VolunteerTeam'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityConnection: ResolverTypeWrapper<Connection<ActivityRow>>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityKind: ActivityKind;
  ActivitySignUp: ResolverTypeWrapper<SignUpRow>;
  ActivitySignUpConnection: ResolverTypeWrapper<Connection<SignUpRow>>;
  ActivitySignUpEdge: ResolverTypeWrapper<Omit<ActivitySignUpEdge, 'node'> & { node: ResolversTypes['ActivitySignUp'] }>;
  ActivitySignUpRefInput: ActivitySignUpRefInput;
  ActivitySignUpState: ActivitySignUpState;
  AddTeamMemberInput: AddTeamMemberInput;
  AdvanceServicePostClaimInput: AdvanceServicePostClaimInput;
  AssignRedProxyRequestInput: AssignRedProxyRequestInput;
  ChangeTeamMemberRoleInput: ChangeTeamMemberRoleInput;
  ClaimServicePostInput: ClaimServicePostInput;
  Community: ResolverTypeWrapper<PlaceRef>;
  CorrectionDecision: CorrectionDecision;
  CorrectionStatus: CorrectionStatus;
  County: ResolverTypeWrapper<PlaceRef>;
  CreateActivityInput: CreateActivityInput;
  CreateServicePostInput: CreateServicePostInput;
  CreateTeamCalendarInput: CreateTeamCalendarInput;
  DecideServiceHourCorrectionInput: DecideServiceHourCorrectionInput;
  Estate: ResolverTypeWrapper<EstateRef>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  LeaveRedProxyFeedbackInput: LeaveRedProxyFeedbackInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighborhoodCenter: ResolverTypeWrapper<NeighborhoodCenterRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PartyMember: ResolverTypeWrapper<PartyMemberRef>;
  PostClaim: ResolverTypeWrapper<PostClaimRow>;
  PostClaimConnection: ResolverTypeWrapper<Connection<PostClaimRow>>;
  PostClaimEdge: ResolverTypeWrapper<Omit<PostClaimEdge, 'node'> & { node: ResolversTypes['PostClaim'] }>;
  PostClaimState: PostClaimState;
  PostClaimTransition: ResolverTypeWrapper<PostClaimEventRow>;
  PublishRedProxyConfirmationWindowInput: PublishRedProxyConfirmationWindowInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedProxyCategory: RedProxyCategory;
  RedProxyConfirmationWindow: ResolverTypeWrapper<ConfirmationWindow>;
  RedProxyFeedback: ResolverTypeWrapper<RedProxyFeedbackRow>;
  RedProxyFeedbackSide: RedProxyFeedbackSide;
  RedProxyItem: ResolverTypeWrapper<RedProxyItemRow>;
  RedProxyRequest: ResolverTypeWrapper<RedProxyRequestView>;
  RedProxyRequestConnection: ResolverTypeWrapper<Connection<RedProxyRequestView>>;
  RedProxyRequestEdge: ResolverTypeWrapper<Omit<RedProxyRequestEdge, 'node'> & { node: ResolversTypes['RedProxyRequest'] }>;
  RedProxyRequestRefInput: RedProxyRequestRefInput;
  RedProxyState: RedProxyState;
  RedProxyTransition: ResolverTypeWrapper<RedProxyEventRow>;
  RedProxyTransitionReason: RedProxyTransitionReason;
  RegisterVolunteerInput: RegisterVolunteerInput;
  RemoveTeamMemberInput: RemoveTeamMemberInput;
  RequestRedProxyInput: RequestRedProxyInput;
  RequestServiceHourCorrectionInput: RequestServiceHourCorrectionInput;
  RevokeTeamCalendarInput: RevokeTeamCalendarInput;
  ServiceHourEntry: ResolverTypeWrapper<ServiceHourEntryRow>;
  ServiceHourEntryConnection: ResolverTypeWrapper<Connection<ServiceHourEntryRow>>;
  ServiceHourEntryEdge: ResolverTypeWrapper<Omit<ServiceHourEntryEdge, 'node'> & { node: ResolversTypes['ServiceHourEntry'] }>;
  ServiceHourSource: ServiceHourSource;
  ServiceHoursGrouping: ServiceHoursGrouping;
  ServiceHoursReportConnection: ResolverTypeWrapper<Connection<ReportRow>>;
  ServiceHoursReportEdge: ResolverTypeWrapper<Omit<ServiceHoursReportEdge, 'node'> & { node: ResolversTypes['ServiceHoursReportRow'] }>;
  ServiceHoursReportRow: ResolverTypeWrapper<ReportRow>;
  ServiceHoursSummary: ResolverTypeWrapper<ServiceHoursSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ServicePost: ResolverTypeWrapper<ServicePostRow>;
  ServicePostConnection: ResolverTypeWrapper<Connection<ServicePostRow>>;
  ServicePostEdge: ResolverTypeWrapper<Omit<ServicePostEdge, 'node'> & { node: ResolversTypes['ServicePost'] }>;
  ServicePostKind: ServicePostKind;
  ServicePostSchedule: ServicePostSchedule;
  SharedResource: ResolverTypeWrapper<SharedResourceRef>;
  SignUpForActivityInput: SignUpForActivityInput;
  StarThreshold: ResolverTypeWrapper<StarThresholdRow>;
  Subdistrict: ResolverTypeWrapper<PlaceRef>;
  TeamCalendar: ResolverTypeWrapper<CalendarFeedView>;
  TeamMembership: ResolverTypeWrapper<TeamMembershipRow>;
  TeamMembershipConnection: ResolverTypeWrapper<Connection<TeamMembershipRow>>;
  TeamMembershipEdge: ResolverTypeWrapper<Omit<TeamMembershipEdge, 'node'> & { node: ResolversTypes['TeamMembership'] }>;
  TeamMonthHours: ResolverTypeWrapper<TeamMonthHoursRow>;
  TeamRole: TeamRole;
  UpdateVolunteerTeamInput: UpdateVolunteerTeamInput;
  Volunteer: ResolverTypeWrapper<VolunteerRow>;
  VolunteerConnection: ResolverTypeWrapper<Connection<VolunteerRow>>;
  VolunteerEdge: ResolverTypeWrapper<Omit<VolunteerEdge, 'node'> & { node: ResolversTypes['Volunteer'] }>;
  VolunteerFigures: ResolverTypeWrapper<VolunteerFiguresRow>;
  VolunteerMonthFigures: ResolverTypeWrapper<VolunteerMonthRow>;
  VolunteerTeam: ResolverTypeWrapper<VolunteerTeamRow>;
  VolunteerTeamConnection: ResolverTypeWrapper<Connection<VolunteerTeamRow>>;
  VolunteerTeamEdge: ResolverTypeWrapper<Omit<VolunteerTeamEdge, 'node'> & { node: ResolversTypes['VolunteerTeam'] }>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ActivityConnection: Connection<ActivityRow>;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivitySignUp: SignUpRow;
  ActivitySignUpConnection: Connection<SignUpRow>;
  ActivitySignUpEdge: Omit<ActivitySignUpEdge, 'node'> & { node: ResolversParentTypes['ActivitySignUp'] };
  ActivitySignUpRefInput: ActivitySignUpRefInput;
  AddTeamMemberInput: AddTeamMemberInput;
  AdvanceServicePostClaimInput: AdvanceServicePostClaimInput;
  AssignRedProxyRequestInput: AssignRedProxyRequestInput;
  ChangeTeamMemberRoleInput: ChangeTeamMemberRoleInput;
  ClaimServicePostInput: ClaimServicePostInput;
  Community: PlaceRef;
  County: PlaceRef;
  CreateActivityInput: CreateActivityInput;
  CreateServicePostInput: CreateServicePostInput;
  CreateTeamCalendarInput: CreateTeamCalendarInput;
  DecideServiceHourCorrectionInput: DecideServiceHourCorrectionInput;
  Estate: EstateRef;
  FieldSet: Scalars['FieldSet']['output'];
  LeaveRedProxyFeedbackInput: LeaveRedProxyFeedbackInput;
  Mutation: Record<PropertyKey, never>;
  NeighborhoodCenter: NeighborhoodCenterRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PartyMember: PartyMemberRef;
  PostClaim: PostClaimRow;
  PostClaimConnection: Connection<PostClaimRow>;
  PostClaimEdge: Omit<PostClaimEdge, 'node'> & { node: ResolversParentTypes['PostClaim'] };
  PostClaimTransition: PostClaimEventRow;
  PublishRedProxyConfirmationWindowInput: PublishRedProxyConfirmationWindowInput;
  Query: Record<PropertyKey, never>;
  RedProxyConfirmationWindow: ConfirmationWindow;
  RedProxyFeedback: RedProxyFeedbackRow;
  RedProxyItem: RedProxyItemRow;
  RedProxyRequest: RedProxyRequestView;
  RedProxyRequestConnection: Connection<RedProxyRequestView>;
  RedProxyRequestEdge: Omit<RedProxyRequestEdge, 'node'> & { node: ResolversParentTypes['RedProxyRequest'] };
  RedProxyRequestRefInput: RedProxyRequestRefInput;
  RedProxyTransition: RedProxyEventRow;
  RegisterVolunteerInput: RegisterVolunteerInput;
  RemoveTeamMemberInput: RemoveTeamMemberInput;
  RequestRedProxyInput: RequestRedProxyInput;
  RequestServiceHourCorrectionInput: RequestServiceHourCorrectionInput;
  RevokeTeamCalendarInput: RevokeTeamCalendarInput;
  ServiceHourEntry: ServiceHourEntryRow;
  ServiceHourEntryConnection: Connection<ServiceHourEntryRow>;
  ServiceHourEntryEdge: Omit<ServiceHourEntryEdge, 'node'> & { node: ResolversParentTypes['ServiceHourEntry'] };
  ServiceHoursReportConnection: Connection<ReportRow>;
  ServiceHoursReportEdge: Omit<ServiceHoursReportEdge, 'node'> & { node: ResolversParentTypes['ServiceHoursReportRow'] };
  ServiceHoursReportRow: ReportRow;
  ServiceHoursSummary: ServiceHoursSummary;
  Float: Scalars['Float']['output'];
  ServicePost: ServicePostRow;
  ServicePostConnection: Connection<ServicePostRow>;
  ServicePostEdge: Omit<ServicePostEdge, 'node'> & { node: ResolversParentTypes['ServicePost'] };
  SharedResource: SharedResourceRef;
  SignUpForActivityInput: SignUpForActivityInput;
  StarThreshold: StarThresholdRow;
  Subdistrict: PlaceRef;
  TeamCalendar: CalendarFeedView;
  TeamMembership: TeamMembershipRow;
  TeamMembershipConnection: Connection<TeamMembershipRow>;
  TeamMembershipEdge: Omit<TeamMembershipEdge, 'node'> & { node: ResolversParentTypes['TeamMembership'] };
  TeamMonthHours: TeamMonthHoursRow;
  UpdateVolunteerTeamInput: UpdateVolunteerTeamInput;
  Volunteer: VolunteerRow;
  VolunteerConnection: Connection<VolunteerRow>;
  VolunteerEdge: Omit<VolunteerEdge, 'node'> & { node: ResolversParentTypes['Volunteer'] };
  VolunteerFigures: VolunteerFiguresRow;
  VolunteerMonthFigures: VolunteerMonthRow;
  VolunteerTeam: VolunteerTeamRow;
  VolunteerTeamConnection: Connection<VolunteerTeamRow>;
  VolunteerTeamEdge: Omit<VolunteerTeamEdge, 'node'> & { node: ResolversParentTypes['VolunteerTeam'] };
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

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['SharedResource']>, ParentType, ContextType>;
  signUps?: Resolver<Maybe<ResolversTypes['ActivitySignUpConnection']>, ParentType, ContextType, RequireFields<ActivitySignUpsArgs, 'first'>>;
  signedUpCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type ActivitySignUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUp'] = ResolversParentTypes['ActivitySignUp']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signedUpAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ActivitySignUpState'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type ActivitySignUpConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUpConnection'] = ResolversParentTypes['ActivitySignUpConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivitySignUpEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivitySignUpEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUpEdge'] = ResolversParentTypes['ActivitySignUpEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivitySignUp'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteerFigures?: Resolver<Maybe<ResolversTypes['VolunteerFigures']>, ParentType, ContextType>;
  volunteerMonthly?: Resolver<Maybe<Array<ResolversTypes['VolunteerMonthFigures']>>, ParentType, ContextType, RequireFields<CommunityVolunteerMonthlyArgs, 'from' | 'to'>>;
};

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteerFigures?: Resolver<Maybe<ResolversTypes['VolunteerFigures']>, ParentType, ContextType>;
  volunteerMonthly?: Resolver<Maybe<Array<ResolversTypes['VolunteerMonthFigures']>>, ParentType, ContextType, RequireFields<CountyVolunteerMonthlyArgs, 'from' | 'to'>>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<EstateActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  redProxyRequests?: Resolver<Maybe<ResolversTypes['RedProxyRequestConnection']>, ParentType, ContextType, RequireFields<EstateRedProxyRequestsArgs, 'first'>>;
  servicePosts?: Resolver<Maybe<ResolversTypes['ServicePostConnection']>, ParentType, ContextType, RequireFields<EstateServicePostsArgs, 'first'>>;
  volunteerFigures?: Resolver<Maybe<ResolversTypes['VolunteerFigures']>, ParentType, ContextType>;
  volunteerMonthly?: Resolver<Maybe<Array<ResolversTypes['VolunteerMonthFigures']>>, ParentType, ContextType, RequireFields<EstateVolunteerMonthlyArgs, 'from' | 'to'>>;
  volunteerTeams?: Resolver<Maybe<Array<ResolversTypes['VolunteerTeam']>>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addTeamMember?: Resolver<Maybe<ResolversTypes['TeamMembership']>, ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input'>>;
  advanceServicePostClaim?: Resolver<Maybe<ResolversTypes['PostClaim']>, ParentType, ContextType, RequireFields<MutationAdvanceServicePostClaimArgs, 'input'>>;
  assignRedProxyRequest?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationAssignRedProxyRequestArgs, 'input'>>;
  cancelActivitySignUp?: Resolver<Maybe<ResolversTypes['ActivitySignUp']>, ParentType, ContextType, RequireFields<MutationCancelActivitySignUpArgs, 'input'>>;
  cancelRedProxyRequest?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationCancelRedProxyRequestArgs, 'input'>>;
  changeTeamMemberRole?: Resolver<Maybe<ResolversTypes['TeamMembership']>, ParentType, ContextType, RequireFields<MutationChangeTeamMemberRoleArgs, 'input'>>;
  checkInActivitySignUp?: Resolver<Maybe<ResolversTypes['ActivitySignUp']>, ParentType, ContextType, RequireFields<MutationCheckInActivitySignUpArgs, 'input'>>;
  claimServicePost?: Resolver<Maybe<ResolversTypes['PostClaim']>, ParentType, ContextType, RequireFields<MutationClaimServicePostArgs, 'input'>>;
  closeUnconfirmedRedProxyRequest?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationCloseUnconfirmedRedProxyRequestArgs, 'input'>>;
  confirmRedProxyDone?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationConfirmRedProxyDoneArgs, 'input'>>;
  createActivity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createServicePost?: Resolver<Maybe<ResolversTypes['ServicePost']>, ParentType, ContextType, RequireFields<MutationCreateServicePostArgs, 'input'>>;
  createTeamCalendar?: Resolver<Maybe<ResolversTypes['TeamCalendar']>, ParentType, ContextType, RequireFields<MutationCreateTeamCalendarArgs, 'input'>>;
  decideServiceHourCorrection?: Resolver<Maybe<ResolversTypes['ServiceHourEntry']>, ParentType, ContextType, RequireFields<MutationDecideServiceHourCorrectionArgs, 'input'>>;
  leaveRedProxyFeedback?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationLeaveRedProxyFeedbackArgs, 'input'>>;
  markRedProxyDone?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationMarkRedProxyDoneArgs, 'input'>>;
  publishRedProxyConfirmationWindow?: Resolver<Maybe<ResolversTypes['RedProxyConfirmationWindow']>, ParentType, ContextType, RequireFields<MutationPublishRedProxyConfirmationWindowArgs, 'input'>>;
  reassignRedProxyRequest?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationReassignRedProxyRequestArgs, 'input'>>;
  registerVolunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<MutationRegisterVolunteerArgs, 'input'>>;
  removeTeamMember?: Resolver<Maybe<ResolversTypes['TeamMembership']>, ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'input'>>;
  requestRedProxy?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<MutationRequestRedProxyArgs, 'input'>>;
  requestServiceHourCorrection?: Resolver<Maybe<ResolversTypes['ServiceHourEntry']>, ParentType, ContextType, RequireFields<MutationRequestServiceHourCorrectionArgs, 'input'>>;
  revokeTeamCalendar?: Resolver<Maybe<ResolversTypes['TeamCalendar']>, ParentType, ContextType, RequireFields<MutationRevokeTeamCalendarArgs, 'input'>>;
  signUpForActivity?: Resolver<Maybe<ResolversTypes['ActivitySignUp']>, ParentType, ContextType, RequireFields<MutationSignUpForActivityArgs, 'input'>>;
  updateVolunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType, RequireFields<MutationUpdateVolunteerTeamArgs, 'input'>>;
};

export type NeighborhoodCenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborhoodCenter'] = ResolversParentTypes['NeighborhoodCenter']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PartyMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyMember'] = ResolversParentTypes['PartyMember'], FederationReferenceType extends FederationReferenceTypes['PartyMember'] = FederationReferenceTypes['PartyMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartyMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimedPosts?: Resolver<Maybe<ResolversTypes['PostClaimConnection']>, ParentType, ContextType, RequireFields<PartyMemberClaimedPostsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceHours?: Resolver<Maybe<ResolversTypes['ServiceHoursSummary']>, ParentType, ContextType>;
  stars?: Resolver<Maybe<Array<ResolversTypes['StarThreshold']>>, ParentType, ContextType>;
};

export type PostClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostClaim'] = ResolversParentTypes['PostClaim']> = {
  claimedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PostClaimTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  post?: Resolver<ResolversTypes['ServicePost'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PostClaimState'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type PostClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostClaimConnection'] = ResolversParentTypes['PostClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PostClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostClaimEdge'] = ResolversParentTypes['PostClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PostClaim'], ParentType, ContextType>;
};

export type PostClaimTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostClaimTransition'] = ResolversParentTypes['PostClaimTransition']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PostClaimState']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PostClaimState'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  activitySignUp?: Resolver<Maybe<ResolversTypes['ActivitySignUp']>, ParentType, ContextType, RequireFields<QueryActivitySignUpArgs, 'id'>>;
  postClaim?: Resolver<Maybe<ResolversTypes['PostClaim']>, ParentType, ContextType, RequireFields<QueryPostClaimArgs, 'id'>>;
  redProxyCatalogue?: Resolver<Array<ResolversTypes['RedProxyItem']>, ParentType, ContextType, Partial<QueryRedProxyCatalogueArgs>>;
  redProxyConfirmationWindow?: Resolver<ResolversTypes['RedProxyConfirmationWindow'], ParentType, ContextType>;
  redProxyRequest?: Resolver<Maybe<ResolversTypes['RedProxyRequest']>, ParentType, ContextType, RequireFields<QueryRedProxyRequestArgs, 'id'>>;
  serviceHourEntry?: Resolver<Maybe<ResolversTypes['ServiceHourEntry']>, ParentType, ContextType, RequireFields<QueryServiceHourEntryArgs, 'id'>>;
  serviceHoursByTeam?: Resolver<Array<ResolversTypes['TeamMonthHours']>, ParentType, ContextType, RequireFields<QueryServiceHoursByTeamArgs, 'from' | 'place' | 'to'>>;
  serviceHoursReport?: Resolver<Maybe<ResolversTypes['ServiceHoursReportConnection']>, ParentType, ContextType, RequireFields<QueryServiceHoursReportArgs, 'first' | 'groupBy'>>;
  servicePost?: Resolver<Maybe<ResolversTypes['ServicePost']>, ParentType, ContextType, RequireFields<QueryServicePostArgs, 'id'>>;
  starThresholds?: Resolver<Array<ResolversTypes['StarThreshold']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryVolunteerArgs, 'id'>>;
  volunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType, RequireFields<QueryVolunteerTeamArgs, 'id'>>;
  volunteerTeams?: Resolver<ResolversTypes['VolunteerTeamConnection'], ParentType, ContextType, RequireFields<QueryVolunteerTeamsArgs, 'first'>>;
  volunteers?: Resolver<Maybe<ResolversTypes['VolunteerConnection']>, ParentType, ContextType, RequireFields<QueryVolunteersArgs, 'first'>>;
};

export type RedProxyConfirmationWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyConfirmationWindow'] = ResolversParentTypes['RedProxyConfirmationWindow']> = {
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RedProxyFeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyFeedback'] = ResolversParentTypes['RedProxyFeedback']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RedProxyFeedbackSide'], ParentType, ContextType>;
};

export type RedProxyItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyItem'] = ResolversParentTypes['RedProxyItem']> = {
  category?: Resolver<ResolversTypes['RedProxyCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedDown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighborhoodCenter?: Resolver<Maybe<ResolversTypes['NeighborhoodCenter']>, ParentType, ContextType>;
  targetHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RedProxyRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyRequest'] = ResolversParentTypes['RedProxyRequest']> = {
  assignedTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  assignedVolunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  confirmBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['RedProxyFeedback']>, ParentType, ContextType>;
  filedOnBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RedProxyTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['RedProxyItem'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RedProxyState'], ParentType, ContextType>;
};

export type RedProxyRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyRequestConnection'] = ResolversParentTypes['RedProxyRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RedProxyRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RedProxyRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyRequestEdge'] = ResolversParentTypes['RedProxyRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RedProxyRequest'], ParentType, ContextType>;
};

export type RedProxyTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedProxyTransition'] = ResolversParentTypes['RedProxyTransition']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['RedProxyState']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RedProxyTransitionReason']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RedProxyState'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
};

export type ServiceHourEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHourEntry'] = ResolversParentTypes['ServiceHourEntry']> = {
  correctionStatus?: Resolver<Maybe<ResolversTypes['CorrectionStatus']>, ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['ServiceHourEntry']>, ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  servedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ServiceHourSource'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type ServiceHourEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHourEntryConnection'] = ResolversParentTypes['ServiceHourEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceHourEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceHourEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHourEntryEdge'] = ResolversParentTypes['ServiceHourEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceHourEntry'], ParentType, ContextType>;
};

export type ServiceHoursReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHoursReportConnection'] = ResolversParentTypes['ServiceHoursReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceHoursReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceHoursReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHoursReportEdge'] = ResolversParentTypes['ServiceHoursReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceHoursReportRow'], ParentType, ContextType>;
};

export type ServiceHoursReportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHoursReportRow'] = ResolversParentTypes['ServiceHoursReportRow']> = {
  approvedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
};

export type ServiceHoursSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHoursSummary'] = ResolversParentTypes['ServiceHoursSummary']> = {
  approvedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  approvedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingCorrections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServicePostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePost'] = ResolversParentTypes['ServicePost'], FederationReferenceType extends FederationReferenceTypes['ServicePost'] = FederationReferenceTypes['ServicePost']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServicePost']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServicePostKind'], ParentType, ContextType>;
  liveClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['ServicePostSchedule'], ParentType, ContextType>;
  shiftEndsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shiftStartsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServicePostConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePostConnection'] = ResolversParentTypes['ServicePostConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServicePostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServicePostEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServicePostEdge'] = ResolversParentTypes['ServicePostEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServicePost'], ParentType, ContextType>;
};

export type SharedResourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedResource'] = ResolversParentTypes['SharedResource'], FederationReferenceType extends FederationReferenceTypes['SharedResource'] = FederationReferenceTypes['SharedResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SharedResource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<SharedResourceActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StarThresholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StarThreshold'] = ResolversParentTypes['StarThreshold']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict'], FederationReferenceType extends FederationReferenceTypes['Subdistrict'] = FederationReferenceTypes['Subdistrict']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subdistrict']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteerFigures?: Resolver<Maybe<ResolversTypes['VolunteerFigures']>, ParentType, ContextType>;
  volunteerMonthly?: Resolver<Maybe<Array<ResolversTypes['VolunteerMonthFigures']>>, ParentType, ContextType, RequireFields<SubdistrictVolunteerMonthlyArgs, 'from' | 'to'>>;
};

export type TeamCalendarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamCalendar'] = ResolversParentTypes['TeamCalendar']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeamMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMembership'] = ResolversParentTypes['TeamMembership']> = {
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type TeamMembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMembershipConnection'] = ResolversParentTypes['TeamMembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TeamMembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamMembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMembershipEdge'] = ResolversParentTypes['TeamMembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeamMembership'], ParentType, ContextType>;
};

export type TeamMonthHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMonthHours'] = ResolversParentTypes['TeamMonthHours']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  volunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyMember?: Resolver<Maybe<ResolversTypes['PartyMember']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceHourEntries?: Resolver<ResolversTypes['ServiceHourEntryConnection'], ParentType, ContextType, RequireFields<VolunteerServiceHourEntriesArgs, 'first'>>;
  serviceHours?: Resolver<ResolversTypes['ServiceHoursSummary'], ParentType, ContextType>;
  stars?: Resolver<Array<ResolversTypes['StarThreshold']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['TeamMembership']>, ParentType, ContextType>;
};

export type VolunteerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerConnection'] = ResolversParentTypes['VolunteerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerEdge'] = ResolversParentTypes['VolunteerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type VolunteerFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerFigures'] = ResolversParentTypes['VolunteerFigures']> = {
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedServiceHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inServiceMembersClaimingPosts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redProxyCategories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redProxyRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicePosts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerTeams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerMonthFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerMonthFigures'] = ResolversParentTypes['VolunteerMonthFigures']> = {
  approvedServiceHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerTeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam'], FederationReferenceType extends FederationReferenceTypes['VolunteerTeam'] = FederationReferenceTypes['VolunteerTeam']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<VolunteerTeamActivitiesArgs, 'first'>>;
  calendars?: Resolver<Array<ResolversTypes['TeamCalendar']>, ParentType, ContextType>;
  estates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaders?: Resolver<Maybe<Array<ResolversTypes['Volunteer']>>, ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['TeamMembershipConnection']>, ParentType, ContextType, RequireFields<VolunteerTeamMembersArgs, 'first' | 'includeFormer'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerTeamConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeamConnection'] = ResolversParentTypes['VolunteerTeamConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerTeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerTeamEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeamEdge'] = ResolversParentTypes['VolunteerTeamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivitySignUp?: ActivitySignUpResolvers<ContextType>;
  ActivitySignUpConnection?: ActivitySignUpConnectionResolvers<ContextType>;
  ActivitySignUpEdge?: ActivitySignUpEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NeighborhoodCenter?: NeighborhoodCenterResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyMember?: PartyMemberResolvers<ContextType>;
  PostClaim?: PostClaimResolvers<ContextType>;
  PostClaimConnection?: PostClaimConnectionResolvers<ContextType>;
  PostClaimEdge?: PostClaimEdgeResolvers<ContextType>;
  PostClaimTransition?: PostClaimTransitionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedProxyConfirmationWindow?: RedProxyConfirmationWindowResolvers<ContextType>;
  RedProxyFeedback?: RedProxyFeedbackResolvers<ContextType>;
  RedProxyItem?: RedProxyItemResolvers<ContextType>;
  RedProxyRequest?: RedProxyRequestResolvers<ContextType>;
  RedProxyRequestConnection?: RedProxyRequestConnectionResolvers<ContextType>;
  RedProxyRequestEdge?: RedProxyRequestEdgeResolvers<ContextType>;
  RedProxyTransition?: RedProxyTransitionResolvers<ContextType>;
  ServiceHourEntry?: ServiceHourEntryResolvers<ContextType>;
  ServiceHourEntryConnection?: ServiceHourEntryConnectionResolvers<ContextType>;
  ServiceHourEntryEdge?: ServiceHourEntryEdgeResolvers<ContextType>;
  ServiceHoursReportConnection?: ServiceHoursReportConnectionResolvers<ContextType>;
  ServiceHoursReportEdge?: ServiceHoursReportEdgeResolvers<ContextType>;
  ServiceHoursReportRow?: ServiceHoursReportRowResolvers<ContextType>;
  ServiceHoursSummary?: ServiceHoursSummaryResolvers<ContextType>;
  ServicePost?: ServicePostResolvers<ContextType>;
  ServicePostConnection?: ServicePostConnectionResolvers<ContextType>;
  ServicePostEdge?: ServicePostEdgeResolvers<ContextType>;
  SharedResource?: SharedResourceResolvers<ContextType>;
  StarThreshold?: StarThresholdResolvers<ContextType>;
  Subdistrict?: SubdistrictResolvers<ContextType>;
  TeamCalendar?: TeamCalendarResolvers<ContextType>;
  TeamMembership?: TeamMembershipResolvers<ContextType>;
  TeamMembershipConnection?: TeamMembershipConnectionResolvers<ContextType>;
  TeamMembershipEdge?: TeamMembershipEdgeResolvers<ContextType>;
  TeamMonthHours?: TeamMonthHoursResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerConnection?: VolunteerConnectionResolvers<ContextType>;
  VolunteerEdge?: VolunteerEdgeResolvers<ContextType>;
  VolunteerFigures?: VolunteerFiguresResolvers<ContextType>;
  VolunteerMonthFigures?: VolunteerMonthFiguresResolvers<ContextType>;
  VolunteerTeam?: VolunteerTeamResolvers<ContextType>;
  VolunteerTeamConnection?: VolunteerTeamConnectionResolvers<ContextType>;
  VolunteerTeamEdge?: VolunteerTeamEdgeResolvers<ContextType>;
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
