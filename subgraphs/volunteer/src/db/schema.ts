import { versionColumn } from "@linli/service-kit/tables";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
// Set to now() by every update; a new row starts with its creation time.
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** 小区党员志愿者队伍 — estate party-member volunteer teams. */
export const volunteerTeams = pgTable(
  "volunteer_teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    foundedOn: date("founded_on").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  // Teams are listed by name, then id: the index serves that order and its cursor.
  (t) => [index("volunteer_teams_name_id_idx").on(t.name, t.id)],
);

/** Which estates a team serves; a team may serve several estates and an estate several teams. */
export const teamEstates = pgTable(
  "team_estates",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "cascade" }),
    // The party registry's estate key. Not a foreign key: estates live in another agency's database.
    estateId: uuid("estate_id").notNull(),
    createdAt: createdAt(),
  },
  // The primary key indexes team_id; the named index serves lookups by estate.
  (t) => [primaryKey({ columns: [t.teamId, t.estateId] }), index("team_estates_estate_id_idx").on(t.estateId)],
);

export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;

/** 小区 — an estate of the party registry, known here only by its key. */
export type EstateRef = { id: string };

/**
 * 志愿者 — a person who volunteers: a resident, often a party member. `subject` is the identity
 * provider's subject of their sign-in (so a resident signing up for an activity is found again);
 * `party_member_id` is the party registry's member key, not a foreign key (another agency's database).
 */
export const volunteers = pgTable(
  "volunteers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    subject: text("subject").unique("volunteers_subject_key"),
    partyMemberId: uuid("party_member_id").unique("volunteers_party_member_id_key"),
    createdAt: createdAt(),
  },
  (t) => [index("volunteers_created_at_id_idx").on(t.createdAt, t.id)],
);

export const teamRole = pgEnum("team_role", ["LEADER", "MEMBER"]);

/**
 * 队员名册 — a volunteer's membership of a team: their role and when they joined and left. A member
 * who leaves keeps their row with `left_on` set (the roster's history is never deleted); a
 * volunteer holds at most one current membership per team, and may join again after leaving.
 */
export const teamMemberships = pgTable(
  "team_memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "restrict" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => volunteers.id, { onDelete: "restrict" }),
    role: teamRole("role").notNull(),
    joinedOn: date("joined_on").notNull(),
    leftOn: date("left_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex("team_memberships_one_current_per_volunteer")
      .on(t.teamId, t.volunteerId)
      .where(sql`${t.leftOn} is null`),
    // The roster is listed current members first, then by joining date: the index serves each team's page.
    index("team_memberships_team_id_idx").on(t.teamId, t.joinedOn, t.id),
    index("team_memberships_volunteer_id_idx").on(t.volunteerId),
    check("team_memberships_dates_check", sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

export type TeamMembershipRow = typeof teamMemberships.$inferSelect;

export const activityKind = pgEnum("activity_kind", [
  "FREE_HAIRCUT",
  "FREE_CLINIC",
  "FREE_REPAIR",
  "LEGAL_ADVICE",
  "CLEAN_UP",
  "OTHER",
]);

/** 志愿活动 — an activity a team holds for an estate (义剪, 义诊 …), with a capacity and a waitlist. */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "restrict" }),
    // The party registry's estate key (another agency's database: no foreign key).
    estateId: uuid("estate_id").notNull(),
    title: text("title").notNull(),
    kind: activityKind("kind").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    // The units agency's shared resource key, when the activity is held at one.
    placeId: uuid("place_id"),
    capacity: integer("capacity").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("activities_team_id_idx").on(t.teamId),
    index("activities_estate_starts_at_id_idx").on(t.estateId, t.startsAt, t.id),
    index("activities_place_starts_at_id_idx").on(t.placeId, t.startsAt, t.id),
    check("activities_time_range_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("activities_capacity_check", sql`${t.capacity} between 1 and 10000`),
  ],
);

