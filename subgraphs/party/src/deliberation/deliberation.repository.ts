import type { PageRequest } from "@linli/service-kit";
import { countChildren, uuids } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { estateExistsIn, type PartyDatabase } from "../db";
import {
  type DeliberationMeetingRow,
  type DeliberationParticipantRow,
  deliberationMeetings,
  deliberationParticipants,
  estates,
  type HouseRuleRow,
  type HouseRuleTransitionRow,
  houseRules,
  houseRuleTransitions,
  houseRuleVotes,
  livingRooms,
  partyBranches,
  partyMembers,
} from "../db/schema";
import { type EstateScope, estateWithin } from "../scope";

export type HouseRuleStatus = HouseRuleRow["status"];
export type HouseRuleChoice = (typeof houseRuleVotes.$inferSelect)["choice"];

/** Meetings and rules are listed newest first; the cursor is the registration sequence number. */
export const deliberationSortKey = (row: { seq: number }): string[] => [String(row.seq)];

/**
 * One page per parent (an estate, a living room: `parent` is its column), newest first, in one
 * statement (row_number over each parent's rows).
 */
async function pagesByParent<T extends { seq: number }>(
  db: PartyDatabase,
  table: PgTable & { seq: AnyPgColumn },
  parent: AnyPgColumn,
  parentIds: string[],
  page: PageRequest,
): Promise<T[]> {
  const ranked = db
    .select({
      ...getTableColumns(table),
      rank: sql<number>`row_number() over (partition by ${parent} order by ${table.seq} desc)`.as("rank"),
    })
    .from(table)
    .where(and(inArray(parent, parentIds), page.after ? sql`${table.seq} < ${page.after[0]}::bigint` : undefined))
    .as("ranked");
  const rows = (await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, page.limit + 1))
    .orderBy(sql`${sql.identifier("ranked")}.${sql.identifier(parent.name)}`, asc(ranked.rank))) as unknown as (T & {
    rank: number;
  })[];
  return rows.map(({ rank: _rank, ...row }) => row as unknown as T);
}

export interface NewMeeting {
  id: string;
  estateId: string;
  livingRoomId: string | null;
  heldOn: string;
  topic: string;
  minutes: string;
  decisions: string[];
}

export interface NewParticipant {
  kind: DeliberationParticipantRow["kind"];
  id: string | null;
  name: string | null;
}

export interface NewHouseRule {
  id: string;
  estateId: string;
  meetingId: string | null;
  title: string;
  text: string;
  quorum: { numerator: number; denominator: number };
  approval: { numerator: number; denominator: number };
}

/** A vote as its resident sees it. */
export interface BallotView {
  rule: HouseRuleRow;
  choice: HouseRuleChoice;
  castAt: Date;
}

const returnedId = (result: unknown): string | undefined =>
  (result as { rows: { id: string }[] }).rows[0]?.id ?? undefined;

/** SQL for deliberation meetings (议事会) and house rules (家规家训) with their votes and history. */
export class DeliberationRepository {
  constructor(private readonly db: PartyDatabase) {}

  meetingsByIds(ids: string[]): Promise<DeliberationMeetingRow[]> {
    return this.db.select().from(deliberationMeetings).where(inArray(deliberationMeetings.id, ids));
  }

  meetingPagesByEstateIds(estateIds: string[], page: PageRequest): Promise<DeliberationMeetingRow[]> {
    return pagesByParent(this.db, deliberationMeetings, deliberationMeetings.estateId, estateIds, page);
  }

  /** The meetings held in each living room, one page per room, newest first. */
  meetingPagesByLivingRoomIds(roomIds: string[], page: PageRequest): Promise<DeliberationMeetingRow[]> {
    return pagesByParent(this.db, deliberationMeetings, deliberationMeetings.livingRoomId, roomIds, page);
  }

