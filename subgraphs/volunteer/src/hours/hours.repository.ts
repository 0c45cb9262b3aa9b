import { type Connection, countChildren, type PageRequest, toConnection } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import {
  effectiveServiceHours,
  hourCorrectionDecisions,
  type ServiceHourEntryRow,
  type StarThresholdRow,
  serviceHourEntries,
  starThresholds,
  volunteers,
} from "../db/schema";

export type ServiceHoursGrouping = "PERSON" | "TEAM" | "ESTATE" | "MONTH";
export type CorrectionDecisionRow = typeof hourCorrectionDecisions.$inferSelect;

/** One group of a service-hours report. */
export interface ReportRow {
  grouping: ServiceHoursGrouping;
  key: string;
  approvedMinutes: number;
  entries: number;
}

export interface HoursSummary {
  approvedMinutes: number;
  pendingCorrections: number;
}

/** Entries are listed the most recent first: the cursor is (recorded at, id). */
export const entrySortKey = (row: ServiceHourEntryRow): string[] => [row.createdAt.toISOString(), row.id];

export interface NewEntry {
  volunteerId: string;
  teamId: string;
  estateId: string;
  /** When the service was given; the day it counts for is taken in the county's time zone. */
  servedAt: Date;
  minutes: number;
  source: "ACTIVITY_CHECK_IN" | "POST_COMPLETED";
  signUpId?: string;
  claimId?: string;
  recordedBy: string | null;
}

/** Who may act on an entry: leads of its team, administrators, and (for requests) its own volunteer. */
export interface EntryScope {
  teamIds: readonly string[];
  isAdmin: boolean;
  subject: string | null;
}

const inTeams = (scope: EntryScope, teamId: SQL) =>
  sql`(${teamId} = any(${sql.param([...scope.teamIds])}::uuid[]) or ${sql.param(scope.isAdmin)}::boolean)`;

// Drizzle leaves a lone table's columns unqualified, which a raw subquery could capture: the
// correlated subqueries below name the outer volunteers row in full.
/** Approved minutes of the outer `volunteers` row: the sum over the effective-hours view. */
const approvedMinutes = sql<number>`coalesce((select sum(e.minutes) from effective_service_hours e
  where e.volunteer_id = "volunteers"."id"), 0)::int`;
/** Corrections of the outer `volunteers` row still waiting for a decision. */
const pendingCorrections = sql<number>`(select count(*) from service_hour_entries c
  where c.volunteer_id = "volunteers"."id" and c.source = 'CORRECTION'
    and not exists (select 1 from hour_correction_decisions d where d.correction_id = c.id))::int`;

// The county's days: a service at 23:30 in Xianyou counts for that day, not for UTC's.
export const COUNTY_TIME_ZONE = "Asia/Shanghai";

