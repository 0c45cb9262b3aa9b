import {
  COUNTY_TIME_ZONE,
  type Connection,
  countRows,
  type DayRange,
  dayInstants,
  type PageRequest,
  type PlaceScope,
  requirePlace,
  scopeEstatesRelation,
  toConnection,
} from "@linli/service-kit";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { problems } from "../db/schema";
import { REGISTRY_TREE } from "../overview/overview.repository";
import {
  ANSWERED,
  afterSeq,
  overdue,
  type ProblemCategory,
  type ProblemStatus,
  type ProblemView,
  problemSortKey,
  type ResponsibleKind,
  statuses,
  viewColumns,
} from "../problems/problems.repository";

export interface ProblemCountRow {
  category: ProblemCategory;
  status: ProblemStatus;
  problems: number;
}

export type AnswerTimeGrouping = "HANDLER_KIND" | "HANDLER" | "ESTATE";

export interface AnswerTimeRow {
  handlerKind: ResponsibleKind | null;
  handlerId: string | null;
  estateId: string | null;
  answered: number;
  averageHours: number;
  medianHours: number;
  p90Hours: number;
}

/** A validated filter of `Query.problems`. */
export interface ProblemListFilter {
  place: PlaceScope | null;
  statuses: readonly ProblemStatus[] | null;
  categories: readonly ProblemCategory[] | null;
  overdue: boolean | null;
  handlerKind: ResponsibleKind | null;
  handlerId: string | null;
  range: Partial<DayRange>;
}

const zone = sql.raw(`'${COUNTY_TIME_ZONE}'`);

/** The estates of one place as a subquery of estate ids, through the registry's own tree. */
const estatesOf = (place: PlaceScope): SQL =>
  sql`(SELECT se.estate_id FROM ${scopeEstatesRelation([place], REGISTRY_TREE)} se)`;

/** Reported within the range (either end may be open). */
function reportedWithin(range: Partial<DayRange>): SQL[] {
  return [
    ...(range.startsOn ? [sql`${problems.reportedAt} >= (${range.startsOn}::timestamp AT TIME ZONE ${zone})`] : []),
    ...(range.endsBefore ? [sql`${problems.reportedAt} < (${range.endsBefore}::timestamp AT TIME ZONE ${zone})`] : []),
  ];
}

/** The conditions of a filtered problem list, shared by its page and its count. */
function listConditions(filter: ProblemListFilter): SQL[] {
  return [
    ...(filter.place ? [sql`${problems.estateId} IN ${estatesOf(filter.place)}`] : []),
    // Text arrays: PGlite cannot bind an enum array parameter.
    ...(filter.statuses ? [sql`${problems.status}::text = ANY(${sql.param([...filter.statuses])}::text[])`] : []),
    ...(filter.categories ? [sql`${problems.category}::text = ANY(${sql.param([...filter.categories])}::text[])`] : []),
    ...(filter.overdue === null ? [] : [filter.overdue ? overdue : sql`NOT ${overdue}`]),
    ...(filter.handlerKind ? [sql`${problems.responsibleKind}::text = ${filter.handlerKind}`] : []),
    ...(filter.handlerId ? [eq(problems.responsibleId, filter.handlerId)] : []),
    ...reportedWithin(filter.range),
  ];
}

const GROUP_COLUMNS: Record<AnswerTimeGrouping, { select: SQL; group: SQL }> = {
  HANDLER_KIND: {
    select: sql`p.responsible_kind AS handler_kind, NULL::uuid AS handler_id, NULL::uuid AS estate_id`,
    group: sql`p.responsible_kind`,
  },
  HANDLER: {
    select: sql`p.responsible_kind AS handler_kind, p.responsible_id AS handler_id, NULL::uuid AS estate_id`,
    group: sql`p.responsible_kind, p.responsible_id`,
  },
  ESTATE: {
    select: sql`NULL::responsible_kind AS handler_kind, NULL::uuid AS handler_id, p.estate_id AS estate_id`,
    group: sql`p.estate_id`,
  },
};

/** SQL for the dashboards' aggregates of problems, each one statement, computed on every read. */
export class AggregatesRepository {
  constructor(private readonly db: PartyDatabase) {}

  /** The place, or NOT_FOUND: a key naming nothing would otherwise answer zeros. */
  requirePlace(place: PlaceScope): Promise<PlaceScope> {
    return requirePlace((query) => this.db.execute(query), place, REGISTRY_TREE);
  }

  /** Problems reported in the range, by category and current state. */
  async problemCounts(place: PlaceScope, range: DayRange): Promise<ProblemCountRow[]> {
    const { from, until } = dayInstants(range);
    const result = (await this.db.execute(sql`
      SELECT p.category, p.status, count(*)::int AS problems
      FROM ${scopeEstatesRelation([place], REGISTRY_TREE)} se JOIN problems p ON p.estate_id = se.estate_id
      WHERE p.reported_at >= ${from} AND p.reported_at < ${until}
      GROUP BY p.category, p.status
      ORDER BY p.category, p.status`)) as unknown as { rows: ProblemCountRow[] };
    return result.rows;
  }

  /**
   * Hours from report to answer of the problems reported in the range and answered now (answered
   * or closed: a reopened problem is being answered again), per group.
   */
  async answerTimes(
    place: PlaceScope,
    range: DayRange,
    by: AnswerTimeGrouping,
    handlerKind: ResponsibleKind | null,
  ): Promise<AnswerTimeRow[]> {
    const { from, until } = dayInstants(range);
    const { select, group } = GROUP_COLUMNS[by];
    const result = (await this.db.execute(sql`
      WITH answered AS (
        SELECT p.*, extract(epoch FROM (p.answered_at - p.reported_at)) / 3600.0 AS hours
        FROM ${scopeEstatesRelation([place], REGISTRY_TREE)} se JOIN problems p ON p.estate_id = se.estate_id
        WHERE p.status IN ${statuses(ANSWERED)} AND p.answered_at IS NOT NULL
          AND p.reported_at >= ${from} AND p.reported_at < ${until}
          ${handlerKind ? sql`AND p.responsible_kind::text = ${handlerKind}` : sql``}
      )
      SELECT ${select}, count(*)::int AS answered,
        avg(p.hours)::float8 AS average_hours,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY p.hours)::float8 AS median_hours,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY p.hours)::float8 AS p90_hours
      FROM answered p
      GROUP BY ${group}
      ORDER BY ${group}`)) as unknown as {
      rows: {
        handler_kind: ResponsibleKind | null;
        handler_id: string | null;
        estate_id: string | null;
        answered: number;
        average_hours: number;
        median_hours: number;
        p90_hours: number;
      }[];
    };
    return result.rows.map((row) => ({
      handlerKind: row.handler_kind,
      handlerId: row.handler_id,
      estateId: row.estate_id,
      answered: row.answered,
      averageHours: Number(row.average_hours),
      medianHours: Number(row.median_hours),
      p90Hours: Number(row.p90_hours),
    }));
  }

  /** One page of the filtered list, newest report first; its count only when asked. */
  async problemsPage(filter: ProblemListFilter, page: PageRequest): Promise<Connection<ProblemView>> {
    const conditions = listConditions(filter);
    const rows = await this.db
      .select(viewColumns)
      .from(problems)
      .where(and(...conditions, afterSeq(problems.seq, page, "desc")))
      .orderBy(desc(problems.seq))
      .limit(page.limit + 1);
    return toConnection(rows, page, problemSortKey, countRows(this.db, problems, and(...conditions)));
  }
}
