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
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const subdistrictKind = pgEnum("subdistrict_kind", ["TOWN", "SUBDISTRICT"]);
export const estateType = pgEnum("estate_type", ["HIGH_RISE_MANAGED", "MIXED_USE_MANAGED", "OPEN_UNMANAGED"]);
export const branchFormation = pgEnum("branch_formation", ["STANDALONE", "JOINT", "COMBINED"]);
export const branchStage = pgEnum("branch_stage", ["NEW", "COVERED", "MATURE", "ESTABLISHED"]);
export const memberKind = pgEnum("member_kind", ["REGISTERED", "IN_SERVICE"]);
export const secretaryBackground = pgEnum("secretary_background", [
  "SERVING_CADRE",
  "RETIRED_CADRE",
  "COMMUNITY_WORKER",
  "SOCIAL_ORG_LEADER",
  "OTHER",
]);
export const gridRole = pgEnum("grid_role", ["BUILDING_CHIEF", "STAIRWELL_CHIEF", "LANE_CHIEF"]);
/** 两评两议两公开 — the six kinds of record kept on in-service members and embedded units. */
export const evaluationKind = pgEnum("evaluation_kind", [
  "ORGANIZATION_EVALUATION",
  "RESIDENT_EVALUATION",
  "AFFAIRS_DELIBERATION",
  "REPORT_DELIBERATION",
  "COMMITMENT_DISCLOSURE",
  "PERFORMANCE_DISCLOSURE",
]);
export const evaluationResult = pgEnum("evaluation_result", ["EXCELLENT", "GOOD", "PASS", "FAIL"]);
export const livingRoomFunction = pgEnum("living_room_function", [
  "PARTY_ACTIVITIES",
  "DELIBERATION",
  "PROBLEM_WALL",
  "ECHO_WALL",
  "DISPUTE_MEDIATION",
  "RED_PROXY_DESK",
]);
export const problemCategory = pgEnum("problem_category", [
  "PARKING",
  "FACILITY_DAMAGE",
  "ILLEGAL_CONSTRUCTION",
  "EBIKE_CHARGING",
  "OTHER",
]);
export const problemStatus = pgEnum("problem_status", [
  "REPORTED",
  "ACCEPTED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RESOLVED",
  "ANSWERED",
  "CLOSED",
  "REJECTED",
  "DUPLICATE",
  "REOPENED",
]);
export const responsibleKind = pgEnum("responsible_kind", [
  "PARTY_BRANCH",
  "PROPERTY_COMPANY",
  "UNIT",
  "VOLUNTEER_TEAM",
]);
export const mediatorKind = pgEnum("mediator_kind", ["MEDIATION_TEAM", "JUDGMENT_PANEL"]);
export const disputeStatus = pgEnum("dispute_status", [
  "REGISTERED",
  "IN_MEDIATION",
  "SETTLED",
  "UNSETTLED",
  "WITHDRAWN",
]);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const counties = pgTable("counties", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

export const subdistricts = pgTable(
  "subdistricts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => counties.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    kind: subdistrictKind("kind").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("subdistricts_county_id_idx").on(t.countyId, t.name)],
);

export const communities = pgTable(
  "communities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subdistrictId: uuid("subdistrict_id")
      .notNull()
      .references(() => subdistricts.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("communities_subdistrict_id_idx").on(t.subdistrictId, t.name)],
);

export const estates = pgTable(
  "estates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    communityId: uuid("community_id")
      .notNull()
      .references(() => communities.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    type: estateType("type").notNull(),
    resettlement: boolean("resettlement").notNull().default(false),
    households: integer("households").notNull(),
    address: text("address").notNull(),
    governanceModel: text("governance_model"),
    /** 工作覆盖 — since when party work reaches the estate; null while it does not. */
    workCoveredOn: date("work_covered_on"),
    createdAt: createdAt(),
  },
  (t) => [
    index("estates_community_id_idx").on(t.communityId, t.name, t.id),
    index("estates_name_id_idx").on(t.name, t.id),
    check("estates_households_check", sql`${t.households} >= 0`),
  ],
);

export const partyBranches = pgTable(
  "party_branches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    formation: branchFormation("formation").notNull(),
    stage: branchStage("stage").notNull().default("NEW"),
    foundedOn: date("founded_on").notNull(),
    /** When the branch reached each later stage; set exactly for the stages it has reached. */
    coveredOn: date("covered_on"),
    maturedOn: date("matured_on"),
    establishedOn: date("established_on"),
    /** 书记 — a member of this branch (the loader checks nothing: the demo and mutations keep it so). */
    secretaryMemberId: uuid("secretary_member_id").references((): AnyPgColumn => partyMembers.id, {
      onDelete: "set null",
    }),
    secretaryBackground: secretaryBackground("secretary_background"),
    createdAt: createdAt(),
    version: versionColumn(),
  },
  (t) => [
    index("party_branches_secretary_member_id_idx").on(t.secretaryMemberId),
    // A stage's date is set exactly when the branch has reached it, and the dates never go back.
    check(
      "party_branches_stage_dates_check",
      sql`(${t.coveredOn} IS NOT NULL) = (${t.stage} IN ('COVERED', 'MATURE', 'ESTABLISHED'))
        AND (${t.maturedOn} IS NOT NULL) = (${t.stage} IN ('MATURE', 'ESTABLISHED'))
        AND (${t.establishedOn} IS NOT NULL) = (${t.stage} = 'ESTABLISHED')
        AND ${t.foundedOn} <= coalesce(${t.coveredOn}, ${t.foundedOn})
        AND coalesce(${t.coveredOn}, ${t.foundedOn}) <= coalesce(${t.maturedOn}, ${t.coveredOn}, ${t.foundedOn})
        AND coalesce(${t.maturedOn}, ${t.coveredOn}, ${t.foundedOn}) <= coalesce(${t.establishedOn}, ${t.maturedOn}, ${t.coveredOn}, ${t.foundedOn})`,
    ),
  ],
);