export const signUpState = pgEnum("sign_up_state", ["SIGNED_UP", "WAITLISTED", "CHECKED_IN", "CANCELLED"]);

/** 活动报名 — one person's sign-up for an activity; `seq` orders the sign-ups and so the waitlist. */
export const activitySignUps = pgTable(
  "activity_sign_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => volunteers.id, { onDelete: "restrict" }),
    state: signUpState("state").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedByDefaultAsIdentity(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A person holds at most one live sign-up per activity; after cancelling they may sign up again.
    uniqueIndex("activity_sign_ups_one_live_per_person")
      .on(t.activityId, t.volunteerId)
      .where(sql`${t.state} <> 'CANCELLED'`),
    index("activity_sign_ups_activity_state_seq_idx").on(t.activityId, t.state, t.seq),
    index("activity_sign_ups_volunteer_id_idx").on(t.volunteerId),
  ],
);

/** Every state a sign-up went through; the database refuses to change or delete a row. */
export const activitySignUpEvents = pgTable(
  "activity_sign_up_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    signUpId: uuid("sign_up_id")
      .notNull()
      .references(() => activitySignUps.id, { onDelete: "restrict" }),
    fromState: signUpState("from_state"),
    toState: signUpState("to_state").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activity_sign_up_events_sign_up_id_idx").on(t.signUpId, t.occurredAt)],
);

export const postKind = pgEnum("post_kind", [
  "HARMONY_GUARD",
  "SAFETY_GUARD",
  "WARM_SERVICE",
  "ENVIRONMENT",
  "FOOD_SAFETY",
]);
export const postSchedule = pgEnum("post_schedule", ["FIXED_SHIFT", "FLEXIBLE", "OPEN_ENDED"]);

/** 服务岗位 — a service post a team offers in an estate, claimed by in-service party members. */
export const servicePosts = pgTable(
  "service_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "restrict" }),
    estateId: uuid("estate_id").notNull(),
    kind: postKind("kind").notNull(),
    title: text("title").notNull(),
    capacity: integer("capacity").notNull(),
    schedule: postSchedule("schedule").notNull(),
    shiftStartsAt: timestamp("shift_starts_at", { withTimezone: true }),
    shiftEndsAt: timestamp("shift_ends_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("service_posts_team_id_idx").on(t.teamId),
    index("service_posts_estate_id_idx").on(t.estateId, t.createdAt, t.id),
    check("service_posts_capacity_check", sql`${t.capacity} between 1 and 1000`),
    // A fixed shift has a time range; the other schedules have none.
    check(
      "service_posts_shift_check",
      sql`(${t.schedule} = 'FIXED_SHIFT' and ${t.shiftStartsAt} is not null and ${t.shiftEndsAt} > ${t.shiftStartsAt})
        or (${t.schedule} <> 'FIXED_SHIFT' and ${t.shiftStartsAt} is null and ${t.shiftEndsAt} is null)`,
    ),
  ],
);

export const claimState = pgEnum("post_claim_state", ["CLAIMED", "ACCEPTED", "REJECTED", "COMPLETED", "NOT_COMPLETED"]);

/**
 * 认领 — a party member's claim of a service post. The shift is copied from the post so that the
 * database itself can refuse two live claims of one member whose fixed shifts overlap (an
 * EXCLUDE constraint, added by a custom migration).
 */
export const postClaims = pgTable(
  "post_claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => servicePosts.id, { onDelete: "restrict" }),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => volunteers.id, { onDelete: "restrict" }),
    // The party registry's member key of the volunteer.
    memberId: uuid("member_id").notNull(),
    shiftStartsAt: timestamp("shift_starts_at", { withTimezone: true }),
    shiftEndsAt: timestamp("shift_ends_at", { withTimezone: true }),
    state: claimState("state").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("post_claims_one_live_per_member")
      .on(t.postId, t.memberId)
      .where(sql`${t.state} in ('CLAIMED', 'ACCEPTED')`),
    index("post_claims_member_id_idx").on(t.memberId, t.createdAt, t.id),
    index("post_claims_volunteer_id_idx").on(t.volunteerId),
  ],
);