  /** How many meetings each estate has. */
  meetingCountsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, deliberationMeetings, deliberationMeetings.estateId)(estateIds);
  }

  /** How many meetings each living room held. */
  meetingCountsByLivingRoomIds(roomIds: string[]) {
    return countChildren(this.db, deliberationMeetings, deliberationMeetings.livingRoomId)(roomIds);
  }

  /** How many house rules each estate has. */
  ruleCountsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, houseRules, houseRules.estateId)(estateIds);
  }

  participantsByMeetingIds(ids: string[]): Promise<DeliberationParticipantRow[]> {
    return this.db
      .select()
      .from(deliberationParticipants)
      .where(inArray(deliberationParticipants.meetingId, ids))
      .orderBy(asc(deliberationParticipants.meetingId), asc(deliberationParticipants.position));
  }

  rulesByIds(ids: string[]): Promise<HouseRuleRow[]> {
    return this.db.select().from(houseRules).where(inArray(houseRules.id, ids));
  }

  rulePagesByEstateIds(estateIds: string[], page: PageRequest): Promise<HouseRuleRow[]> {
    return pagesByParent(this.db, houseRules, houseRules.estateId, estateIds, page);
  }

  rulesByMeetingIds(ids: string[]): Promise<HouseRuleRow[]> {
    return this.db.select().from(houseRules).where(inArray(houseRules.meetingId, ids)).orderBy(asc(houseRules.seq));
  }

  historyByRuleIds(ids: string[]): Promise<HouseRuleTransitionRow[]> {
    return this.db
      .select()
      .from(houseRuleTransitions)
      .where(inArray(houseRuleTransitions.ruleId, ids))
      .orderBy(asc(houseRuleTransitions.seq));
  }

  /** Votes cast so far on each rule (a rule without votes is absent). */
  voteCountsByRuleIds(ids: string[]): Promise<{ ruleId: string; votes: number }[]> {
    return this.db
      .select({ ruleId: houseRuleVotes.ruleId, votes: sql<number>`count(*)::int` })
      .from(houseRuleVotes)
      .where(inArray(houseRuleVotes.ruleId, ids))
      .groupBy(houseRuleVotes.ruleId);
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  async livingRoomOfEstate(livingRoomId: string, estateId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: livingRooms.id })
      .from(livingRooms)
      .where(and(eq(livingRooms.id, livingRoomId), eq(livingRooms.estateId, estateId)));
    return row !== undefined;
  }

  async meetingOfEstate(meetingId: string, estateId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: deliberationMeetings.id })
      .from(deliberationMeetings)
      .where(and(eq(deliberationMeetings.id, meetingId), eq(deliberationMeetings.estateId, estateId)));
    return row !== undefined;
  }

  /** Of these ids, the party branches that exist. */
  async existingBranchIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .select({ id: partyBranches.id })
      .from(partyBranches)
      .where(inArray(partyBranches.id, ids));
    return new Set(rows.map((row) => row.id));
  }

  /** Of these ids, the in-service (在职) party members. */
  async inServiceMemberIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .select({ id: partyMembers.id })
      .from(partyMembers)
      .where(and(inArray(partyMembers.id, ids), eq(partyMembers.kind, "IN_SERVICE")));
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Records a meeting in one statement only for an estate within the scope (INSERT … SELECT FROM
   * estates WHERE id = $1 AND <scope>). Null when the estate is outside the scope or unknown.
   */
  async insertMeetingWithin(values: NewMeeting, scope: EstateScope): Promise<DeliberationMeetingRow | null> {
    const id = returnedId(
      await this.db.execute(sql`
        INSERT INTO ${deliberationMeetings} (id, estate_id, living_room_id, held_on, topic, minutes, decisions)
        SELECT ${values.id}::uuid, ${estates.id}, ${values.livingRoomId}::uuid, ${values.heldOn}::date,
               ${values.topic}::text, ${values.minutes}::text, ${sql.param(values.decisions)}::text[]
        FROM ${estates}
        WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
        RETURNING id`),
    );
    if (!id) return null;
    const [row] = await this.meetingsByIds([id]);
    return row ?? null;
  }

  async insertParticipants(meetingId: string, participants: NewParticipant[]): Promise<void> {
    await this.db.insert(deliberationParticipants).values(
      participants.map((participant, position) => ({
        meetingId,
        position,
        kind: participant.kind,
        branchId: participant.kind === "PARTY_BRANCH" ? participant.id : null,
        companyId: participant.kind === "PROPERTY_COMPANY" ? participant.id : null,
        memberId: participant.kind === "IN_SERVICE_MEMBER" ? participant.id : null,
        name: participant.name,
      })),
    );
  }

  /** Proposes a rule in one statement only for an estate within the scope; null when outside it or unknown. */
  async insertRuleWithin(values: NewHouseRule, scope: EstateScope): Promise<HouseRuleRow | null> {
    const id = returnedId(
      await this.db.execute(sql`
        INSERT INTO ${houseRules} (id, estate_id, meeting_id, title, text,
          quorum_numerator, quorum_denominator, approval_numerator, approval_denominator)
        SELECT ${values.id}::uuid, ${estates.id}, ${values.meetingId}::uuid, ${values.title}::text, ${values.text}::text,
               ${values.quorum.numerator}::int, ${values.quorum.denominator}::int,
               ${values.approval.numerator}::int, ${values.approval.denominator}::int
        FROM ${estates}
        WHERE ${estates.id} = ${values.estateId}::uuid AND ${estateWithin(scope, estates.id)}
        RETURNING id`),
    );
    if (!id) return null;
    const [row] = await this.rulesByIds([id]);
    return row ?? null;
  }

  /** The rule, locked until the transaction ends: for a transition (UPDATE) or a vote (SHARE). */
  async lockRule(id: string, strength: "update" | "share"): Promise<HouseRuleRow | null> {
    const [row] = await this.db.select().from(houseRules).where(eq(houseRules.id, id)).for(strength);
    return row ?? null;
  }

  async ruleIsWithin(id: string, scope: EstateScope): Promise<boolean> {
    const [row] = await this.db
      .select({ id: houseRules.id })
      .from(houseRules)
      .where(and(eq(houseRules.id, id), estateWithin(scope, houseRules.estateId)));
    return row !== undefined;
  }

  async householdsOf(estateId: string): Promise<number> {
    const [row] = await this.db
      .select({ households: estates.households })
      .from(estates)
      .where(eq(estates.id, estateId));
    return row?.households ?? 0;
  }

  /** PROPOSED → VOTING within the scope, fixing the eligible households at the estate's registered ones. */
  async openVoteWithin(id: string, scope: EstateScope): Promise<HouseRuleRow | null> {
    const [row] = await this.db
      .update(houseRules)
      .set({
        status: "VOTING",
        votingOpenedAt: sql`now()`,
        eligibleHouseholds: sql`(SELECT ${estates.households} FROM ${estates} WHERE ${estates.id} = ${houseRules.estateId})`,
      })
      .where(and(eq(houseRules.id, id), eq(houseRules.status, "PROPOSED"), estateWithin(scope, houseRules.estateId)))
      .returning();
    return row ?? null;
  }

  /**
   * VOTING → ADOPTED or REJECTED within the scope. The votes are counted in the same statement, and
   * the rule is adopted only when votes cast ≥ quorum × eligible households and votes for ≥ approval
   * × votes cast (integer arithmetic, no rounding), with at least one vote cast.
   */
  async closeVoteWithin(id: string, scope: EstateScope): Promise<HouseRuleRow | null> {
    const count = (choice: SQL | undefined) =>
      sql`(SELECT count(*)::int FROM ${houseRuleVotes} WHERE ${houseRuleVotes.ruleId} = ${houseRules.id}${choice ?? sql``})`;
    const votesFor = count(sql` AND ${houseRuleVotes.choice} = 'FOR'`);
    const votesCast = count(undefined);
    const [row] = await this.db
      .update(houseRules)
      .set({
        status: sql`CASE WHEN ${votesCast} > 0
          AND ${votesCast} * ${houseRules.quorumDenominator} >= ${houseRules.quorumNumerator} * ${houseRules.eligibleHouseholds}
          AND ${votesFor} * ${houseRules.approvalDenominator} >= ${houseRules.approvalNumerator} * ${votesCast}
          THEN 'ADOPTED'::house_rule_status ELSE 'REJECTED'::house_rule_status END`,
        votesFor,
        votesCast,
        decidedAt: sql`now()`,
      })
      .where(and(eq(houseRules.id, id), eq(houseRules.status, "VOTING"), estateWithin(scope, houseRules.estateId)))
      .returning();
    return row ?? null;
  }

  async appendTransition(row: typeof houseRuleTransitions.$inferInsert): Promise<void> {
    await this.db.insert(houseRuleTransitions).values(row);
  }

  async hasVoted(ruleId: string, voterSubject: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: houseRuleVotes.id })
      .from(houseRuleVotes)
      .where(and(eq(houseRuleVotes.ruleId, ruleId), eq(houseRuleVotes.voterSubject, voterSubject)));
    return row !== undefined;
  }

  /**
   * Casts a vote in one statement only on a VOTING rule of one of the resident's estates (INSERT …
   * SELECT FROM house_rules WHERE id = $1 AND status = 'VOTING' AND estate_id = ANY($estates)).
   */
  async insertVoteWithin(
    ruleId: string,
    voterSubject: string,
    choice: HouseRuleChoice,
    residentEstateIds: readonly string[],
  ): Promise<Date | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${houseRuleVotes} (rule_id, voter_subject, choice)
      SELECT ${houseRules.id}, ${voterSubject}::text, ${choice}::house_rule_choice
      FROM ${houseRules}
      WHERE ${houseRules.id} = ${ruleId}::uuid AND ${houseRules.status} = 'VOTING'
        AND ${houseRules.estateId} = ANY(${uuids(residentEstateIds)})
      RETURNING cast_at`)) as unknown as { rows: { cast_at: Date | string }[] };
    const castAt = result.rows[0]?.cast_at;
    return castAt === undefined ? null : new Date(castAt);
  }
}