/** Every stage a branch moved forward, append-only (a trigger refuses UPDATE and DELETE). */
export const branchStageTransitions = pgTable(
  "branch_stage_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    branchId: uuid("branch_id")
      .notNull()
      .references(() => partyBranches.id, { onDelete: "restrict" }),
    fromStage: branchStage("from_stage").notNull(),
    toStage: branchStage("to_stage").notNull(),
    reachedOn: date("reached_on").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("branch_stage_transitions_branch_id_idx").on(t.branchId, t.seq)],
);

/** Which estates a branch covers: one for a standalone branch, several for a joint or combined one. */
export const branchEstates = pgTable(
  "branch_estates",
  {
    branchId: uuid("branch_id")
      .notNull()
      .references(() => partyBranches.id, { onDelete: "cascade" }),
    // An estate is covered by one branch at a time.
    estateId: uuid("estate_id")
      .notNull()
      .unique()
      .references(() => estates.id, { onDelete: "restrict" }),
  },
  // The primary key indexes branch_id; the unique constraint indexes estate_id.
  (t) => [primaryKey({ columns: [t.branchId, t.estateId] })],
);

/**
 * 党员 — party members. Phone, ID number and address are personal data: the API masks them
 * unless an entitled caller states a purpose, and logs every unmasked read.
 */
export const partyMembers = pgTable(
  "party_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: memberKind("kind").notNull(),
    phone: text("phone"),
    idNumber: text("id_number"),
    address: text("address"),
    /** Where the member lives. */
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    /** The branch the member belongs to; null for an in-service member organised elsewhere. */
    branchId: uuid("branch_id").references(() => partyBranches.id, { onDelete: "set null" }),
    /** 工作单位 — an in-service member's employer: the units agency's key, so no foreign key here. */
    workUnitId: uuid("work_unit_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    index("party_members_estate_id_idx").on(t.estateId, t.name, t.id),
    index("party_members_branch_id_idx").on(t.branchId),
    index("party_members_work_unit_id_idx").on(t.workUnitId),
  ],
);

/**
 * 党员楼栋长/楼道长/街巷长 — a member's grid leader post for one building, stairwell or lane of an
 * estate. One chief per role and area.
 */