/** Every state a claim went through; the database refuses to change or delete a row. */
export const postClaimEvents = pgTable(
  "post_claim_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => postClaims.id, { onDelete: "restrict" }),
    fromState: claimState("from_state"),
    toState: claimState("to_state").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("post_claim_events_claim_id_idx").on(t.claimId, t.occurredAt)],
);

export const hourSource = pgEnum("service_hour_source", ["ACTIVITY_CHECK_IN", "POST_COMPLETED", "CORRECTION"]);

/**
 * 服务时长 — append-only service-hour entries. A correction is a new entry pointing at the entry it
 * corrects; it counts only once approved, and then replaces that entry's minutes. The database
 * refuses every UPDATE and DELETE (a trigger, added by a custom migration).
 */
export const serviceHourEntries = pgTable(
  "service_hour_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    volunteerId: uuid("volunteer_id")
      .notNull()
      .references(() => volunteers.id, { onDelete: "restrict" }),
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "restrict" }),
    estateId: uuid("estate_id").notNull(),
    servedOn: date("served_on").notNull(),
    minutes: integer("minutes").notNull(),
    source: hourSource("source").notNull(),
    signUpId: uuid("sign_up_id")
      .references(() => activitySignUps.id, { onDelete: "restrict" })
      .unique("service_hour_entries_sign_up_id_key"),
    claimId: uuid("claim_id")
      .references(() => postClaims.id, { onDelete: "restrict" })
      .unique("service_hour_entries_claim_id_key"),
    correctsEntryId: uuid("corrects_entry_id").references((): AnyPgColumn => serviceHourEntries.id, {
      onDelete: "restrict",
    }),
    reason: text("reason"),
    recordedBy: text("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("service_hour_entries_volunteer_id_idx").on(t.volunteerId),
    index("service_hour_entries_team_id_idx").on(t.teamId),
    index("service_hour_entries_estate_id_idx").on(t.estateId),
    index("service_hour_entries_corrects_entry_id_idx").on(t.correctsEntryId),
    check("service_hour_entries_minutes_check", sql`${t.minutes} between 0 and 1440`),
    check(
      "service_hour_entries_source_check",
      sql`(${t.source} = 'CORRECTION') = (${t.correctsEntryId} is not null and ${t.reason} is not null)
        and (${t.source} = 'ACTIVITY_CHECK_IN') = (${t.signUpId} is not null)
        and (${t.source} = 'POST_COMPLETED') = (${t.claimId} is not null)`,
    ),
  ],
);

export const correctionDecision = pgEnum("hour_correction_decision", ["APPROVED", "REJECTED"]);

