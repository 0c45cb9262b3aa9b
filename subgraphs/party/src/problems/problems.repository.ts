import {
  type Connection,
  type CountsByParent,
  countChildren,
  countRows,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
  uuids,
} from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import {
  branchEstates,
  type ProblemRow,
  type ProblemTransitionRow,
  partyBranches,
  problemResponseTargets,
  problemRoutingRules,
  problems,
  problemTransitions,
} from "../db/schema";

/** A problem with what SQL computes about it: whether it is overdue. */
export type ProblemView = ProblemRow & { overdue: boolean };

/** Other agencies' entities, as this subgraph knows them: their key, tagged with their type. */
export type CompanyRef = { __typename: "PropertyCompany"; id: string };
export type UnitRef = { __typename: "Unit"; id: string };
export type TeamRef = { __typename: "VolunteerTeam"; id: string };

export type ProblemStatus = ProblemRow["status"];
export type ProblemCategory = ProblemRow["category"];
export type ResponsibleKind = NonNullable<ProblemRow["responsibleKind"]>;

/** The states in which a problem still waits for its answer: past `due_at`, it is overdue. */
export const UNANSWERED: readonly ProblemStatus[] = [
  "REPORTED",
  "ACCEPTED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RESOLVED",
  "REOPENED",
];
/** The states shown on the echo wall. */
export const ANSWERED: readonly ProblemStatus[] = ["ANSWERED", "CLOSED"];

/** A constant list of states as SQL literals (PGlite cannot bind an enum array parameter). */
export const statuses = (list: readonly ProblemStatus[]) =>
  sql.raw(`(${list.map((status) => `'${status}'`).join(", ")})`);

export const overdue = sql<boolean>`(${problems.status} IN ${statuses(UNANSWERED)} AND now() > ${problems.dueAt})`;
export const viewColumns = { ...getTableColumns(problems), overdue: overdue.as("overdue") };

/** Problem lists are ordered by report (`seq`): the cursor is that number. */
export const problemSortKey = (row: { seq: number }): string[] => [String(row.seq)];

export const afterSeq = (column: typeof problems.seq, page: PageRequest, direction: "asc" | "desc"): SQL | undefined =>
  page.after
    ? direction === "asc"
      ? sql`${column} > ${page.after[0]}::bigint`
      : sql`${column} < ${page.after[0]}::bigint`
    : undefined;

/**
 * Who a write acts for. `handler`: the party administrator, or the secretary of the estate's branch.
 * `responsible`: the role of the body the problem is assigned to. `reporter`: the token subject.
 */
export interface ProblemScope {
  isAdmin: boolean;
  branchIds: readonly string[];
  companyIds: readonly string[];
  unitIds: readonly string[];
  teamIds: readonly string[];
  subject: string | null;
}

export type ScopeKind = "handler" | "handlerOrResponsible" | "reporter";

/** The ownership clause of a problem write, on the `problems` row. */
function within(kind: ScopeKind, scope: ProblemScope): SQL {
  const handler = sql`(${sql.param(scope.isAdmin)}::boolean OR ${problems.estateId} IN (
    SELECT ${branchEstates.estateId} FROM ${branchEstates} WHERE ${branchEstates.branchId} = ANY(${uuids(scope.branchIds)})))`;
  if (kind === "handler") return handler;
  if (kind === "reporter") return sql`${problems.reporterSubject} = ${scope.subject ?? ""}::text`;
  return sql`(${handler}
    OR (${problems.responsibleKind} = 'PROPERTY_COMPANY' AND ${problems.responsibleId} = ANY(${uuids(scope.companyIds)}))
    OR (${problems.responsibleKind} = 'UNIT' AND ${problems.responsibleId} = ANY(${uuids(scope.unitIds)}))
    OR (${problems.responsibleKind} = 'VOLUNTEER_TEAM' AND ${problems.responsibleId} = ANY(${uuids(scope.teamIds)}))
    OR (${problems.responsibleKind} = 'PARTY_BRANCH' AND ${problems.responsibleId} = ANY(${uuids(scope.branchIds)})))`;
}

export interface NewProblem {
  id: string;
  estateId: string;
  category: ProblemCategory;
  text: string;
  anonymous: boolean;
  reporterSubject: string;
  reporterName: string;
}

/** Where a caller may raise problems: their estates as a resident, their branches' as a secretary, or all (admin). */
export interface ReportScope {
  isAdmin: boolean;
  residentEstateIds: readonly string[];
  branchIds: readonly string[];
}