export const gridLeaderPosts = pgTable(
  "grid_leader_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => partyMembers.id, { onDelete: "cascade" }),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    role: gridRole("role").notNull(),
    /** The building, stairwell or lane, as the estate names it (e.g. 2 幢, 3 幢 1 单元, 兰溪巷). */
    area: text("area").notNull(),
    since: date("since").notNull(),
    /** When the member left the post; null while they hold it. */
    endedOn: date("ended_on"),
    createdAt: createdAt(),
  },
  (t) => [
    index("grid_leader_posts_member_id_idx").on(t.memberId),
    index("grid_leader_posts_estate_id_idx").on(t.estateId),
    // One open post per role and area: an ended post leaves the area free for a new chief.
    uniqueIndex("grid_leader_posts_open_role_area_key").on(t.estateId, t.role, t.area).where(sql`${t.endedOn} IS NULL`),
    check("grid_leader_posts_ended_on_check", sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.since}`),
  ],
);

/**
 * 两评两议两公开 — one evaluation, deliberation or disclosure record of an in-service member or an
 * embedded unit (exactly one of the two), made by an estate's branch. Only verified records count
 * towards the aspiration index. `unit_id` is the units agency's key, so no foreign key.
 */
export const evaluationRecords = pgTable(
  "evaluation_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    memberId: uuid("member_id").references(() => partyMembers.id, { onDelete: "restrict" }),
    unitId: uuid("unit_id"),
    /** The estate whose branch made the record. */
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    kind: evaluationKind("kind").notNull(),
    /** A year (2024) or a half year (2024-H1, 2024-H2). */
    period: text("period").notNull(),
    /** Set for the two evaluations, null for the deliberations and disclosures. */
    result: evaluationResult("result"),
    text: text("text").notNull(),
    recordedOn: date("recorded_on").notNull(),
    recordedBy: text("recorded_by").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: text("verified_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("evaluation_records_member_id_idx").on(t.memberId, t.seq),
    index("evaluation_records_unit_id_idx").on(t.unitId, t.seq),
    index("evaluation_records_estate_id_idx").on(t.estateId),
    check("evaluation_records_subject_check", sql`(${t.memberId} IS NULL) <> (${t.unitId} IS NULL)`),
    check(
      "evaluation_records_result_check",
      sql`(${t.result} IS NOT NULL) = (${t.kind} IN ('ORGANIZATION_EVALUATION', 'RESIDENT_EVALUATION'))`,
    ),
    check("evaluation_records_period_check", sql`${t.period} ~ '^[0-9]{4}(-H[12])?$'`),
    check("evaluation_records_text_check", sql`length(${t.text}) BETWEEN 1 AND 1000`),
    check("evaluation_records_verified_check", sql`(${t.verifiedAt} IS NULL) = (${t.verifiedBy} IS NULL)`),
  ],
);

/** 党员之星 — a star awarded to a member for a year, once, when the published rule held. */
export const partyMemberStars = pgTable(
  "party_member_stars",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => partyMembers.id, { onDelete: "restrict" }),
    year: integer("year").notNull(),
    /** The aspiration index when the star was awarded. */
    score: integer("score").notNull(),
    awardedOn: date("awarded_on").notNull(),
    awardedBy: text("awarded_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("party_member_stars_member_year_key").on(t.memberId, t.year)],
);

/** 睦邻客厅 — the estate's neighbourly living room, run by its branch; at most one per estate. */
export const livingRooms = pgTable(
  "living_rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    estateId: uuid("estate_id")
      .notNull()
      .unique()
      .references(() => estates.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    openedOn: date("opened_on").notNull(),
    functions: livingRoomFunction("functions").array().notNull(),
    createdAt: createdAt(),
    version: versionColumn(),
  },
  (t) => [check("living_rooms_functions_check", sql`cardinality(${t.functions}) >= 1`)],
);

/** 响应时限 — how long a problem of each category may wait for its answer before it is overdue. */
export const problemResponseTargets = pgTable(
  "problem_response_targets",
  {
    category: problemCategory("category").primaryKey(),
    responseHours: integer("response_hours").notNull(),
  },
  (t) => [check("problem_response_targets_hours_check", sql`${t.responseHours} > 0`)],
);

/**
 * 派单规则 — who answers a category of problems in an estate. Without a rule, the estate's branch.
 * `responsible_id` may be another agency's key (company, unit, team), so it is not a foreign key.
 */
export const problemRoutingRules = pgTable(
  "problem_routing_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "cascade" }),
    category: problemCategory("category").notNull(),
    responsibleKind: responsibleKind("responsible_kind").notNull(),
    responsibleId: uuid("responsible_id").notNull(),
    createdAt: createdAt(),
    version: versionColumn(),
  },
  (t) => [unique("problem_routing_rules_estate_category_key").on(t.estateId, t.category)],
);

/** 问题 — a problem a resident raised on the problem wall (点题), solved (解题) and answered (答题). */
export const problems = pgTable(
  "problems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Report order: the cursor of every problem list. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    category: problemCategory("category").notNull(),
    text: text("text").notNull(),
    anonymous: boolean("anonymous").notNull().default(false),
    /** The token subject of the resident who raised it: only they may rate the answer. */
    reporterSubject: text("reporter_subject").notNull(),
    reporterName: text("reporter_name").notNull(),
    status: problemStatus("status").notNull().default("REPORTED"),
    responsibleKind: responsibleKind("responsible_kind"),
    responsibleId: uuid("responsible_id"),
    duplicateOfId: uuid("duplicate_of_id").references((): AnyPgColumn => problems.id, { onDelete: "restrict" }),
    rejectReason: text("reject_reason"),
    resolutionNote: text("resolution_note"),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    rating: integer("rating"),
    ratingComment: text("rating_comment"),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the answer is due: the category's response target from the report (or from a reopening). */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("problems_estate_id_idx").on(t.estateId, t.seq),
    index("problems_responsible_idx").on(t.responsibleKind, t.responsibleId, t.seq),
    index("problems_duplicate_of_id_idx").on(t.duplicateOfId),
    // The overdue figure reads only the problems still waiting for their answer.
    index("problems_open_due_at_idx")
      .on(t.dueAt)
      .where(sql`${t.status} IN ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED')`),
    check("problems_responsible_check", sql`(${t.responsibleKind} IS NULL) = (${t.responsibleId} IS NULL)`),
    check("problems_rating_check", sql`${t.rating} BETWEEN 1 AND 5`),
    check("problems_text_check", sql`length(${t.text}) BETWEEN 1 AND 1000`),
    check("problems_duplicate_check", sql`(${t.status} = 'DUPLICATE') = (${t.duplicateOfId} IS NOT NULL)`),
    // An answered problem has its answer; one never answered has none.
    check(
      "problems_answer_check",
      sql`(${t.answer} IS NULL) = (${t.answeredAt} IS NULL)
        AND (${t.status} NOT IN ('ANSWERED', 'CLOSED') OR ${t.answer} IS NOT NULL)`,
    ),
  ],
);