/** SQL for the append-only service hours (服务时长): entries are only ever inserted. */
export class HoursRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<ServiceHourEntryRow[]> {
    return this.db.select().from(serviceHourEntries).where(inArray(serviceHourEntries.id, ids));
  }

  async insertEntry(entry: NewEntry): Promise<ServiceHourEntryRow> {
    const { servedAt, ...values } = entry;
    const [row] = await this.db
      .insert(serviceHourEntries)
      .values({
        ...values,
        servedOn: sql`(${servedAt.toISOString()}::timestamptz at time zone ${COUNTY_TIME_ZONE})::date`,
      })
      .returning();
    if (!row) throw new Error("an insert returned no row");
    return row;
  }

  /** The entry, locked until the transaction ends (a row lock: entries themselves never change). */
  async lockById(id: string): Promise<ServiceHourEntryRow | null> {
    const [row] = await this.db.select().from(serviceHourEntries).where(eq(serviceHourEntries.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Appends a correction of `entryId` only if the caller may ask for it: the entry's own volunteer
   * (`subject`), a lead of its team or an administrator (INSERT … SELECT … WHERE <scope>).
   */
  async insertCorrectionWithin(
    entryId: string,
    correction: { minutes: number; reason: string },
    scope: EntryScope,
  ): Promise<ServiceHourEntryRow | null> {
    const e = serviceHourEntries;
    const [row] = await this.db
      .insert(serviceHourEntries)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            volunteerId: e.volunteerId,
            teamId: e.teamId,
            estateId: e.estateId,
            servedOn: e.servedOn,
            minutes: sql<number>`${correction.minutes}::integer`.as("minutes"),
            source: sql<ServiceHourEntryRow["source"]>`'CORRECTION'::service_hour_source`.as("source"),
            signUpId: sql<string | null>`null::uuid`.as("sign_up_id"),
            claimId: sql<string | null>`null::uuid`.as("claim_id"),
            correctsEntryId: e.id,
            reason: sql<string>`${correction.reason}::text`.as("reason"),
            recordedBy: sql<string | null>`${scope.subject}::text`.as("recorded_by"),
            createdAt: sql<Date>`now()`.as("created_at"),
          })
          .from(e)
          .innerJoin(volunteers, eq(volunteers.id, e.volunteerId))
          .where(
            and(
              eq(e.id, entryId),
              sql`(${inTeams(scope, sql`${e.teamId}`)} or ${volunteers.subject} = ${scope.subject}::text)`,
            ),
          ),
      )
      .returning();
    return row ?? null;
  }

  /** Records the one decision on a correction of a team within `scope`; null when outside it. */
  async insertDecisionWithin(
    correctionId: string,
    decision: CorrectionDecisionRow["decision"],
    decidedBy: string,
    scope: EntryScope,
  ): Promise<CorrectionDecisionRow | null> {
    const e = serviceHourEntries;
    const [row] = await this.db
      .insert(hourCorrectionDecisions)
      .select(
        this.db
          .select({
            correctionId: e.id,
            decision: sql<CorrectionDecisionRow["decision"]>`${decision}::hour_correction_decision`.as("decision"),
            decidedBy: sql<string>`${decidedBy}::text`.as("decided_by"),
            decidedAt: sql<Date>`now()`.as("decided_at"),
          })
          .from(e)
          .where(and(eq(e.id, correctionId), eq(e.source, "CORRECTION"), inTeams(scope, sql`${e.teamId}`))),
      )
      .returning();
    return row ?? null;
  }

  decisionsByCorrectionIds(ids: string[]): Promise<CorrectionDecisionRow[]> {
    return this.db.select().from(hourCorrectionDecisions).where(inArray(hourCorrectionDecisions.correctionId, ids));
  }

  summariesByVolunteerIds(ids: string[]): Promise<(HoursSummary & { volunteerId: string })[]> {
    return this.db
      .select({
        volunteerId: volunteers.id,
        approvedMinutes: approvedMinutes,
        pendingCorrections: pendingCorrections,
      })
      .from(volunteers)
      .where(inArray(volunteers.id, ids));
  }

  async summariesByPartyMemberIds(ids: string[]): Promise<(HoursSummary & { partyMemberId: string })[]> {
    const rows = await this.db
      .select({
        partyMemberId: volunteers.partyMemberId,
        approvedMinutes: approvedMinutes,
        pendingCorrections: pendingCorrections,
      })
      .from(volunteers)
      .where(inArray(volunteers.partyMemberId, ids));
    return rows.map((row) => ({ ...row, partyMemberId: row.partyMemberId as string }));
  }

  thresholds(): Promise<StarThresholdRow[]> {
    return this.db.select().from(starThresholds).orderBy(asc(starThresholds.level));
  }

  /** The star levels each volunteer's approved hours reach. */
  starsByVolunteerIds(ids: string[]): Promise<(StarThresholdRow & { volunteerId: string })[]> {
    return this.db
      .select({ volunteerId: volunteers.id, ...getTableColumns(starThresholds) })
      .from(volunteers)
      .innerJoin(starThresholds, sql`${starThresholds.minHours} * 60 <= ${approvedMinutes}`)
      .where(inArray(volunteers.id, ids))
      .orderBy(asc(starThresholds.level));
  }

  async starsByPartyMemberIds(ids: string[]): Promise<(StarThresholdRow & { partyMemberId: string })[]> {
    const rows = await this.db
      .select({ partyMemberId: volunteers.partyMemberId, ...getTableColumns(starThresholds) })
      .from(volunteers)
      .innerJoin(starThresholds, sql`${starThresholds.minHours} * 60 <= ${approvedMinutes}`)
      .where(inArray(volunteers.partyMemberId, ids))
      .orderBy(asc(starThresholds.level));
    return rows.map((row) => ({ ...row, partyMemberId: row.partyMemberId as string }));
  }

  /** How many entries each volunteer has. */
  entryCountsByVolunteerIds(volunteerIds: string[]) {
    return countChildren(this.db, serviceHourEntries, serviceHourEntries.volunteerId)(volunteerIds);
  }

  /** One page of entries for each volunteer, the most recent first. */
  async entryPagesByVolunteerIds(volunteerIds: string[], page: PageRequest): Promise<ServiceHourEntryRow[]> {
    const e = serviceHourEntries;
    const after = page.after
      ? sql`(${e.createdAt}, ${e.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(e),
        rank: sql<number>`row_number() over (partition by ${e.volunteerId} order by ${e.createdAt} desc, ${e.id} desc)`.as(
          "rank",
        ),
      })
      .from(e)
      .where(and(inArray(e.volunteerId, volunteerIds), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.volunteerId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** Approved minutes summed by one grouping, in SQL over the effective-hours view. */
  async report(
    grouping: ServiceHoursGrouping,
    filter: { teamId?: string | null; estateId?: string | null; fromMonth?: string | null; toMonth?: string | null },
    page: PageRequest,
  ): Promise<Connection<ReportRow>> {
    const v = effectiveServiceHours;
    const key: SQL<string> = {
      PERSON: sql<string>`${v.volunteerId}::text`,
      TEAM: sql<string>`${v.teamId}::text`,
      ESTATE: sql<string>`${v.estateId}::text`,
      MONTH: sql<string>`to_char(${v.servedOn}, 'YYYY-MM')`,
    }[grouping];
    const matching = and(
      filter.teamId ? eq(v.teamId, filter.teamId) : undefined,
      filter.estateId ? eq(v.estateId, filter.estateId) : undefined,
      filter.fromMonth ? gte(v.servedOn, sql`${`${filter.fromMonth}-01`}::date`) : undefined,
      filter.toMonth ? lt(v.servedOn, sql`(${`${filter.toMonth}-01`}::date + interval '1 month')::date`) : undefined,
    );
    const rows = await this.db
      .select({
        key: key.as("key"),
        approvedMinutes: sql<number>`sum(${v.minutes})::int`.as("approved_minutes"),
        entries: sql<number>`count(*)::int`.as("entries"),
      })
      .from(v)
      .where(matching)
      .groupBy(key)
      .having(page.after ? sql`${key} > ${page.after[0]}::text` : undefined)
      .orderBy(asc(key))
      .limit(page.limit + 1);
    // The report's rows are its groups: the count is of distinct keys.
    const groups = async () => {
      const [row] = await this.db
        .select({ count: sql<number>`count(DISTINCT ${key})::int` })
        .from(v)
        .where(matching);
      return Number(row?.count ?? 0);
    };
    return toConnection(
      rows.map((row) => ({ ...row, grouping })),
      page,
      (row) => [row.key],
      groups,
    );
  }
}
