import type { PageRequest } from "@linli/service-kit";
import { countChildren } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import {
  type RedProxyConfirmationWindowRow,
  type RedProxyEventRow,
  type RedProxyFeedbackRow,
  type RedProxyItemRow,
  type RedProxyRequestRow,
  redProxyConfirmationWindows,
  redProxyEvents,
  redProxyFeedback,
  redProxyItems,
  redProxyRequests,
  teamEstates,
} from "../db/schema";

export type RedProxyState = RedProxyRequestRow["state"];
export type RedProxyCategory = RedProxyItemRow["category"];
export type FeedbackSide = RedProxyFeedbackRow["side"];

/** A request as the API shows it: its row and the overdue flag computed by PostgreSQL. */
export type RedProxyRequestView = RedProxyRequestRow & { overdue: boolean };

/** An estate's requests are listed the most recent first: the cursor is (filed at, id). */
export const requestSortKey = (row: RedProxyRequestView): string[] => [row.createdAt.toISOString(), row.id];

/** Who the caller is for the desk: their sign-in, the teams they lead, and whether they administer. */
export interface DeskScope {
  subject: string | null;
  teamIds: readonly string[];
  isAdmin: boolean;
}

const R = sql.raw(`"red_proxy_requests"`);
const teams = (scope: DeskScope) => sql`${sql.param([...scope.teamIds])}::uuid[]`;
const admin = (scope: DeskScope) => sql`${sql.param(scope.isAdmin)}::boolean`;
const subject = (scope: DeskScope) => sql`${scope.subject}::text`;

const isRequester = (scope: DeskScope) => sql`${R}.requester_subject = ${subject(scope)}`;
const isAssignedVolunteer = (scope: DeskScope) =>
  sql`exists (select 1 from volunteers v where v.id = ${R}.assigned_volunteer_id and v.subject = ${subject(scope)})`;
const leadsServingTeam = (scope: DeskScope) =>
  sql`exists (select 1 from team_estates te where te.estate_id = ${R}.estate_id and te.team_id = any(${teams(scope)}))`;
const leadsAssignedTeam = (scope: DeskScope) => sql`${R}.assigned_team_id = any(${teams(scope)})`;

/** Who may act on a request, by what the action is: each is a WHERE clause over red_proxy_requests. */
export const may = {
  /** 读取 — the requester, the assigned volunteer, leads of the estate's teams, administrators. */
  read: (scope: DeskScope) =>
    sql`(${isRequester(scope)} or ${isAssignedVolunteer(scope)} or ${leadsServingTeam(scope)} or ${admin(scope)})`,
  /** 办结, the volunteer's note — the assigned volunteer, the lead of the assigned team, administrators. */
  actForVolunteer: (scope: DeskScope) =>
    sql`(${isAssignedVolunteer(scope)} or ${leadsAssignedTeam(scope)} or ${admin(scope)})`,
  /**
   * 确认, the requester's rating — the requester; for a request filed at the desk (no requester
   * sign-in), the lead of the assigned team or an administrator.
   */
  actForRequester: (scope: DeskScope) =>
    sql`(${isRequester(scope)} or (${R}.requester_subject is null and (${leadsAssignedTeam(scope)} or ${admin(scope)})))`,
  /** 派单 — through `teamId`, which serves the request's estate and which the caller leads (or administers). */
  assignThrough: (scope: DeskScope, teamId: string) =>
    sql`exists (select 1 from team_estates te where te.estate_id = ${R}.estate_id and te.team_id = ${teamId}::uuid
      and (te.team_id = any(${teams(scope)}) or ${admin(scope)}))`,
  /** 撤销 — the requester, a lead of a team serving the estate, administrators. */
  cancel: (scope: DeskScope) => sql`(${isRequester(scope)} or ${leadsServingTeam(scope)} or ${admin(scope)})`,
  /**
   * 改派 — the lead of the team it is assigned through (or an administrator), through `teamId`, which
   * serves the request's estate and which the caller leads (or administers).
   */
  reassignThrough: (scope: DeskScope, teamId: string) =>
    sql`((${leadsAssignedTeam(scope)} or ${admin(scope)}) and ${may.assignThrough(scope, teamId)})`,
  /** 逾期未确认办结 — the lead of the assigned team, administrators. */
  closeUnconfirmed: (scope: DeskScope) => sql`(${leadsAssignedTeam(scope)} or ${admin(scope)})`,
};

/**
 * 确认期限 — the window a requester has to confirm a request reported done when the volunteer
 * services have published none; past it, the assigned team's lead or an administrator may close the
 * request without them.
 */