/** Every state a problem moved into, append-only (a trigger refuses UPDATE and DELETE). */
export const problemTransitions = pgTable(
  "problem_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id, { onDelete: "restrict" }),
    /** Null for the report itself. */
    fromStatus: problemStatus("from_status"),
    toStatus: problemStatus("to_status").notNull(),
    actor: text("actor"),
    note: text("note"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("problem_transitions_problem_id_idx").on(t.problemId, t.seq)],
);

/** 调解组织 — who mediates disputes: a mediation team (万和调解队) or a members' judgment panel (评理团队). */
export const mediators = pgTable("mediators", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  kind: mediatorKind("kind").notNull(),
  createdAt: createdAt(),
});

/** 矛盾纠纷 — a dispute between residents. Never public. */
export const disputes = pgTable(
  "disputes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    mediatorId: uuid("mediator_id")
      .notNull()
      .references(() => mediators.id, { onDelete: "restrict" }),
    status: disputeStatus("status").notNull().default("REGISTERED"),
    outcome: text("outcome"),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    concludedAt: timestamp("concluded_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("disputes_estate_id_idx").on(t.estateId, t.seq),
    index("disputes_mediator_id_idx").on(t.mediatorId),
    check(
      "disputes_conclusion_check",
      sql`(${t.status} IN ('SETTLED', 'UNSETTLED', 'WITHDRAWN')) = (${t.concludedAt} IS NOT NULL AND ${t.outcome} IS NOT NULL)`,
    ),
  ],
);

/** 当事人 — the parties of a dispute. */
export const disputeParties = pgTable(
  "dispute_parties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    disputeId: uuid("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    /** How they stand in it, e.g. 楼上住户, 业主, 物业服务企业. */
    role: text("role").notNull(),
  },
  (t) => [unique("dispute_parties_position_key").on(t.disputeId, t.position)],
);

