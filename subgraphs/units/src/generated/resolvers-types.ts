import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitRow, BigBranchMembershipRow, SharedResourceRow, BookingRow, BookingHistoryRow, NeighborhoodCenterRow, CenterServiceItemRow, OpeningWindowRow, UnitLiaisonRow } from '../db/schema';
import type { EstateRef } from '../memberships/memberships.repository';
import type { PlaceRef, UnitsFiguresRow, UnitsMonthRow, CenterFiguresRow } from '../overview/overview.repository';
import type { Connection, CalendarFeedView } from '@linli/service-kit';
import type { RequesterRef } from '../bookings/bookings.resolvers';
import type { BookingCountRow } from '../aggregates/aggregates.repository';
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

/** 添加联络人 — a new liaison person of one unit. */
export type AddUnitLiaisonInput = {
  /** 姓名 — 1 to 50 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** 联系电话 — 7 to 20 characters: digits, optionally with a leading + and inner spaces or hyphens. */
  phone: Scalars['String']['input'];
  /** 职务 — at most 50 characters; empty when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 驻区单位 — the unit; a liaison may name only their own unit. */
  unitId: Scalars['ID']['input'];
};

/**
 * 加入小区"大支部" — an embedded unit's membership of an estate's big branch: the unit stands
 * behind the estate and answers its residents' problems with it.
 */
export type BigBranchMembership = {
  __typename?: 'BigBranchMembership';
  /** 小区 — the estate whose big branch it joined. */
  estate: Estate;
  /** 加入日期 — the day it joined (ISO 8601, YYYY-MM-DD). */
  joinedOn: Scalars['String']['output'];
  /** 驻区单位 — the unit that joined. */
  unit: Unit;
};

/**
 * 借用预约 — a request for a shared resource for [startsAt, endsAt): one booking, or one occurrence of
 * a weekly one, for one item of the resource. Two bookings of one item that hold their slot
 * (PENDING, APPROVED) never overlap, so at most `quantity` of one resource do; PostgreSQL itself
 * enforces it.
 */