export const DEFAULT_CONFIRMATION_WINDOW_HOURS = 72;
/** The window as the API shows it: a published one, or the default (never published). */
export type ConfirmationWindow = Pick<RedProxyConfirmationWindowRow, "hours"> & { publishedAt: Date | null };
/** The confirmation window in force, in hours: the latest published, or the default. */
const windowInForce = sql`coalesce((select w.hours from red_proxy_confirmation_windows w
  order by w.published_at desc, w.id desc limit 1), ${DEFAULT_CONFIRMATION_WINDOW_HOURS})`;
/** True once the confirmation window of a request reported done has passed. */
export const confirmationWindowPassed = sql`(${R}.confirm_by < now())`;

const overdue = sql<boolean>`case
  when ${R}.state in ('REQUESTED', 'ASSIGNED') then now() > ${R}.due_at
  when ${R}.state in ('AWAITING_CONFIRMATION', 'COMPLETED') then ${R}.done_at > ${R}.due_at
  else false end`;
const view = { ...getTableColumns(redProxyRequests), overdue: overdue.as("overdue") };

/** SQL for the red proxy desk (红色代办): its catalogue, requests, their history and feedback. */
export class RedProxyRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  catalogue(category: RedProxyCategory | null): Promise<RedProxyItemRow[]> {
    return this.db
      .select()
      .from(redProxyItems)
      .where(category ? eq(redProxyItems.category, category) : undefined)
      .orderBy(asc(redProxyItems.category), asc(redProxyItems.name), asc(redProxyItems.id));
  }

  itemsByIds(ids: string[]): Promise<RedProxyItemRow[]> {
    return this.db.select().from(redProxyItems).where(inArray(redProxyItems.id, ids));
  }

  /** The requests of these ids that `scope` may read; the others are simply absent. */
  readableByIds(ids: string[], scope: DeskScope): Promise<RedProxyRequestView[]> {
    return this.db
      .select(view)
      .from(redProxyRequests)
      .where(and(inArray(redProxyRequests.id, ids), may.read(scope)));
  }

  /** One page, for each estate, of the requests `scope` may read, the most recent first. */
  /** How many requests of each estate this desk may read. */
  countsByEstateIds(estateIds: string[], scope: DeskScope) {
    return countChildren(this.db, redProxyRequests, redProxyRequests.estateId, may.read(scope))(estateIds);
  }

  async pagesByEstateIds(estateIds: string[], page: PageRequest, scope: DeskScope): Promise<RedProxyRequestView[]> {
    const r = redProxyRequests;
    const after = page.after
      ? sql`(${r.createdAt}, ${r.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...view,
        rank: sql<number>`row_number() over (partition by ${r.estateId} order by ${r.createdAt} desc, ${r.id} desc)`.as(
          "rank",
        ),
      })
      .from(r)
      .where(and(inArray(r.estateId, estateIds), may.read(scope), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.estateId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /**
   * Files a request for an existing item, only for an estate the caller may file for —
   * INSERT … SELECT FROM red_proxy_items WHERE id = $1 AND <estate allowed>; null when not.
   * The due time is fixed now, from the item's target hours.
   */
  async insertWithin(
    values: { id: string | null; itemId: string; estateId: string; note: string; filedBy: string },
    who: { requester: string; residentEstateIds: readonly string[] } | { staff: DeskScope },
  ): Promise<{ id: string } | null> {
    const allowed =
      "staff" in who
        ? sql`(${admin(who.staff)} or exists (select 1 from team_estates te
            where te.estate_id = ${values.estateId}::uuid and te.team_id = any(${teams(who.staff)})))`
        : sql`${values.estateId}::uuid = any(${sql.param([...who.residentEstateIds])}::uuid[])`;
    const requester = "staff" in who ? null : who.requester;
    const [row] = await this.db
      .insert(redProxyRequests)
      .select(
        this.db
          .select({
            id: sql<string>`coalesce(${values.id}::uuid, gen_random_uuid())`.as("id"),
            itemId: redProxyItems.id,
            estateId: sql<string>`${values.estateId}::uuid`.as("estate_id"),
            note: sql<string>`${values.note}::text`.as("note"),
            requesterSubject: sql<string | null>`${requester}::text`.as("requester_subject"),
            filedBy: sql<string>`${values.filedBy}::text`.as("filed_by"),
            state: sql<RedProxyState>`'REQUESTED'::red_proxy_state`.as("state"),
            dueAt: sql<Date>`now() + ${redProxyItems.targetHours} * interval '1 hour'`.as("due_at"),
            assignedTeamId: sql<string | null>`null::uuid`.as("assigned_team_id"),
            assignedVolunteerId: sql<string | null>`null::uuid`.as("assigned_volunteer_id"),
            doneAt: sql<Date | null>`null::timestamptz`.as("done_at"),
            confirmBy: sql<Date | null>`null::timestamptz`.as("confirm_by"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
          })
          .from(redProxyItems)
          .where(and(eq(redProxyItems.id, values.itemId), allowed)),
      )
      .returning({ id: redProxyRequests.id });
    return row ?? null;
  }

  /**
   * The request, locked until the transaction ends (moves of one request happen one after
   * another), with whether `allowed` lets the caller act on it and whether `ready` holds for it
   * (a condition of time, say); null when there is none.
   */
  async lock(
    id: string,
    allowed: SQL,
    ready: SQL = sql`true`,
  ): Promise<(RedProxyRequestRow & { permitted: boolean; ready: boolean }) | null> {
    const [row] = await this.db
      .select({
        ...getTableColumns(redProxyRequests),
        permitted: sql<boolean>`${allowed}`.as("permitted"),
        ready: sql<boolean>`coalesce(${ready}, false)`.as("ready"),
      })
      .from(redProxyRequests)
      .where(eq(redProxyRequests.id, id))
      .for("update");
    return row ?? null;
  }

  /** The request as the API shows it, read inside the writing transaction. */
  async view(id: string): Promise<RedProxyRequestView> {
    const [row] = await this.db.select(view).from(redProxyRequests).where(eq(redProxyRequests.id, id));
    if (!row) throw new Error("a red proxy request just written is missing");
    return row;
  }

  /**
   * Moves a request from one state to another, only while `allowed` holds for it (the caller's
   * ownership, in the WHERE clause); null when it did not move.
   */
  async move(
    id: string,
    from: RedProxyState,
    to: RedProxyState,
    allowed: SQL,
    set: Partial<Pick<RedProxyRequestRow, "assignedTeamId" | "assignedVolunteerId">> & { done?: true } = {},
  ): Promise<{ id: string } | null> {
    const { done, ...assignment } = set;
    const [row] = await this.db
      .update(redProxyRequests)
      .set({
        state: to,
        ...assignment,
        ...(done ? { doneAt: sql`now()`, confirmBy: sql`now() + ${windowInForce} * interval '1 hour'` } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(redProxyRequests.id, id), eq(redProxyRequests.state, from), allowed))
      .returning({ id: redProxyRequests.id });
    return row ?? null;
  }

  /** The confirmation window in force: the latest published one, or null when none has been. */
  async currentWindow(): Promise<RedProxyConfirmationWindowRow | null> {
    const [row] = await this.db
      .select()
      .from(redProxyConfirmationWindows)
      .orderBy(desc(redProxyConfirmationWindows.publishedAt), desc(redProxyConfirmationWindows.id))
      .limit(1);
    return row ?? null;
  }

  /** Publishes a new confirmation window; it applies to requests reported done from now on. */
  async publishWindow(hours: number, publishedBy: string | null): Promise<RedProxyConfirmationWindowRow> {
    const [row] = await this.db.insert(redProxyConfirmationWindows).values({ hours, publishedBy }).returning();
    if (!row) throw new Error("an insert returned no row");
    return row;
  }

  /** Whether the team serves the request's estate. */
  async teamServesEstateOf(requestId: string, teamId: string): Promise<boolean> {
    const rows = await this.db
      .select({ teamId: teamEstates.teamId })
      .from(redProxyRequests)
      .innerJoin(teamEstates, eq(teamEstates.estateId, redProxyRequests.estateId))
      .where(and(eq(redProxyRequests.id, requestId), eq(teamEstates.teamId, teamId)));
    return rows.length > 0;
  }

  async recordEvent(
    requestId: string,
    from: RedProxyState | null,
    to: RedProxyState,
    actor: string | null,
    details: Partial<Pick<RedProxyEventRow, "assignedTeamId" | "assignedVolunteerId" | "reason">> = {},
  ) {
    await this.db.insert(redProxyEvents).values({ requestId, fromState: from, toState: to, actor, ...details });
  }

  /** Stores one side's feedback; the unique index refuses a second one of the same side. */
  async insertFeedback(values: {
    requestId: string;
    side: FeedbackSide;
    rating: number | null;
    comment: string | null;
    author: string | null;
  }): Promise<RedProxyFeedbackRow> {
    const [row] = await this.db.insert(redProxyFeedback).values(values).returning();
    if (!row) throw new Error("an insert returned no row");
    return row;
  }

  eventsByRequestIds(ids: string[]): Promise<RedProxyEventRow[]> {
    return this.db
      .select()
      .from(redProxyEvents)
      .where(inArray(redProxyEvents.requestId, ids))
      .orderBy(asc(redProxyEvents.occurredAt), asc(redProxyEvents.id));
  }

  feedbackByRequestIds(ids: string[]): Promise<RedProxyFeedbackRow[]> {
    return this.db
      .select()
      .from(redProxyFeedback)
      .where(inArray(redProxyFeedback.requestId, ids))
      .orderBy(asc(redProxyFeedback.side));
  }
}