/** 调解会 — one mediation session of a dispute. */
export const mediationSessions = pgTable(
  "mediation_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    disputeId: uuid("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    heldOn: date("held_on").notNull(),
    notes: text("notes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("mediation_sessions_dispute_id_idx").on(t.disputeId, t.seq)],
);

/** Every state a dispute moved into, append-only (a trigger refuses UPDATE and DELETE). */
export const disputeTransitions = pgTable(
  "dispute_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    disputeId: uuid("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "restrict" }),
    fromStatus: disputeStatus("from_status"),
    toStatus: disputeStatus("to_status").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dispute_transitions_dispute_id_idx").on(t.disputeId, t.seq)],
);

/** 新年开门办一件实事 — a practical project moves PLANNED → IN_PROGRESS → DONE, never back. */
export const practicalProjectStatus = pgEnum("practical_project_status", ["PLANNED", "IN_PROGRESS", "DONE"]);

export const practicalProjects = pgTable(
  "practical_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    year: integer("year").notNull(),
    progress: integer("progress").notNull().default(0),
    status: practicalProjectStatus("status").notNull().default("PLANNED"),
    completedOn: date("completed_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    index("practical_projects_estate_id_idx").on(t.estateId, t.seq),
    index("practical_projects_status_idx").on(t.status, t.seq),
    check("practical_projects_year_check", sql`${t.year} BETWEEN 2000 AND 2100`),
    check("practical_projects_progress_check", sql`${t.progress} BETWEEN 0 AND 100`),
    check(
      "practical_projects_done_check",
      sql`(${t.status} = 'DONE') = (${t.completedOn} IS NOT NULL) AND (${t.status} <> 'DONE' OR ${t.progress} = 100)`,
    ),
    check("practical_projects_planned_check", sql`${t.status} <> 'PLANNED' OR ${t.progress} = 0`),
  ],
);

/** Every status a practical project took, appended by the service; the database refuses changes. */
export const practicalProjectTransitions = pgTable(
  "practical_project_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => practicalProjects.id, { onDelete: "restrict" }),
    fromStatus: practicalProjectStatus("from_status"),
    toStatus: practicalProjectStatus("to_status").notNull(),
    progress: integer("progress").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("practical_project_transitions_project_id_idx").on(t.projectId, t.seq)],
);

/** 议事会的参与方 — who took part in a deliberation meeting, from every side of the estate. */
export const deliberationParticipantKind = pgEnum("deliberation_participant_kind", [
  "PARTY_BRANCH",
  "PROPERTY_COMPANY",
  "OWNERS_COMMITTEE",
  "IN_SERVICE_MEMBER",
  "SOCIAL_ORGANIZATION",
]);

/** 议事会 — a deliberation meeting of an estate, held in its living room or elsewhere. */
export const deliberationMeetings = pgTable(
  "deliberation_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    /** The estate's living room when it met there. */
    livingRoomId: uuid("living_room_id").references(() => livingRooms.id, { onDelete: "restrict" }),
    heldOn: date("held_on").notNull(),
    topic: text("topic").notNull(),
    minutes: text("minutes").notNull(),
    /** 决议 — what it decided, in order. */
    decisions: text("decisions").array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("deliberation_meetings_estate_id_idx").on(t.estateId, t.seq),
    index("deliberation_meetings_living_room_id_idx").on(t.livingRoomId),
  ],
);

/**
 * One participant of a meeting. A branch or in-service member is this agency's row; a property
 * company is the property agency's key (no foreign key); an owners' committee or a social
 * organization is named in free text.
 */
export const deliberationParticipants = pgTable(
  "deliberation_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => deliberationMeetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: deliberationParticipantKind("kind").notNull(),
    branchId: uuid("branch_id").references(() => partyBranches.id, { onDelete: "restrict" }),
    memberId: uuid("member_id").references(() => partyMembers.id, { onDelete: "restrict" }),
    companyId: uuid("company_id"),
    name: text("name"),
  },
  (t) => [
    unique("deliberation_participants_position_key").on(t.meetingId, t.position),
    index("deliberation_participants_branch_id_idx").on(t.branchId),
    index("deliberation_participants_member_id_idx").on(t.memberId),
    // Exactly the reference its kind needs, and nothing else.
    check(
      "deliberation_participants_reference_check",
      sql`(${t.branchId} IS NOT NULL) = (${t.kind} = 'PARTY_BRANCH')
        AND (${t.companyId} IS NOT NULL) = (${t.kind} = 'PROPERTY_COMPANY')
        AND (${t.memberId} IS NOT NULL) = (${t.kind} = 'IN_SERVICE_MEMBER')
        AND (${t.name} IS NOT NULL) = (${t.kind} IN ('OWNERS_COMMITTEE', 'SOCIAL_ORGANIZATION'))`,
    ),
  ],
);