export type Booking = {
  __typename?: 'Booking';
  /** 申请时间 — when it was asked for (ISO 8601 timestamp, UTC). */
  createdAt: Scalars['String']['output'];
  /** 结束 — end of the booked range, exclusive (ISO 8601 timestamp, UTC). */
  endsAt: Scalars['String']['output'];
  /** 小区 — the estate the booking is for; the resource's monthly quota counts against it. */
  estate: Estate;
  /** 历史 — every state it entered, oldest first, starting with the request. */
  history: Array<BookingTransition>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 件号 — which of the resource's items it holds, 1 to the resource's quantity (always 1 for a
   * resource of quantity 1).
   */
  itemNo: Scalars['Int']['output'];
  /** 用途 — what it is for (public; may be empty). A phone or ID number typed into it is masked (139****1234) for every reader. */
  purpose: Scalars['String']['output'];
  /** 申请方 — who asked: the estate itself, one of its living rooms, or a volunteer team. */
  requester: BookingRequester;
  /** 共享资源 — what is booked. */
  resource: SharedResource;
  /**
   * 周期预约 — shared by every booking one request made (each weekly occurrence, each item); null
   * when the request made a single booking.
   */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** 开始 — start of the booked range, inclusive (ISO 8601 timestamp, UTC). */
  startsAt: Scalars['String']['output'];
  /** 预约状态 — where it stands. */
  state: BookingState;
  /** 更新时间 — when its state last changed (ISO 8601 timestamp, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** 日历订阅 — a secret iCal feed of bookings. Only a hash of its address is kept. */
export type BookingCalendar = {
  __typename?: 'BookingCalendar';
  /** When it was created (ISO 8601 timestamp, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (to revoke it). */
  id: Scalars['ID']['output'];
  /**
   * 订阅地址 — the feed's path at the gateway (`/calendar/units/<secret>.ics`), a bearer secret:
   * given only in the answer of `createBookingCalendar`, null afterwards.
   */
  path?: Maybe<Scalars['String']['output']>;
  /** 共享资源 — the resource whose bookings it shows; null for a unit's feed. */
  resourceId?: Maybe<Scalars['ID']['output']>;
  /** When it was revoked (ISO 8601 timestamp, UTC); null while it is live. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** 单位 — the unit whose resources' bookings it shows; null for a feed of one resource. */
  unitId?: Maybe<Scalars['ID']['output']>;
};

/**
 * 预约日历筛选 — which bookings a calendar shows; each field narrows it, and an omitted field does
 * not. The same filter, with the same rules, for every calendar (a resource's, a unit's, a
 * neighbourhood center's, an estate's, a living room's, a team's). BAD_USER_INPUT (`argumentName`
 * "filter", `field` the one at fault) for a malformed timestamp or `to` not after `from`.
 */
export type BookingCalendarFilter = {
  /** Only bookings ending after this instant (ISO 8601 timestamp with a time zone). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only bookings in these states; every state when omitted. */
  states?: InputMaybe<Array<BookingState>>;
  /**
   * Only bookings starting before this instant (ISO 8601 timestamp with a time zone); after `from`
   * when both are given.
   */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A page of bookings. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  /** The bookings of this page with their cursors. */
  edges: Array<BookingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many bookings the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** The bookings of one resource starting in one month. */
export type BookingCount = {
  __typename?: 'BookingCount';
  /** 已批准 — bookings approved. */
  approved: Scalars['Int']['output'];
  /** Bookings in every state. */
  bookings: Scalars['Int']['output'];
  /** The month the bookings start in (`YYYY-MM`, China time). */
  month: Scalars['String']['output'];
  /** 共享资源 — the resource booked. */
  resource: SharedResource;
  /** 驻区单位 — the unit owning the resource; null for a neighbourhood center's resource. */
  unit?: Maybe<Unit>;
};

/** One booking in a page, with the cursor that points at it. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  /** Opaque position of this booking in the list. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: Booking;
};

/**
 * 申请方 — who asked for a booking: an estate (小区), a living room (睦邻客厅) or a volunteer team
 * (志愿者队伍).
 */
export type BookingRequester = Estate | LivingRoom | VolunteerTeam;

/**
 * 预约状态 — where a booking stands. PENDING → APPROVED or DECLINED (the owner); PENDING or
 * APPROVED → CANCELLED (the requester). PENDING and APPROVED bookings hold their slot.
 */
export type BookingState =
  /** 已批准 — confirmed; holds the slot. */
  | 'APPROVED'
  /** 已取消 — cancelled by the requester; the slot is free again. */
  | 'CANCELLED'
  /** 已拒绝 — declined by the owning unit; never held the slot after that. */
  | 'DECLINED'
  /** 待审批 — asked for, waiting for the owning unit; holds the slot meanwhile. */
  | 'PENDING';

/** One step of a booking's history (the database keeps these rows unchangeable). */
export type BookingTransition = {
  __typename?: 'BookingTransition';
  /** The state it left; null for the request itself. */
  fromState?: Maybe<BookingState>;
  /**
   * 备注 — the note given with the step (a reason for a decline or a cancellation); may be empty.
   * A phone or ID number typed into it is masked (139****1234) for every reader.
   */
  note: Scalars['String']['output'];
  /** When (ISO 8601 timestamp, UTC). */
  occurredAt: Scalars['String']['output'];
  /** The state it entered. */
  toState: BookingState;
};

/** Which booking to move, and an optional note for its history. */
export type BookingTransitionInput = {
  /** The booking. */
  id: Scalars['ID']['input'];
  /** 备注 — a note or reason, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 服务事项类别 — what kind of service a neighbourhood center offers. */
export type CenterServiceCategory =
  /** 民生高频事项 — a high-frequency service moved into the center. */
  | 'HIGH_FREQUENCY'
  /** 12345平台 — the 12345 government service hotline. */
  | 'HOTLINE_12345'
  /** 医共体 — the county medical alliance. */
  | 'MEDICAL_ALLIANCE'
  /** 其他 ("X功能") — anything else: red post station, red proxy desk, women's start-up incubator … */
  | 'OTHER'
  /** 24小时自助服务设备 — a 24-hour self-service machine. */
  | 'SELF_SERVICE_MACHINE';

/** 邻里中心服务事项 — one service a neighbourhood center offers. */
export type CenterServiceItem = {
  __typename?: 'CenterServiceItem';
  /** 类别 — high-frequency service, self-service machine, 12345, medical alliance or other. */
  category: CenterServiceCategory;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 名称 — e.g. 社保卡办理. */
  name: Scalars['String']['output'];
  /** 下沉至睦邻客厅 — whether it is also offered down in the estates' living rooms. */
  offeredInLivingRooms: Scalars['Boolean']['output'];
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
   * 驻区单位 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  unitsFigures?: Maybe<UnitsFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  unitsMonthly?: Maybe<Array<UnitsMonthFigures>>;
};


/**
 * 社区 — a community of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type CommunityUnitsMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/**
 * 县 — a county of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type County = {
  __typename?: 'County';
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 党建+邻里中心 — the neighbourhood centers' figures. Centers are not placed in the place tree yet:
   * these count every center the units agency registers. Null, with an error, only while this
   * agency's service cannot be reached.
   */
  neighborhoodCenterFigures?: Maybe<NeighborhoodCenterFigures>;
  /**
   * 驻区单位 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  unitsFigures?: Maybe<UnitsFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  unitsMonthly?: Maybe<Array<UnitsMonthFigures>>;
};


/**
 * 县 — a county of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type CountyUnitsMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 日历订阅 — whose bookings a new feed shows: exactly one of the two. */
export type CreateBookingCalendarInput = {
  /** 共享资源 — this one resource (of a unit, or of a neighbourhood center). */
  resourceId?: InputMaybe<Scalars['ID']['input']>;
  /** 单位 — every resource of this unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * 登记共享资源 — a new shared resource of one unit or one neighbourhood center (exactly one of
 * `unitId` and `centerId`).
 */
export type CreateSharedResourceInput = {
  /** 容量 — people or pieces it serves at once, 1 to 10000. */
  capacity: Scalars['Int']['input'];
  /** 党建+邻里中心 — the neighbourhood center that offers it (the units agency's administrators only). */
  centerId?: InputMaybe<Scalars['ID']['input']>;
  /** 说明 — at most 2000 characters; empty when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 资源类型 — venue, equipment, expertise or service. */
  kind: ResourceKind;
  /** 每月限额 — bookings one estate may hold per calendar month, 1 to 1000; no limit when omitted. */
  monthlyQuotaPerEstate?: InputMaybe<Scalars['Int']['input']>;
  /** 名称 — 1 to 100 characters (surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** 开放小区 — only these estates may book it (at most 200 ids); every estate when omitted or empty. */
  openToEstateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * 开放时间 — the weekly windows in which it may be booked (at most 50); open at all times when
   * omitted or empty.
   */
  openingHours?: InputMaybe<Array<OpeningWindowInput>>;
  /** 数量 — how many interchangeable items it pools, 1 to 1000 (default 1). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 需要审批 — whether bookings wait for approval (default true) or are approved at once. */
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** 驻区单位 — the unit that offers it; a liaison may name only their own unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * 小区 — a residential estate, owned by the party registry of places; the embedded units'
 * subgraph adds the units standing behind it.
 */
export type Estate = {
  __typename?: 'Estate';
  /**
   * 加入小区"大支部" — the memberships of its big branch, in the order the units joined.
   * Null, with an error, only while the units service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  bigBranchMemberships?: Maybe<Array<BigBranchMembership>>;
  /**
   * 借用预约 — the bookings made for the estate (by itself, its living rooms or teams), by start,
   * optionally only those `filter` lets through; at most 100 a page. Null,
   * with an error, only while the units service cannot be reached.
   */
  bookings?: Maybe<BookingConnection>;
  /**
   * 驻区单位 — the embedded units that joined its big branch (大支部), by name.
   * Null, with an error, only while the units service cannot be reached: a field one agency adds
   * to another's entity is nullable so that its outage never erases the entity.
   */
  embeddedUnits?: Maybe<Array<Unit>>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
  /**
   * 驻区单位 — this agency's figures of the estate. Null, with an error, only while this agency's service
   * cannot be reached.
   */
  unitsFigures?: Maybe<UnitsFigures>;
  /** This agency's figures of the estate month by month (`from`/`to` as `YYYY-MM`, at most 36 months). */
  unitsMonthly?: Maybe<Array<UnitsMonthFigures>>;
};


/**
 * 小区 — a residential estate, owned by the party registry of places; the embedded units'
 * subgraph adds the units standing behind it.
 */
export type EstateBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 小区 — a residential estate, owned by the party registry of places; the embedded units'
 * subgraph adds the units standing behind it.
 */
export type EstateUnitsMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/**
 * 睦邻客厅 — a neighbourly living room, owned by the party subgraph; the embedded units' subgraph adds
 * the bookings it asked for.
 */
export type LivingRoom = {
  __typename?: 'LivingRoom';
  /**
   * 借用预约 — the bookings made on behalf of the living room, by start, optionally only those
   * `filter` lets through; at most 100 a page. Null, with an error, only while the units service
   * cannot be reached.
   */
  bookings?: Maybe<BookingConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 睦邻客厅 — a neighbourly living room, owned by the party subgraph; the embedded units' subgraph adds
 * the bookings it asked for.
 */
export type LivingRoomBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
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
   * 添加联络人 — adds a liaison person to a unit. Allowed to that unit's own liaison (a
   * unit_liaison grant naming it) and to the units agency's administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no unit has that id
   * and the caller may write any unit). Invalid input is refused with BAD_USER_INPUT naming the
   * field, and nothing is stored. Recorded in the audit log, with the phone number scrubbed.
   */
  addUnitLiaison?: Maybe<UnitLiaison>;
  /**
   * 批准 — the owner approves a PENDING booking. Allowed to the liaison of the unit that owns
   * the resource and to the units agency's administrators (who alone answer for a neighbourhood
   * center's resources); anyone else is refused (UNAUTHENTICATED
   * when not signed in, FORBIDDEN otherwise; NOT_FOUND when no booking has that id). A booking that
   * is not PENDING: INVALID_TRANSITION, nothing changed. Recorded in the audit log and the history.
   */
  approveBooking?: Maybe<Booking>;
  /**
   * 取消 — the requester cancels a PENDING or APPROVED booking, freeing its slot. Allowed to a
   * resident of the requesting estate, the lead of the requesting volunteer team, the party
   * agency's administrators for a living room's booking, and the units agency's administrators for
   * any; anyone else is refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND
   * when no booking has that id). A DECLINED or CANCELLED booking: INVALID_TRANSITION, nothing
   * changed. Recorded in the audit log and the history.
   */
  cancelBooking?: Maybe<Booking>;
  /**
   * 日历订阅 — a secret iCal address (`path`, at the gateway) of the bookings of one shared resource
   * or of all a unit's resources, for a calendar app: PENDING bookings as tentative events,
   * APPROVED ones confirmed, from 90 days back, times in China time (Asia/Shanghai). The feed
   * shows only what anyone may read of a booking (resource, estate, state, purpose masked), since
   * whoever holds the address reads it. Give exactly one of `unitId` and `resourceId`. Allowed to
   * the unit's liaison and the units agency's administrators (who alone answer for a
   * neighbourhood center's resources); anyone else is refused (UNAUTHENTICATED when not signed in,
   * FORBIDDEN otherwise; NOT_FOUND when no unit or resource has that id). Recorded in the audit log.
   */
  createBookingCalendar?: Maybe<BookingCalendar>;
  /**
   * 登记共享资源 — a unit, or a neighbourhood center, offers a new shared resource. A unit's:
   * allowed to that unit's own liaison (驻区单位联络员) and to the units agency's administrators; a
   * center's: to the units agency's administrators only. Anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no unit or center has
   * that id). Invalid input is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log.
   */
  createSharedResource?: Maybe<SharedResource>;
  /**
   * 拒绝 — the owner declines a PENDING booking, freeing its slot. Allowed to the liaison of the
   * unit that owns the resource and to the units agency's administrators (who alone answer for a
   * neighbourhood center's resources); anyone else is
   * refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no booking has
   * that id). A booking that is not PENDING: INVALID_TRANSITION, nothing changed. Recorded in the
   * audit log and the history.
   */
  declineBooking?: Maybe<Booking>;
  /**
   * 移除联络人 — removes a liaison person from their unit and answers the removed person. Allowed to
   * that unit's own liaison and to the units agency's administrators; anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no liaison has that
   * id). Recorded in the audit log, with the phone number scrubbed.
   */
  removeUnitLiaison?: Maybe<UnitLiaison>;
  /**
   * 申请借用 — asks for a shared resource for [startsAt, endsAt), or for that slot every week for
   * `repeatWeekly.occurrences` weeks (every occurrence is booked, or none), one booking per item
   * and occurrence when several `items` of a pooled resource are asked for. The requester is the
   * estate, or the living room or volunteer team given. A resource that needs approval answers
   * PENDING bookings; one that does not, APPROVED ones. Either way each booking holds its slot
   * (one item of the resource, the lowest free one) at once: a request for which fewer than
   * `items` items are free (a resource of quantity 1: any overlapping PENDING or APPROVED
   * booking) is refused with BOOKING_CONFLICT, naming a clash in `extensions.clash` (bookingId,
   * state, startsAt, endsAt). `items` above the resource's quantity: BAD_USER_INPUT.
   * Over the resource's monthly quota for the estate (each item counts): QUOTA_EXCEEDED
   * (`extensions.month`).
   * Allowed to a resident for their own estate, a volunteer lead for their own team, and the units
   * and party agencies' administrators (living rooms: administrators only); anyone else is refused
   * (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise, also when the resource is not open to
   * the estate; NOT_FOUND when no resource has that id). Invalid input is refused with
   * BAD_USER_INPUT naming the field, and nothing is stored. Recorded in the audit log and the
   * bookings' history.
   */
  requestBooking?: Maybe<Array<Booking>>;
  /**
   * 撤销日历订阅 — revokes a booking calendar's address: from then on it answers 410 Gone. Allowed to
   * those who may create it; anyone else is refused (UNAUTHENTICATED, FORBIDDEN; NOT_FOUND when no
   * calendar has that id). One revoked already: INVALID_TRANSITION. Recorded in the audit log.
   */
  revokeBookingCalendar?: Maybe<BookingCalendar>;
  /**
   * 更新共享资源 — changes the name, description, capacity, quantity, booking rules or opening hours
   * of a shared resource. Allowed to the liaison of the unit that offers it and to the units
   * agency's administrators (a center's resource: the administrators only); anyone else is
   * refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise; NOT_FOUND when no resource
   * has that id). Lowering `quantity` below an item that a PENDING or APPROVED booking not yet
   * over holds is refused with CONFLICT. Invalid input is refused with BAD_USER_INPUT naming the field, and nothing is
   * stored. Recorded in the audit log.
   */
  updateSharedResource?: Maybe<SharedResource>;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationAddUnitLiaisonArgs = {
  input: AddUnitLiaisonInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationApproveBookingArgs = {
  input: BookingTransitionInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCancelBookingArgs = {
  input: BookingTransitionInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateBookingCalendarArgs = {
  input: CreateBookingCalendarInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationCreateSharedResourceArgs = {
  input: CreateSharedResourceInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationDeclineBookingArgs = {
  input: BookingTransitionInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRemoveUnitLiaisonArgs = {
  input: RemoveUnitLiaisonInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRequestBookingArgs = {
  input: RequestBookingInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationRevokeBookingCalendarArgs = {
  input: RevokeBookingCalendarInput;
};


/**
 * Changes to the embedded units' data. Every field names the @rule that decides who may use it,
 * and the repository's SQL enforces again which rows that caller may touch.
 * Send an `Idempotency-Key` header (8–128 of `A-Za-z0-9_.:-`) to make a retry safe: each root
 * field of the operation is written once under the key, whatever router forwards it, and a retry
 * answers what was written; the key sent again with another operation through the Linli gateway
 * is IDEMPOTENCY_KEY_REUSED, and a malformed key is INVALID_IDEMPOTENCY_KEY (HTTP 400). A mutation that is refused or
 * fails answers null with its coded error, so that a request with several mutations keeps the
 * answers of the others.
 */
export type MutationUpdateSharedResourceArgs = {
  input: UpdateSharedResourceInput;
};

/**
 * 党建+邻里中心 — a community's "party-building plus" neighbourhood center (木兰, 南桥, 紫泽, 潭边 …):
 * the services moved into it and the units that build it together. Public.
 */
export type NeighborhoodCenter = {
  __typename?: 'NeighborhoodCenter';
  /** 地址 — where it is. */
  address: Scalars['String']['output'];
  /**
   * 预约日历 — the center's commitments: the bookings of the resources it offers itself, by start,
   * optionally only those `filter` lets through; at most 100 a page.
   */
  bookings: BookingConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 成员单位 — the embedded units that are members of it, by name. */
  memberUnits: Array<Unit>;
  /** 名称 — e.g. 木兰社区"党建+"邻里中心. */
  name: Scalars['String']['output'];
  /** 服务事项 — the services it offers, by name. */
  serviceItems: Array<CenterServiceItem>;
  /**
   * 共享资源 — what the center itself offers the estates (venues, equipment, services), by name.
   * Its bookings are answered by the units agency's administrators.
   */
  sharedResources: Array<SharedResource>;
};


/**
 * 党建+邻里中心 — a community's "party-building plus" neighbourhood center (木兰, 南桥, 紫泽, 潭边 …):
 * the services moved into it and the units that build it together. Public.
 */
export type NeighborhoodCenterBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of neighbourhood centers. */
export type NeighborhoodCenterConnection = {
  __typename?: 'NeighborhoodCenterConnection';
  /** The centers of this page with their cursors. */
  edges: Array<NeighborhoodCenterEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many neighbourhood centers the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One neighbourhood center in a page, with the cursor that points at it. */
export type NeighborhoodCenterEdge = {
  __typename?: 'NeighborhoodCenterEdge';
  /** Opaque position of this center in the list. */
  cursor: Scalars['String']['output'];
  /** The center. */
  node: NeighborhoodCenter;
};

/** 党建+邻里中心数据 — the neighbourhood centers' figures. */
export type NeighborhoodCenterFigures = {
  __typename?: 'NeighborhoodCenterFigures';
  /** 民生高频事项 — high-frequency service items the centers offer (each center's items). */
  highFrequencyServiceItems: Scalars['Int']['output'];
  /** 邻里中心成员单位 — distinct units that are members of a center. */
  memberUnits: Scalars['Int']['output'];
  /** "党建+"邻里中心 — neighbourhood centers. */
  neighborhoodCenters: Scalars['Int']['output'];
  /** 下沉至睦邻客厅 — kinds of center service (distinct names) also offered in the estates' living rooms. */
  serviceKindsMovedDown: Scalars['Int']['output'];
};

/** 开放时间段 — one weekly window in which a shared resource may be booked, in China time (UTC+8). */
export type OpeningWindow = {
  __typename?: 'OpeningWindow';
  /** 结束 — when the window closes, "HH:MM" (exclusive; "24:00" for midnight at the end of the day). */
  endsAt: Scalars['String']['output'];
  /** 开始 — when the window opens, "HH:MM" (inclusive). */
  startsAt: Scalars['String']['output'];
  /** 星期 — ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['output'];
};

/** 开放时间段 — one weekly window, in China time (UTC+8). */
export type OpeningWindowInput = {
  /** 结束 — "HH:MM", after `startsAt`, at most "24:00". */
  endsAt: Scalars['String']['input'];
  /** 开始 — "HH:MM", 00:00 to 23:59. */
  startsAt: Scalars['String']['input'];
  /** 星期 — ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['input'];
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
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * 查找可用资源 — the shared resources of one kind, across every unit and neighbourhood center, that
   * the estate may book (open to all estates, or listing this one), that are open throughout
   * [from, to), and that have at least `items` items no booking holding a slot (PENDING or
   * APPROVED) overlaps in [from, to) (a resource of quantity 1: no such booking at all); by name,
   * at most 100 a page. A range that only touches a booking ([a, b) next to [b, c)) is free.
   * BAD_USER_INPUT for a malformed id or timestamp, `to` not after `from`, or `items` outside 1 to
   * 1000.
   */
  availableResources: SharedResourceConnection;
  /**
   * 借用预约 — one booking by id, or null when there is none. Bookings are public, like the resources
   * they book: anyone may read who booked what and when (so a `purpose` must not hold personal data).
   */
  booking?: Maybe<Booking>;
  /**
   * 预约统计 — the bookings of a place's estates starting from `from` to `to` (both `YYYY-MM-DD`, in
   * China time, at most 366 days), counted in SQL on every read by owning unit, resource and month:
   * one row for each resource and month with at least one booking. Public, as the overview's
   * figures. `place` is a place key (`County:<id>`, `Subdistrict:<id>`, `Community:<id>`,
   * `Estate:<id>`); a malformed key or range is refused with BAD_USER_INPUT naming the argument, a
   * key naming no place with NOT_FOUND.
   */
  bookingCounts: Array<BookingCount>;
  /** 党建+邻里中心 — one neighbourhood center by id, or null when there is none. */
  neighborhoodCenter?: Maybe<NeighborhoodCenter>;
  /** 党建+邻里中心 — the neighbourhood centers, by name; at most 100 a page. */
  neighborhoodCenters: NeighborhoodCenterConnection;
  /** 共享资源 — one shared resource by id, or null when there is none. Public: anyone may read it. */
  sharedResource?: Maybe<SharedResource>;
  /** 驻区单位 — one embedded unit by id, or null when there is none. */
  unit?: Maybe<Unit>;
  /** 驻区单位 — embedded units ordered by name, optionally of one kind; at most 100 a page. */
  units: UnitConnection;
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryAvailableResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  items?: InputMaybe<Scalars['Int']['input']>;
  kind: ResourceKind;
  to: Scalars['String']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryBookingCountsArgs = {
  from: Scalars['String']['input'];
  place: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryNeighborhoodCenterArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryNeighborhoodCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QuerySharedResourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The embedded units' part of the graph (驻区单位): the units stationed in the district and the
 * estates whose big branch (大支部) they joined. Estates belong to the party registry; this
 * subgraph only adds its fields to them by key.
 */
export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<UnitKind>;
};

/** 移除联络人 — which liaison person to remove. */
export type RemoveUnitLiaisonInput = {
  /** The liaison person's id. */
  id: Scalars['ID']['input'];
};

/** 申请借用 — what to book, for whom and when. */
export type RequestBookingInput = {
  /** 结束 — end, exclusive; after `startsAt`, at most 31 days later (less than a week when repeating). */
  endsAt: Scalars['String']['input'];
  /**
   * 小区 — the estate the booking is for (a resident may name only their own). It is the requester
   * unless a living room or a volunteer team is given.
   */
  estateId: Scalars['ID']['input'];
  /**
   * 件数 — how many items of a pooled resource, 1 to its quantity (default 1): one booking each,
   * every one booked, or none.
   */
  items?: InputMaybe<Scalars['Int']['input']>;
  /** 睦邻客厅 — book on behalf of this living room of the estate (administrators only). */
  livingRoomId?: InputMaybe<Scalars['ID']['input']>;
  /** 用途 — what it is for, at most 500 characters; public, so no personal data. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** 每周重复 — book the same slot every week; every occurrence is booked, or none. */
  repeatWeekly?: InputMaybe<WeeklyRepeatInput>;
  /** 共享资源 — the resource to book. */
  resourceId: Scalars['ID']['input'];
  /** 开始 — start, inclusive (ISO 8601 timestamp with a time zone, e.g. 2031-05-01T09:00:00+08:00). */
  startsAt: Scalars['String']['input'];
  /** 志愿者队伍 — book on behalf of this volunteer team (its lead, or administrators). */
  volunteerTeamId?: InputMaybe<Scalars['ID']['input']>;
};

/** 资源类型 — what kind of thing a unit shares. */
export type ResourceKind =
  /** 设备 — equipment lent out: tools, drill kits, tables and chairs. */
  | 'EQUIPMENT'
  /** 专业力量 — expertise: the unit's professionals (fire safety, law, medicine …) at an estate's service. */
  | 'EXPERTISE'
  /** 服务 — a service the unit provides, such as employment guidance. */
  | 'SERVICE'
  /** 场地 — a venue: a hall, a meeting room, a courtyard. */
  | 'VENUE';

/** 提供方 — who offers a shared resource: an embedded unit or a neighbourhood center. */
export type ResourceOwner = NeighborhoodCenter | Unit;

/** Which booking calendar to revoke. */
export type RevokeBookingCalendarInput = {
  /** The calendar's id. */
  id: Scalars['ID']['input'];
};

/**
 * 共享资源 — what an embedded unit (驻区单位) offers the estates whose big branch it joined, or what a
 * neighbourhood center (党建+邻里中心) offers: a venue, equipment, expertise or a service. Public
 * offers: anyone, signed in or not, may read them; only the owning unit's liaison and the units
 * agency's administrators may change them (a center's: the administrators).
 */
export type SharedResource = {
  __typename?: 'SharedResource';
  /**
   * 预约日历 — its bookings, by start, optionally only those `filter` lets
   * through; at most 100 a page.
   */
  bookings: BookingConnection;
  /**
   * 容量 — how many people (a venue, expertise, a service) or pieces (equipment) one booking of
   * it serves at once, 1 to 10000 (of a pooled resource: one item's).
   */
  capacity: Scalars['Int']['output'];
  /** 党建+邻里中心 — the neighbourhood center that offers it; null when a unit does. */
  center?: Maybe<NeighborhoodCenter>;
  /** 登记时间 — when it was first offered (ISO 8601 timestamp, UTC). */
  createdAt: Scalars['String']['output'];
  /** 说明 — what it offers and how to ask for it (at most 2000 characters; may be empty). */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 资源类型 — venue, equipment, expertise or service. */
  kind: ResourceKind;
  /**
   * 每月限额 — how many bookings one estate may hold of it per calendar month (China time); null
   * when there is no limit.
   */
  monthlyQuotaPerEstate?: Maybe<Scalars['Int']['output']>;
  /** 名称 — what it is called, e.g. 消防安全培训 (1 to 100 characters). */
  name: Scalars['String']['output'];
  /** 开放小区 — the estates that may book it, by id; empty when every estate may. */
  openToEstates: Array<Estate>;
  /**
   * 开放时间 — the weekly windows in which it may be booked, in China time (UTC+8), by weekday and
   * start. Empty: open at all times. A booking must lie wholly within them (windows that touch,
   * such as 08:00–12:00 and 12:00–18:00, count as one).
   */
  openingHours: Array<OpeningWindow>;
  /** 提供方 — who offers it and answers its bookings: a unit or a neighbourhood center. */
  owner: ResourceOwner;
  /**
   * 数量 — how many interchangeable items it pools (10 folding tables, 3 defibrillators), 1 to
   * 1000; 1 for a single venue or service. Each booking holds one item, so up to `quantity`
   * PENDING or APPROVED bookings may overlap, never more.
   */
  quantity: Scalars['Int']['output'];
  /** 需要审批 — whether a booking waits for the owner's approval (PENDING) or is APPROVED at once. */
  requiresApproval: Scalars['Boolean']['output'];
  /** 驻区单位 — the unit that offers it; null when a neighbourhood center does (see `owner`). */
  unit?: Maybe<Unit>;
  /** 更新时间 — when it was last changed (ISO 8601 timestamp, UTC). */
  updatedAt: Scalars['String']['output'];
  /**
   * 版本 — 1 when created, one more after every change. Send it back as `expectedVersion` with
   * an update so that a change made meanwhile by someone else is not overwritten.
   */
  version: Scalars['Int']['output'];
};


/**
 * 共享资源 — what an embedded unit (驻区单位) offers the estates whose big branch it joined, or what a
 * neighbourhood center (党建+邻里中心) offers: a venue, equipment, expertise or a service. Public
 * offers: anyone, signed in or not, may read them; only the owning unit's liaison and the units
 * agency's administrators may change them (a center's: the administrators).
 */
export type SharedResourceBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of shared resources. */
export type SharedResourceConnection = {
  __typename?: 'SharedResourceConnection';
  /** The resources of this page with their cursors. */
  edges: Array<SharedResourceEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many resources the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One shared resource in a page, with the cursor that points at it. */
export type SharedResourceEdge = {
  __typename?: 'SharedResourceEdge';
  /** Opaque position of this resource in the list. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: SharedResource;
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
   * 驻区单位 — this agency's figures of the place, computed from its own records. Null, with an error,
   * only while this agency's service cannot be reached.
   */
  unitsFigures?: Maybe<UnitsFigures>;
  /**
   * This agency's figures month by month, from `from` to `to` (both `YYYY-MM`, at most 36 months),
   * in China time.
   */
  unitsMonthly?: Maybe<Array<UnitsMonthFigures>>;
};


/**
 * 镇街 — a town or subdistrict of the party registry; this agency adds its figures over the place's estates,
 * which it finds in its directory of places (its copy of the registry's tree, kept from the registry's feed).
 */
export type SubdistrictUnitsMonthlyArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/**
 * 驻区单位 — a company, agency, school, hospital or social organization stationed in the district,
 * a partner (左邻右舍 / 厝边邻) of the estates whose big branch it joined.
 */
export type Unit = {
  __typename?: 'Unit';
  /** Street address. */
  address: Scalars['String']['output'];
  /** 加入小区"大支部" — its memberships of estate big branches, in the order it joined them. */
  bigBranchMemberships: Array<BigBranchMembership>;
  /**
   * 日历订阅 — the booking calendars of the unit and of each of its resources, live and revoked,
   * newest first (never their addresses). Shown to the unit's liaison and the units agency's
   * administrators; empty for anyone else.
   */
  bookingCalendars: Array<BookingCalendar>;
  /**
   * 预约日历 — the unit's commitments: the bookings of all its resources, by start, optionally only
   * those `filter` lets through; at most 100 a page.
   */
  bookings: BookingConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 小区 — the estates whose big branch it joined, in the order it joined them. */
  joinedEstates: Array<Estate>;
  /** What kind of organization it is. */
  kind: UnitKind;
  /**
   * 联络人 — the unit's liaison people, by name. Their phone numbers are personal data: shown in
   * full only to the unit's own liaison and the units agency's administrators (no `purpose`
   * argument: they are the unit's own working contacts), masked (138****1234) to everyone else.
   */
  liaisons: Array<UnitLiaison>;
  /** Registered name, e.g. 全安消防技术有限公司. */
  name: Scalars['String']['output'];
  /** 党建+邻里中心 — the neighbourhood centers it is a member unit of, by name. */
  neighborhoodCenters: Array<NeighborhoodCenter>;
  /**
   * 共享资源 — what it offers the estates it stands behind (venues, equipment, expertise,
   * services), by name. Public: anyone may read it.
   */
  sharedResources: Array<SharedResource>;
};


/**
 * 驻区单位 — a company, agency, school, hospital or social organization stationed in the district,
 * a partner (左邻右舍 / 厝边邻) of the estates whose big branch it joined.
 */
export type UnitBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of embedded units. */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  /** The units of this page with their cursors. */
  edges: Array<UnitEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many units the whole list holds (every page), counted in one statement, only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** One embedded unit in a page, with the cursor that points at it. */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** Opaque position of this unit in the list. */
  cursor: Scalars['String']['output'];
  /** The unit. */
  node: Unit;
};

/** 单位类型 — what kind of organization an embedded unit is. */
export type UnitKind =
  /** 机关单位 — a government agency or public institution. */
  | 'AGENCY'
  /** 企业 — a company. */
  | 'COMPANY'
  /** 医院 — a hospital. */
  | 'HOSPITAL'
  /** 学校 — a school. */
  | 'SCHOOL'
  /** 社会组织 — a social organization. */
  | 'SOCIAL_ORGANIZATION';

/** 联络人 — a person a unit names as its contact for the estates and the agencies. */
export type UnitLiaison = {
  __typename?: 'UnitLiaison';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 姓名 — the person's name. */
  name: Scalars['String']['output'];
  /**
   * 联系电话 — their phone number, personal data: masked (138****1234) unless a `purpose` is stated
   * by the unit's own liaison or a units agency administrator; then in full, and the read is
   * written to the personal-data access log. A stated purpose from anyone else is FORBIDDEN: null on
   * this field alone, the liaison's other fields kept.
   */
  phone?: Maybe<Scalars['String']['output']>;
  /** 职务 — their position in the unit, e.g. 党支部书记 (may be empty). */
  title: Scalars['String']['output'];
  /** 驻区单位 — the unit whose liaison this is. */
  unit: Unit;
};


/** 联络人 — a person a unit names as its contact for the estates and the agencies. */
export type UnitLiaisonPhoneArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** 驻区单位数据 — the embedded units agency's part of a place's dashboard, counted in SQL from the records. */
export type UnitsFigures = {
  __typename?: 'UnitsFigures';
  /** 预约 — bookings approved for estates of the place. */
  bookingsApproved: Scalars['Int']['output'];
  /** Bookings for estates of the place still waiting for the owner's answer. */
  bookingsPending: Scalars['Int']['output'];
  /** 驻区单位 — units that joined the big branch of an estate of the place. */
  embeddedUnits: Scalars['Int']['output'];
  /** Estates of the place whose big branch at least one unit joined. */
  estatesWithEmbeddedUnits: Scalars['Int']['output'];
  /** 共享资源 — shared resources of the units that joined an estate of the place. */
  sharedResources: Scalars['Int']['output'];
};

/** One month of the embedded units agency's figures, in China time. */
export type UnitsMonthFigures = {
  __typename?: 'UnitsMonthFigures';
  /** Bookings approved whose time starts in the month. */
  bookingsApproved: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
};

/**
 * 更新共享资源 — which resource to change and its new values. A field left out (or null) keeps its
 * current value (except `monthlyQuotaPerEstate`, where null removes the limit); at least one must
 * be given.
 */
export type UpdateSharedResourceInput = {
  /** 容量 — the new capacity, 1 to 10000. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** 说明 — the new description, at most 2000 characters; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * The `version` the change is based on: when the record is at another version (someone changed
   * it meanwhile), the update is refused with CONFLICT naming the current version
   * (`extensions.currentVersion`) and nothing is stored. Leave it out to change whatever is there.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The resource to change. */
  id: Scalars['ID']['input'];
  /**
   * 每月限额 — the new limit per estate and month, 1 to 1000. Unlike the other fields, an explicit
   * null removes the limit; leave the field out to keep it.
   */
  monthlyQuotaPerEstate?: InputMaybe<Scalars['Int']['input']>;
  /** 名称 — the new name, 1 to 100 characters (surrounding spaces are dropped). */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * 开放小区 — the estates that may book it from now on (at most 200 ids); an empty list opens it to
   * every estate. Bookings already made stay.
   */
  openToEstateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * 开放时间 — the weekly windows from now on (at most 50), replacing the current ones; an empty list
   * opens it at all times. Bookings already made stay.
   */
  openingHours?: InputMaybe<Array<OpeningWindowInput>>;
  /** 数量 — the new number of items, 1 to 1000; not below an item a booking not yet over holds. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 需要审批 — whether new bookings wait for approval. Bookings already made keep their state. */
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * 志愿者队伍 — a volunteer team, owned by the volunteer subgraph; the embedded units' subgraph adds
 * its bookings.
 */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /**
   * 借用预约 — the bookings the team asked for, by start, optionally only those `filter`
   * lets through; at most 100 a page. Null, with an error, only while the
   * units service cannot be reached.
   */
  bookings?: Maybe<BookingConnection>;
  /** Stable identifier, shared by every agency. */
  id: Scalars['ID']['output'];
};


/**
 * 志愿者队伍 — a volunteer team, owned by the volunteer subgraph; the embedded units' subgraph adds
 * its bookings.
 */
export type VolunteerTeamBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingCalendarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 每周重复 — a weekly rule. */
export type WeeklyRepeatInput = {
  /** How many weekly occurrences, the first included: 2 to 52. */
  occurrences: Scalars['Int']['input'];
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
  Booking: Booking;
  Community: Community;
  County: County;
  Estate: Estate;
  LivingRoom: LivingRoom;
  NeighborhoodCenter: NeighborhoodCenter;
  SharedResource: SharedResource;
  Subdistrict: Subdistrict;
  Unit: Unit;
  VolunteerTeam: VolunteerTeam;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Booking:
    ( { __typename: 'Booking' }
    & GraphQLRecursivePick<FederationTypes['Booking'], {"id":true}> );
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"id":true}> );
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"id":true}> );
  Estate:
    ( { __typename: 'Estate' }
    & GraphQLRecursivePick<FederationTypes['Estate'], {"id":true}> );
  LivingRoom:
    ( { __typename: 'LivingRoom' }
    & GraphQLRecursivePick<FederationTypes['LivingRoom'], {"id":true}> );
  NeighborhoodCenter:
    ( { __typename: 'NeighborhoodCenter' }
    & GraphQLRecursivePick<FederationTypes['NeighborhoodCenter'], {"id":true}> );
  SharedResource:
    ( { __typename: 'SharedResource' }
    & GraphQLRecursivePick<FederationTypes['SharedResource'], {"id":true}> );
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
  BookingRequester:
    | ( EstateRef )
    | ( RequesterRef )
    | ( EstateRef )
  ;
  ResourceOwner:
    | ( NeighborhoodCenterRow )
    | ( UnitRow )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddUnitLiaisonInput: AddUnitLiaisonInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BigBranchMembership: ResolverTypeWrapper<BigBranchMembershipRow>;
  Booking: ResolverTypeWrapper<BookingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BookingCalendar: ResolverTypeWrapper<CalendarFeedView>;
  BookingCalendarFilter: BookingCalendarFilter;
  BookingConnection: ResolverTypeWrapper<Connection<BookingRow>>;
  BookingCount: ResolverTypeWrapper<BookingCountRow>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingRequester: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BookingRequester']>;
  BookingState: BookingState;
  BookingTransition: ResolverTypeWrapper<BookingHistoryRow>;
  BookingTransitionInput: BookingTransitionInput;
  CenterServiceCategory: CenterServiceCategory;
  CenterServiceItem: ResolverTypeWrapper<CenterServiceItemRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Community: ResolverTypeWrapper<PlaceRef>;
  County: ResolverTypeWrapper<PlaceRef>;
  CreateBookingCalendarInput: CreateBookingCalendarInput;
  CreateSharedResourceInput: CreateSharedResourceInput;
  Estate: ResolverTypeWrapper<EstateRef>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  LivingRoom: ResolverTypeWrapper<RequesterRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighborhoodCenter: ResolverTypeWrapper<NeighborhoodCenterRow>;
  NeighborhoodCenterConnection: ResolverTypeWrapper<Connection<NeighborhoodCenterRow>>;
  NeighborhoodCenterEdge: ResolverTypeWrapper<Omit<NeighborhoodCenterEdge, 'node'> & { node: ResolversTypes['NeighborhoodCenter'] }>;
  NeighborhoodCenterFigures: ResolverTypeWrapper<CenterFiguresRow>;
  OpeningWindow: ResolverTypeWrapper<OpeningWindowRow>;
  OpeningWindowInput: OpeningWindowInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveUnitLiaisonInput: RemoveUnitLiaisonInput;
  RequestBookingInput: RequestBookingInput;
  ResourceKind: ResourceKind;
  ResourceOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResourceOwner']>;
  RevokeBookingCalendarInput: RevokeBookingCalendarInput;
  SharedResource: ResolverTypeWrapper<SharedResourceRow>;
  SharedResourceConnection: ResolverTypeWrapper<Connection<SharedResourceRow>>;
  SharedResourceEdge: ResolverTypeWrapper<Omit<SharedResourceEdge, 'node'> & { node: ResolversTypes['SharedResource'] }>;
  Subdistrict: ResolverTypeWrapper<PlaceRef>;
  Unit: ResolverTypeWrapper<UnitRow>;
  UnitConnection: ResolverTypeWrapper<Connection<UnitRow>>;
  UnitEdge: ResolverTypeWrapper<Omit<UnitEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  UnitKind: UnitKind;
  UnitLiaison: ResolverTypeWrapper<UnitLiaisonRow>;
  UnitsFigures: ResolverTypeWrapper<UnitsFiguresRow>;
  UnitsMonthFigures: ResolverTypeWrapper<UnitsMonthRow>;
  UpdateSharedResourceInput: UpdateSharedResourceInput;
  VolunteerTeam: ResolverTypeWrapper<EstateRef>;
  WeeklyRepeatInput: WeeklyRepeatInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddUnitLiaisonInput: AddUnitLiaisonInput;
  ID: Scalars['ID']['output'];
  BigBranchMembership: BigBranchMembershipRow;
  Booking: BookingRow;
  Int: Scalars['Int']['output'];
  BookingCalendar: CalendarFeedView;
  BookingCalendarFilter: BookingCalendarFilter;
  BookingConnection: Connection<BookingRow>;
  BookingCount: BookingCountRow;
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingRequester: ResolversUnionTypes<ResolversParentTypes>['BookingRequester'];
  BookingTransition: BookingHistoryRow;
  BookingTransitionInput: BookingTransitionInput;
  CenterServiceItem: CenterServiceItemRow;
  Boolean: Scalars['Boolean']['output'];
  Community: PlaceRef;
  County: PlaceRef;
  CreateBookingCalendarInput: CreateBookingCalendarInput;
  CreateSharedResourceInput: CreateSharedResourceInput;
  Estate: EstateRef;
  FieldSet: Scalars['FieldSet']['output'];
  LivingRoom: RequesterRef;
  Mutation: Record<PropertyKey, never>;
  NeighborhoodCenter: NeighborhoodCenterRow;
  NeighborhoodCenterConnection: Connection<NeighborhoodCenterRow>;
  NeighborhoodCenterEdge: Omit<NeighborhoodCenterEdge, 'node'> & { node: ResolversParentTypes['NeighborhoodCenter'] };
  NeighborhoodCenterFigures: CenterFiguresRow;
  OpeningWindow: OpeningWindowRow;
  OpeningWindowInput: OpeningWindowInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RemoveUnitLiaisonInput: RemoveUnitLiaisonInput;
  RequestBookingInput: RequestBookingInput;
  ResourceOwner: ResolversUnionTypes<ResolversParentTypes>['ResourceOwner'];
  RevokeBookingCalendarInput: RevokeBookingCalendarInput;
  SharedResource: SharedResourceRow;
  SharedResourceConnection: Connection<SharedResourceRow>;
  SharedResourceEdge: Omit<SharedResourceEdge, 'node'> & { node: ResolversParentTypes['SharedResource'] };
  Subdistrict: PlaceRef;
  Unit: UnitRow;
  UnitConnection: Connection<UnitRow>;
  UnitEdge: Omit<UnitEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  UnitLiaison: UnitLiaisonRow;
  UnitsFigures: UnitsFiguresRow;
  UnitsMonthFigures: UnitsMonthRow;
  UpdateSharedResourceInput: UpdateSharedResourceInput;
  VolunteerTeam: EstateRef;
  WeeklyRepeatInput: WeeklyRepeatInput;
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

export type BigBranchMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BigBranchMembership'] = ResolversParentTypes['BigBranchMembership']> = {
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type BookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking'], FederationReferenceType extends FederationReferenceTypes['Booking'] = FederationReferenceTypes['Booking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Booking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estate?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['BookingTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['BookingRequester'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['SharedResource'], ParentType, ContextType>;
  seriesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BookingState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookingCalendarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingCalendar'] = ResolversParentTypes['BookingCalendar']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingCount'] = ResolversParentTypes['BookingCount']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['SharedResource'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingRequesterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingRequester'] = ResolversParentTypes['BookingRequester']> = {
  __resolveType: TypeResolveFn<'Estate' | 'LivingRoom' | 'VolunteerTeam', ParentType, ContextType>;
};

export type BookingTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingTransition'] = ResolversParentTypes['BookingTransition']> = {
  fromState?: Resolver<Maybe<ResolversTypes['BookingState']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['BookingState'], ParentType, ContextType>;
};

export type CenterServiceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CenterServiceItem'] = ResolversParentTypes['CenterServiceItem']> = {
  category?: Resolver<ResolversTypes['CenterServiceCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offeredInLivingRooms?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitsFigures?: Resolver<Maybe<ResolversTypes['UnitsFigures']>, ParentType, ContextType>;
  unitsMonthly?: Resolver<Maybe<Array<ResolversTypes['UnitsMonthFigures']>>, ParentType, ContextType, RequireFields<CommunityUnitsMonthlyArgs, 'from' | 'to'>>;
};

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  neighborhoodCenterFigures?: Resolver<Maybe<ResolversTypes['NeighborhoodCenterFigures']>, ParentType, ContextType>;
  unitsFigures?: Resolver<Maybe<ResolversTypes['UnitsFigures']>, ParentType, ContextType>;
  unitsMonthly?: Resolver<Maybe<Array<ResolversTypes['UnitsMonthFigures']>>, ParentType, ContextType, RequireFields<CountyUnitsMonthlyArgs, 'from' | 'to'>>;
};

export type EstateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate'], FederationReferenceType extends FederationReferenceTypes['Estate'] = FederationReferenceTypes['Estate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bigBranchMemberships?: Resolver<Maybe<Array<ResolversTypes['BigBranchMembership']>>, ParentType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<EstateBookingsArgs, 'first'>>;
  embeddedUnits?: Resolver<Maybe<Array<ResolversTypes['Unit']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitsFigures?: Resolver<Maybe<ResolversTypes['UnitsFigures']>, ParentType, ContextType>;
  unitsMonthly?: Resolver<Maybe<Array<ResolversTypes['UnitsMonthFigures']>>, ParentType, ContextType, RequireFields<EstateUnitsMonthlyArgs, 'from' | 'to'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type LivingRoomResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LivingRoom'] = ResolversParentTypes['LivingRoom'], FederationReferenceType extends FederationReferenceTypes['LivingRoom'] = FederationReferenceTypes['LivingRoom']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LivingRoom']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<LivingRoomBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addUnitLiaison?: Resolver<Maybe<ResolversTypes['UnitLiaison']>, ParentType, ContextType, RequireFields<MutationAddUnitLiaisonArgs, 'input'>>;
  approveBooking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<MutationApproveBookingArgs, 'input'>>;
  cancelBooking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'input'>>;
  createBookingCalendar?: Resolver<Maybe<ResolversTypes['BookingCalendar']>, ParentType, ContextType, RequireFields<MutationCreateBookingCalendarArgs, 'input'>>;
  createSharedResource?: Resolver<Maybe<ResolversTypes['SharedResource']>, ParentType, ContextType, RequireFields<MutationCreateSharedResourceArgs, 'input'>>;
  declineBooking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<MutationDeclineBookingArgs, 'input'>>;
  removeUnitLiaison?: Resolver<Maybe<ResolversTypes['UnitLiaison']>, ParentType, ContextType, RequireFields<MutationRemoveUnitLiaisonArgs, 'input'>>;
  requestBooking?: Resolver<Maybe<Array<ResolversTypes['Booking']>>, ParentType, ContextType, RequireFields<MutationRequestBookingArgs, 'input'>>;
  revokeBookingCalendar?: Resolver<Maybe<ResolversTypes['BookingCalendar']>, ParentType, ContextType, RequireFields<MutationRevokeBookingCalendarArgs, 'input'>>;
  updateSharedResource?: Resolver<Maybe<ResolversTypes['SharedResource']>, ParentType, ContextType, RequireFields<MutationUpdateSharedResourceArgs, 'input'>>;
};

export type NeighborhoodCenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborhoodCenter'] = ResolversParentTypes['NeighborhoodCenter'], FederationReferenceType extends FederationReferenceTypes['NeighborhoodCenter'] = FederationReferenceTypes['NeighborhoodCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NeighborhoodCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<NeighborhoodCenterBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberUnits?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceItems?: Resolver<Array<ResolversTypes['CenterServiceItem']>, ParentType, ContextType>;
  sharedResources?: Resolver<Array<ResolversTypes['SharedResource']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NeighborhoodCenterConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborhoodCenterConnection'] = ResolversParentTypes['NeighborhoodCenterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NeighborhoodCenterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeighborhoodCenterEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborhoodCenterEdge'] = ResolversParentTypes['NeighborhoodCenterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NeighborhoodCenter'], ParentType, ContextType>;
};

export type NeighborhoodCenterFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborhoodCenterFigures'] = ResolversParentTypes['NeighborhoodCenterFigures']> = {
  highFrequencyServiceItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neighborhoodCenters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceKindsMovedDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpeningWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpeningWindow'] = ResolversParentTypes['OpeningWindow']> = {
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  availableResources?: Resolver<ResolversTypes['SharedResourceConnection'], ParentType, ContextType, RequireFields<QueryAvailableResourcesArgs, 'estateId' | 'first' | 'from' | 'items' | 'kind' | 'to'>>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  bookingCounts?: Resolver<Array<ResolversTypes['BookingCount']>, ParentType, ContextType, RequireFields<QueryBookingCountsArgs, 'from' | 'place' | 'to'>>;
  neighborhoodCenter?: Resolver<Maybe<ResolversTypes['NeighborhoodCenter']>, ParentType, ContextType, RequireFields<QueryNeighborhoodCenterArgs, 'id'>>;
  neighborhoodCenters?: Resolver<ResolversTypes['NeighborhoodCenterConnection'], ParentType, ContextType, RequireFields<QueryNeighborhoodCentersArgs, 'first'>>;
  sharedResource?: Resolver<Maybe<ResolversTypes['SharedResource']>, ParentType, ContextType, RequireFields<QuerySharedResourceArgs, 'id'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  units?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<QueryUnitsArgs, 'first'>>;
};

export type ResourceOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResourceOwner'] = ResolversParentTypes['ResourceOwner']> = {
  __resolveType: TypeResolveFn<'NeighborhoodCenter' | 'Unit', ParentType, ContextType>;
};

export type SharedResourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedResource'] = ResolversParentTypes['SharedResource'], FederationReferenceType extends FederationReferenceTypes['SharedResource'] = FederationReferenceTypes['SharedResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SharedResource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<SharedResourceBookingsArgs, 'first'>>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<Maybe<ResolversTypes['NeighborhoodCenter']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  monthlyQuotaPerEstate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openToEstates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningWindow']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['ResourceOwner'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedResourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedResourceConnection'] = ResolversParentTypes['SharedResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SharedResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedResourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedResourceEdge'] = ResolversParentTypes['SharedResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SharedResource'], ParentType, ContextType>;
};

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict'], FederationReferenceType extends FederationReferenceTypes['Subdistrict'] = FederationReferenceTypes['Subdistrict']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subdistrict']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitsFigures?: Resolver<Maybe<ResolversTypes['UnitsFigures']>, ParentType, ContextType>;
  unitsMonthly?: Resolver<Maybe<Array<ResolversTypes['UnitsMonthFigures']>>, ParentType, ContextType, RequireFields<SubdistrictUnitsMonthlyArgs, 'from' | 'to'>>;
};

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bigBranchMemberships?: Resolver<Array<ResolversTypes['BigBranchMembership']>, ParentType, ContextType>;
  bookingCalendars?: Resolver<Array<ResolversTypes['BookingCalendar']>, ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<UnitBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedEstates?: Resolver<Array<ResolversTypes['Estate']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  liaisons?: Resolver<Array<ResolversTypes['UnitLiaison']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighborhoodCenters?: Resolver<Array<ResolversTypes['NeighborhoodCenter']>, ParentType, ContextType>;
  sharedResources?: Resolver<Array<ResolversTypes['SharedResource']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitConnection'] = ResolversParentTypes['UnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitEdge'] = ResolversParentTypes['UnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type UnitLiaisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitLiaison'] = ResolversParentTypes['UnitLiaison']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<UnitLiaisonPhoneArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type UnitsFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitsFigures'] = ResolversParentTypes['UnitsFigures']> = {
  bookingsApproved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookingsPending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  embeddedUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatesWithEmbeddedUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedResources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitsMonthFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitsMonthFigures'] = ResolversParentTypes['UnitsMonthFigures']> = {
  bookingsApproved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerTeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam'], FederationReferenceType extends FederationReferenceTypes['VolunteerTeam'] = FederationReferenceTypes['VolunteerTeam']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<VolunteerTeamBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  BigBranchMembership?: BigBranchMembershipResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingCalendar?: BookingCalendarResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingCount?: BookingCountResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingRequester?: BookingRequesterResolvers<ContextType>;
  BookingTransition?: BookingTransitionResolvers<ContextType>;
  CenterServiceItem?: CenterServiceItemResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Estate?: EstateResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  LivingRoom?: LivingRoomResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighborhoodCenter?: NeighborhoodCenterResolvers<ContextType>;
  NeighborhoodCenterConnection?: NeighborhoodCenterConnectionResolvers<ContextType>;
  NeighborhoodCenterEdge?: NeighborhoodCenterEdgeResolvers<ContextType>;
  NeighborhoodCenterFigures?: NeighborhoodCenterFiguresResolvers<ContextType>;
  OpeningWindow?: OpeningWindowResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResourceOwner?: ResourceOwnerResolvers<ContextType>;
  SharedResource?: SharedResourceResolvers<ContextType>;
  SharedResourceConnection?: SharedResourceConnectionResolvers<ContextType>;
  SharedResourceEdge?: SharedResourceEdgeResolvers<ContextType>;
  Subdistrict?: SubdistrictResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitConnection?: UnitConnectionResolvers<ContextType>;
  UnitEdge?: UnitEdgeResolvers<ContextType>;
  UnitLiaison?: UnitLiaisonResolvers<ContextType>;
  UnitsFigures?: UnitsFiguresResolvers<ContextType>;
  UnitsMonthFigures?: UnitsMonthFiguresResolvers<ContextType>;
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