/** A lead's one decision on a correction; immutable like the entries themselves. */
export const hourCorrectionDecisions = pgTable("hour_correction_decisions", {
  correctionId: uuid("correction_id")
    .primaryKey()
    .references(() => serviceHourEntries.id, { onDelete: "restrict" }),
  decision: correctionDecision("decision").notNull(),
  decidedBy: text("decided_by").notNull(),
  decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The minutes that count: each original entry with the minutes of its latest approved correction,
 * if any. Created by a custom migration; every total is a sum over it.
 */
export const effectiveServiceHours = pgView("effective_service_hours", {
  id: uuid("id").notNull(),
  volunteerId: uuid("volunteer_id").notNull(),
  teamId: uuid("team_id").notNull(),
  estateId: uuid("estate_id").notNull(),
  servedOn: date("served_on").notNull(),
  minutes: integer("minutes").notNull(),
}).existing();

/** 志愿之星 — the published thresholds of approved hours for each star level. */
export const starThresholds = pgTable("star_thresholds", {
  level: smallint("level").primaryKey(),
  name: text("name").notNull(),
  minHours: integer("min_hours").notNull().unique("star_thresholds_min_hours_key"),
  publishedOn: date("published_on").notNull(),
});

export type VolunteerRow = typeof volunteers.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type SignUpRow = typeof activitySignUps.$inferSelect;
export type ServicePostRow = typeof servicePosts.$inferSelect;
export type PostClaimRow = typeof postClaims.$inferSelect;
export type ServiceHourEntryRow = typeof serviceHourEntries.$inferSelect;
export type StarThresholdRow = typeof starThresholds.$inferSelect;
export type PostClaimEventRow = typeof postClaimEvents.$inferSelect;

/** 党员 — a member of the party registry, known here only by its key. */
export type PartyMemberRef = { id: string };
/** 共享资源 — a units agency's shared resource, known here only by its key. */
export type SharedResourceRef = { id: string };

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, idempotencyKeys, personalDataAccessLog } from "@linli/service-kit/tables";

export const redProxyCategory = pgEnum("red_proxy_category", [
  "PARTY_AFFAIRS",
  "LIFE_SERVICE",
  "LEGAL_AID",
  "VOLUNTEER_SERVICE",
]);

/**
 * 红色代办事项 — the red proxy desk's catalogue. A 下沉事项 is a neighbourhood center's service kind
 * moved down to the living rooms; `center_id` is the units agency's center key (no foreign key).
 */
export const redProxyItems = pgTable(
  "red_proxy_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    category: redProxyCategory("category").notNull(),
    targetHours: integer("target_hours").notNull(),
    movedDown: boolean("moved_down").notNull(),
    centerId: uuid("center_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("red_proxy_items_category_name_idx").on(t.category, t.name, t.id),
    check("red_proxy_items_target_hours_check", sql`${t.targetHours} between 1 and 720`),
    check("red_proxy_items_center_check", sql`${t.centerId} is null or ${t.movedDown}`),
  ],
);

export const redProxyState = pgEnum("red_proxy_state", [
  "REQUESTED",
  "ASSIGNED",
  "AWAITING_CONFIRMATION",
  "COMPLETED",
  "CANCELLED",
]);

/**
 * 代办申请 — a resident's request to the red proxy desk. `requester_subject` is the resident's
 * sign-in; null when a lead or administrator filed it at the desk for a resident (代为登记,
 * `filed_by`). `due_at` is fixed when it is filed, from the item's target time then in force.
 */
export const redProxyRequests = pgTable(
  "red_proxy_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => redProxyItems.id, { onDelete: "restrict" }),
    // The party registry's estate key (another agency's database: no foreign key).
    estateId: uuid("estate_id").notNull(),
    note: text("note").notNull(),
    requesterSubject: text("requester_subject"),
    filedBy: text("filed_by").notNull(),
    state: redProxyState("state").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    assignedTeamId: uuid("assigned_team_id").references(() => volunteerTeams.id, { onDelete: "restrict" }),
    assignedVolunteerId: uuid("assigned_volunteer_id").references(() => volunteers.id, { onDelete: "restrict" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    // Fixed when the volunteer reports it done, from the confirmation window then in force; set
    // exactly when done_at is (red_proxy_requests_confirm_by_check, a custom migration after the backfill).
    confirmBy: timestamp("confirm_by", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("red_proxy_requests_estate_id_idx").on(t.estateId),
    index("red_proxy_requests_requester_idx").on(t.requesterSubject),
    index("red_proxy_requests_volunteer_idx").on(t.assignedVolunteerId),
    // A request not yet taken names no volunteer, a taken one names its team and volunteer; a
    // cancelled one may have been taken or not.
    check(
      "red_proxy_requests_assignment_check",
      sql`(${t.assignedTeamId} is null) = (${t.assignedVolunteerId} is null)
        and (${t.state} <> 'REQUESTED' or ${t.assignedVolunteerId} is null)
        and (${t.state} not in ('ASSIGNED', 'AWAITING_CONFIRMATION', 'COMPLETED') or ${t.assignedVolunteerId} is not null)`,
    ),
    check(
      "red_proxy_requests_done_check",
      sql`(${t.state} in ('AWAITING_CONFIRMATION', 'COMPLETED')) = (${t.doneAt} is not null)`,
    ),
  ],
);

/**
 * 确认期限 — the windows the volunteer services published for requesters to confirm a request reported
 * done, in hours; the latest published applies to requests reported done from then on. Append-only
 * (a trigger, added by a custom migration): publishing a new window adds a row.
 */
export const redProxyConfirmationWindows = pgTable(
  "red_proxy_confirmation_windows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hours: integer("hours").notNull(),
    publishedBy: text("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("red_proxy_confirmation_windows_published_at_idx").on(t.publishedAt, t.id),
    check("red_proxy_confirmation_windows_hours_check", sql`${t.hours} between 0 and 720`),
  ],
);

export type RedProxyConfirmationWindowRow = typeof redProxyConfirmationWindows.$inferSelect;

/** Why a red proxy request made a move other than the plain one its states name. */
export const redProxyEventReason = pgEnum("red_proxy_event_reason", ["REASSIGNED", "CONFIRMATION_WINDOW_PASSED"]);

/**
 * Every state a red proxy request went through; the database refuses to change or delete a row.
 * A move to ASSIGNED names the team and volunteer it was given to (so reassignments are history
 * too); `reason` says why a move was not the plain one (a reassignment, a close without the
 * requester's confirmation).
 */
export const redProxyEvents = pgTable(
  "red_proxy_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => redProxyRequests.id, { onDelete: "restrict" }),
    fromState: redProxyState("from_state"),
    toState: redProxyState("to_state").notNull(),
    actor: text("actor"),
    assignedTeamId: uuid("assigned_team_id").references(() => volunteerTeams.id, { onDelete: "restrict" }),
    assignedVolunteerId: uuid("assigned_volunteer_id").references(() => volunteers.id, { onDelete: "restrict" }),
    reason: redProxyEventReason("reason"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("red_proxy_events_request_id_idx").on(t.requestId, t.occurredAt),
    index("red_proxy_events_assigned_team_id_idx").on(t.assignedTeamId),
    index("red_proxy_events_assigned_volunteer_id_idx").on(t.assignedVolunteerId),
  ],
);

export const redProxyFeedbackSide = pgEnum("red_proxy_feedback_side", ["REQUESTER", "VOLUNTEER"]);

/**
 * 代办评价 — feedback on a request, once from each side: the requester's rating (1–5) and comment,
 * the volunteer's note. Append-only; the unique index keeps it to one per side.
 */
export const redProxyFeedback = pgTable(
  "red_proxy_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => redProxyRequests.id, { onDelete: "restrict" }),
    side: redProxyFeedbackSide("side").notNull(),
    rating: smallint("rating"),
    comment: text("comment"),
    author: text("author"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("red_proxy_feedback_once_per_side").on(t.requestId, t.side),
    check(
      "red_proxy_feedback_rating_check",
      sql`(${t.side} = 'REQUESTER' and ${t.rating} between 1 and 5)
        or (${t.side} = 'VOLUNTEER' and ${t.rating} is null and ${t.comment} is not null)`,
    ),
  ],
);

/** 邻里中心 — a neighbourhood center of the units agency, known here only by its key. */
export type NeighborhoodCenterRef = { id: string };

export type RedProxyItemRow = typeof redProxyItems.$inferSelect;
export type RedProxyRequestRow = typeof redProxyRequests.$inferSelect;
export type RedProxyEventRow = typeof redProxyEvents.$inferSelect;
export type RedProxyFeedbackRow = typeof redProxyFeedback.$inferSelect;
// The secret iCal feeds of teams' activities (calendars/).
export { calendarFeeds } from "@linli/service-kit/calendar-tables";
export {
  directoryCommunities,
  directoryCursor,
  directoryEstates,
  directorySubdistricts,
} from "@linli/service-kit/directory-tables";