/** 家规家训 — a house rule moves PROPOSED → VOTING → ADOPTED or REJECTED, never back. */
export const houseRuleStatus = pgEnum("house_rule_status", ["PROPOSED", "VOTING", "ADOPTED", "REJECTED"]);
export const houseRuleChoice = pgEnum("house_rule_choice", ["FOR", "AGAINST"]);

/**
 * 家规家训 — a rule of an estate, adopted only by a vote of its residents. The thresholds are
 * recorded with it: a quorum (votes cast / eligible households) and an approval (votes for / votes
 * cast), each a fraction; the tally and the eligible households are fixed when the vote opens and
 * closes.
 */
export const houseRules = pgTable(
  "house_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    estateId: uuid("estate_id")
      .notNull()
      .references(() => estates.id, { onDelete: "restrict" }),
    /** The meeting that proposed it, when one did. */
    meetingId: uuid("meeting_id").references(() => deliberationMeetings.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    text: text("text").notNull(),
    status: houseRuleStatus("status").notNull().default("PROPOSED"),
    quorumNumerator: integer("quorum_numerator").notNull(),
    quorumDenominator: integer("quorum_denominator").notNull(),
    approvalNumerator: integer("approval_numerator").notNull(),
    approvalDenominator: integer("approval_denominator").notNull(),
    /** 户数 — the estate's households when the vote opened. */
    eligibleHouseholds: integer("eligible_households"),
    votesFor: integer("votes_for"),
    votesCast: integer("votes_cast"),
    votingOpenedAt: timestamp("voting_opened_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("house_rules_estate_id_idx").on(t.estateId, t.seq),
    index("house_rules_meeting_id_idx").on(t.meetingId),
    check(
      "house_rules_threshold_check",
      sql`${t.quorumNumerator} BETWEEN 0 AND ${t.quorumDenominator} AND ${t.quorumDenominator} > 0
        AND ${t.approvalNumerator} BETWEEN 1 AND ${t.approvalDenominator} AND ${t.approvalDenominator} > 0`,
    ),
    // Voting opened exactly for the rules past PROPOSED; the tally exists exactly once decided.
    check(
      "house_rules_state_check",
      sql`(${t.status} <> 'PROPOSED') = (${t.votingOpenedAt} IS NOT NULL AND ${t.eligibleHouseholds} IS NOT NULL)
        AND (${t.status} IN ('ADOPTED', 'REJECTED')) = (${t.decidedAt} IS NOT NULL AND ${t.votesFor} IS NOT NULL AND ${t.votesCast} IS NOT NULL)
        AND coalesce(${t.votesFor} <= ${t.votesCast}, true)`,
    ),
  ],
);

/** One resident's vote on a house rule; one per resident (token subject) and rule. */
export const houseRuleVotes = pgTable(
  "house_rule_votes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => houseRules.id, { onDelete: "restrict" }),
    voterSubject: text("voter_subject").notNull(),
    choice: houseRuleChoice("choice").notNull(),
    castAt: timestamp("cast_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("house_rule_votes_rule_voter_key").on(t.ruleId, t.voterSubject)],
);

/** Every status a house rule took, append-only (a trigger refuses UPDATE and DELETE). */
export const houseRuleTransitions = pgTable(
  "house_rule_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => houseRules.id, { onDelete: "restrict" }),
    fromStatus: houseRuleStatus("from_status"),
    toStatus: houseRuleStatus("to_status").notNull(),
    actor: text("actor"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("house_rule_transitions_rule_id_idx").on(t.ruleId, t.seq)],
);

export type CountyRow = typeof counties.$inferSelect;
export type SubdistrictRow = typeof subdistricts.$inferSelect;
export type CommunityRow = typeof communities.$inferSelect;
export type EstateRow = typeof estates.$inferSelect;
export type PartyBranchRow = typeof partyBranches.$inferSelect;
export type PartyMemberRow = typeof partyMembers.$inferSelect;
export type BranchStageTransitionRow = typeof branchStageTransitions.$inferSelect;
export type GridLeaderPostRow = typeof gridLeaderPosts.$inferSelect;
export type EvaluationRecordRow = typeof evaluationRecords.$inferSelect;
export type PartyMemberStarRow = typeof partyMemberStars.$inferSelect;
export type LivingRoomRow = typeof livingRooms.$inferSelect;
export type ProblemRoutingRuleRow = typeof problemRoutingRules.$inferSelect;
export type ProblemRow = typeof problems.$inferSelect;
export type ProblemTransitionRow = typeof problemTransitions.$inferSelect;
export type MediatorRow = typeof mediators.$inferSelect;
export type DisputeRow = typeof disputes.$inferSelect;
export type DisputePartyRow = typeof disputeParties.$inferSelect;
export type MediationSessionRow = typeof mediationSessions.$inferSelect;
export type DisputeTransitionRow = typeof disputeTransitions.$inferSelect;
export type PracticalProjectRow = typeof practicalProjects.$inferSelect;
export type PracticalProjectTransitionRow = typeof practicalProjectTransitions.$inferSelect;
export type DeliberationMeetingRow = typeof deliberationMeetings.$inferSelect;
export type DeliberationParticipantRow = typeof deliberationParticipants.$inferSelect;
export type HouseRuleRow = typeof houseRules.$inferSelect;
export type HouseRuleTransitionRow = typeof houseRuleTransitions.$inferSelect;

/**
 * The outbox of the place registry: one row per change of a subdistrict, community or estate
 * (created, moved to another parent, renamed, removed), written by triggers in the change's own
 * transaction (migration 0015), so no change can commit without its row nor a row without its
 * change. The other agencies read it in `seq` order through the directory feed; the triggers
 * take one lock per transaction, so rows commit in `seq` order and a reader never skips one.
 */
export const placeChanges = pgTable(
  "place_changes",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").$type<"Subdistrict" | "Community" | "Estate">().notNull(),
    placeId: uuid("place_id").notNull(),
    /** The county, subdistrict or community it belongs to; null when removed. */
    parentId: uuid("parent_id"),
    name: text("name"),
    removed: boolean("removed").notNull().default(false),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("place_changes_kind_check", sql`${t.kind} IN ('Subdistrict', 'Community', 'Estate')`)],
);

/** One row: the outbox's epoch, new with each database, so a reader knows when to start again. */
export const placeRegistry = pgTable("place_registry", {
  id: boolean("id").primaryKey().default(true),
  epoch: uuid("epoch").notNull().defaultRandom(),
});

export type PlaceChangeRow = typeof placeChanges.$inferSelect;

/**
 * 汇总 — the dashboard's counts, one row per place and figure (`raised`, `problems:PARKING:REPORTED`,
 * `raised@2024-03`, …), for every estate, community, subdistrict and county. Triggers on the
 * records keep them in the transaction of each write that changes a figure (migration 0017), and
 * move an estate's, community's or subdistrict's counts when it moves, so the overview reads a
 * place's few rows instead of recounting its records. No foreign key: a row names a place of any kind.
 */
export const placeFigures = pgTable(
  "place_figures",
  {
    placeKind: text("place_kind").$type<"County" | "Subdistrict" | "Community" | "Estate">().notNull(),
    placeId: uuid("place_id").notNull(),
    figure: text("figure").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.placeKind, t.placeId, t.figure] })],
);

/**
 * How many of a place's estates each branch covers, kept with `place_figures`: a joint branch
 * covering two estates of a community counts once there, so `branches` (and the secretaries'
 * backgrounds) change when a branch's count here leaves or reaches zero.
 */
export const placeBranches = pgTable(
  "place_branches",
  {
    placeKind: text("place_kind").$type<"County" | "Subdistrict" | "Community" | "Estate">().notNull(),
    placeId: uuid("place_id").notNull(),
    branchId: uuid("branch_id").notNull(),
    estates: integer("estates").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeKind, t.placeId, t.branchId] }),
    // A secretary's new background finds the places of the branch.
    index("place_branches_branch_id_idx").on(t.branchId),
  ],
);

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, idempotencyKeys, personalDataAccessLog } from "@linli/service-kit/tables";