export type ProblemPatch = Partial<
  Pick<
    ProblemRow,
    | "responsibleKind"
    | "responsibleId"
    | "duplicateOfId"
    | "rejectReason"
    | "resolutionNote"
    | "answer"
    | "rating"
    | "ratingComment"
  >
> & { answeredNow?: boolean; dueAgain?: boolean };

/** SQL for the problem wall and the echo wall: problems, their routing and their history. */
export class ProblemsRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<ProblemView[]> {
    return this.db.select(viewColumns).from(problems).where(inArray(problems.id, ids));
  }

  /**
   * Raises a problem in one statement, only for an estate within the reporter's scope (`estate_id =
   * ANY($estates)`), routed by the estate's rule for the category or else to the estate's branch, and
   * due after the category's response target. Null when the estate is outside the scope (or none).
   */
  async insertWithin(values: NewProblem, scope: ReportScope): Promise<ProblemView | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${problems} (id, estate_id, category, text, anonymous, reporter_subject, reporter_name,
                               responsible_kind, responsible_id, due_at)
      SELECT ${values.id}::uuid, e.id, ${values.category}::problem_category, ${values.text}::text,
             ${values.anonymous}::boolean, ${values.reporterSubject}::text, ${values.reporterName}::text,
             route.kind, route.id, now() + make_interval(hours => t.response_hours)
      FROM estates e
      JOIN ${problemResponseTargets} t ON t.category = ${values.category}::problem_category
      LEFT JOIN LATERAL (
        SELECT kind, id FROM (
          SELECT r.responsible_kind AS kind, r.responsible_id AS id, 0 AS priority
          FROM ${problemRoutingRules} r WHERE r.estate_id = e.id AND r.category = ${values.category}::problem_category
          UNION ALL
          SELECT 'PARTY_BRANCH'::responsible_kind, b.branch_id, 1 FROM ${branchEstates} b WHERE b.estate_id = e.id
        ) candidates ORDER BY priority LIMIT 1
      ) route ON true
      WHERE e.id = ${values.estateId}::uuid
        AND (${sql.param(scope.isAdmin)}::boolean
             OR e.id = ANY(${uuids(scope.residentEstateIds)})
             OR e.id IN (SELECT be.estate_id FROM ${branchEstates} be WHERE be.branch_id = ANY(${uuids(scope.branchIds)})))
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    const [row] = await this.byIds([id]);
    return row ?? null;
  }

  /** The problem, locked until the transaction ends (transitions of one problem run one at a time). */
  async lockById(id: string): Promise<ProblemView | null> {
    const [row] = await this.db.select(viewColumns).from(problems).where(eq(problems.id, id)).for("update");
    return row ?? null;
  }

  /** Whether the problem lies within the caller's scope for this kind of write. */
  async isWithin(id: string, kind: ScopeKind, scope: ProblemScope): Promise<boolean> {
    const [row] = await this.db
      .select({ id: problems.id })
      .from(problems)
      .where(and(eq(problems.id, id), within(kind, scope)));
    return row !== undefined;
  }

  /**
   * Moves the problem from `from` to `to` only within the caller's scope and only from the state it
   * was read in: UPDATE … WHERE id = $1 AND status = $from AND <scope>. Null when no row matched.
   */
  async moveWithin(
    id: string,
    from: ProblemStatus,
    to: ProblemStatus,
    patch: ProblemPatch,
    kind: ScopeKind,
    scope: ProblemScope,
  ): Promise<ProblemView | null> {
    const { answeredNow, dueAgain, ...columns } = patch;
    const [row] = await this.db
      .update(problems)
      .set({
        ...columns,
        status: to,
        updatedAt: sql`now()`,
        ...(answeredNow ? { answeredAt: sql`now()` } : {}),
        ...(dueAgain
          ? {
              dueAt: sql`now() + make_interval(hours => (SELECT ${problemResponseTargets.responseHours} FROM ${problemResponseTargets} WHERE ${problemResponseTargets.category} = ${problems.category}))`,
            }
          : {}),
      })
      .where(and(eq(problems.id, id), eq(problems.status, from), within(kind, scope)))
      .returning({ id: problems.id });
    if (!row) return null;
    const [view] = await this.byIds([row.id]);
    return view ?? null;
  }

  async appendTransition(row: typeof problemTransitions.$inferInsert): Promise<void> {
    await this.db.insert(problemTransitions).values(row);
  }

  /** Whether a branch with this id exists (the one kind of responsible party this subgraph owns). */
  async branchExists(id: string): Promise<boolean> {
    const [row] = await this.db.select({ id: partyBranches.id }).from(partyBranches).where(eq(partyBranches.id, id));
    return row !== undefined;
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /** The estate of a problem (for checking a duplicate belongs to the same estate). */
  async estateOf(id: string): Promise<string | null> {
    const [row] = await this.db.select({ estateId: problems.estateId }).from(problems).where(eq(problems.id, id));
    return row?.estateId ?? null;
  }

  /** One page of pages per parent, newest or oldest first, in one statement. */
  private async rankedPages(
    parent: typeof problems.estateId | typeof problems.responsibleId,
    parentIds: string[],
    filter: SQL | undefined,
    page: PageRequest,
    direction: "asc" | "desc",
  ): Promise<ProblemView[]> {
    const order = direction === "asc" ? sql`${problems.seq} ASC` : sql`${problems.seq} DESC`;
    const ranked = this.db
      .select({
        ...viewColumns,
        parentId: sql<string>`${parent}`.as("parent_id"),
        rank: sql<number>`row_number() over (partition by ${parent} order by ${order})`.as("rank"),
      })
      .from(problems)
      .where(and(inArray(parent, parentIds), filter, afterSeq(problems.seq, page, direction)))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.parentId), asc(ranked.rank));
    return rows.map(({ rank: _rank, parentId: _parentId, ...problem }) => problem as ProblemView);
  }

  /** 问题墙 — how many problems each estate's wall holds. */
  wallCountsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, problems, problems.estateId)(estateIds);
  }

  /** 回音壁 — how many answered problems each estate has. */
  echoCountsByEstateIds(estateIds: string[]) {
    return countChildren(
      this.db,
      problems,
      problems.estateId,
      sql`${problems.status} IN ${statuses(ANSWERED)}`,
    )(estateIds);
  }

  /** How many problems each body of one kind has in its queue. */
  queueCountsByResponsibleIds(kind: ResponsibleKind): CountsByParent {
    return countChildren(this.db, problems, problems.responsibleId, eq(problems.responsibleKind, kind));
  }

  /** How many moves each problem's history holds. */
  historyCountsByProblemIds(problemIds: string[]) {
    return countChildren(this.db, problemTransitions, problemTransitions.problemId)(problemIds);
  }

  /** 问题墙 — each estate's problems, newest first. */
  wallPagesByEstateIds(estateIds: string[], page: PageRequest): Promise<ProblemView[]> {
    return this.rankedPages(problems.estateId, estateIds, undefined, page, "desc");
  }

  /** 回音壁 — each estate's answered problems, newest first. */
  echoPagesByEstateIds(estateIds: string[], page: PageRequest): Promise<ProblemView[]> {
    return this.rankedPages(
      problems.estateId,
      estateIds,
      sql`${problems.status} IN ${statuses(ANSWERED)}`,
      page,
      "desc",
    );
  }

  /** 回音壁 — answered problems county-wide or of one estate, newest first. */
  async echoWallPage(filter: { estateId: string | null }, args: PageArgs): Promise<Connection<ProblemView>> {
    const page = pageRequest(args, ["count"]);
    const onTheWall = and(
      sql`${problems.status} IN ${statuses(ANSWERED)}`,
      filter.estateId ? eq(problems.estateId, filter.estateId) : undefined,
    );
    const rows = await this.db
      .select(viewColumns)
      .from(problems)
      .where(and(onTheWall, afterSeq(problems.seq, page, "desc")))
      .orderBy(desc(problems.seq))
      .limit(page.limit + 1);
    return toConnection(rows, page, problemSortKey, countRows(this.db, problems, onTheWall));
  }

  /** The queue of each body of one kind: its assigned problems, oldest report first. */
  queuePagesByResponsibleIds(kind: ResponsibleKind, ids: string[], page: PageRequest): Promise<ProblemView[]> {
    return this.rankedPages(problems.responsibleId, ids, eq(problems.responsibleKind, kind), page, "asc");
  }

  /** Each problem's history, oldest first. */
  async historyPagesByProblemIds(problemIds: string[], page: PageRequest): Promise<ProblemTransitionRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(problemTransitions),
        rank: sql<number>`row_number() over (partition by ${problemTransitions.problemId} order by ${problemTransitions.seq})`.as(
          "rank",
        ),
      })
      .from(problemTransitions)
      .where(
        and(
          inArray(problemTransitions.problemId, problemIds),
          page.after ? sql`${problemTransitions.seq} > ${page.after[0]}::bigint` : undefined,
        ),
      )
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.problemId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }
}
