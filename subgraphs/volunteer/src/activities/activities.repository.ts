import type { PageRequest } from "@linli/service-kit";
import { countChildren } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, ne, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import {
  type ActivityRow,
  activities,
  activitySignUpEvents,
  activitySignUps,
  type SignUpRow,
  teamEstates,
} from "../db/schema";

/** Activities are listed the earliest first: the cursor is (starts at, id). */
export const activitySortKey = (row: ActivityRow): string[] => [row.startsAt.toISOString(), row.id];
/** Sign-ups are listed in the order they arrived: the cursor is their sequence number. */
export const signUpSortKey = (row: SignUpRow): string[] => [String(row.seq)];

export type SignUpState = SignUpRow["state"];
export type NewActivity = Pick<
  ActivityRow,
  "teamId" | "estateId" | "title" | "kind" | "startsAt" | "endsAt" | "placeId" | "capacity"
>;

/** Which activities a caller may manage: their teams' (a lead), or every one (an administrator). */
export interface TeamScope {
  teamIds: readonly string[];
  isAdmin: boolean;
}

const inTeams = (scope: TeamScope, teamId: SQL | typeof activities.teamId): SQL =>
  sql`(${teamId} = any(${sql.param([...scope.teamIds])}::uuid[]) or ${sql.param(scope.isAdmin)}::boolean)`;

/** SQL for volunteer activities (志愿活动) and their sign-ups. */
export class ActivitiesRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<ActivityRow[]> {
    return this.db.select().from(activities).where(inArray(activities.id, ids));
  }

  signUpsByIds(ids: string[]): Promise<SignUpRow[]> {
    return this.db.select().from(activitySignUps).where(inArray(activitySignUps.id, ids));
  }

  /**
   * Inserts the activity if its team lies within `scope` and serves its estate, in one statement
   * (INSERT … SELECT FROM team_estates WHERE …); null when not.
   */
  async insertWithin(values: NewActivity, scope: TeamScope): Promise<ActivityRow | null> {
    const [row] = await this.db
      .insert(activities)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            teamId: teamEstates.teamId,
            estateId: teamEstates.estateId,
            title: sql<string>`${values.title}::text`.as("title"),
            kind: sql<ActivityRow["kind"]>`${values.kind}::activity_kind`.as("kind"),
            startsAt: sql<Date>`${values.startsAt.toISOString()}::timestamptz`.as("starts_at"),
            endsAt: sql<Date>`${values.endsAt.toISOString()}::timestamptz`.as("ends_at"),
            placeId: sql<string | null>`${values.placeId}::uuid`.as("place_id"),
            capacity: sql<number>`${values.capacity}::integer`.as("capacity"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
          })
          .from(teamEstates)
          .where(
            and(
              eq(teamEstates.teamId, values.teamId),
              eq(teamEstates.estateId, values.estateId),
              inTeams(scope, sql`${teamEstates.teamId}`),
            ),
          ),
      )
      .returning();
    return row ?? null;
  }

  /**
   * The activity, locked until the transaction ends. Every change to its sign-ups takes this lock
   * first, so sign-ups, cancellations and check-ins of one activity happen one after another and
   * its capacity can never be overbooked.
   */
  async lockById(id: string): Promise<ActivityRow | null> {
    const [row] = await this.db.select().from(activities).where(eq(activities.id, id)).for("update");
    return row ?? null;
  }

  async lockSignUp(id: string): Promise<SignUpRow | null> {
    const [row] = await this.db.select().from(activitySignUps).where(eq(activitySignUps.id, id)).for("update");
    return row ?? null;
  }

  /** Places held (SIGNED_UP or CHECKED_IN) in one activity. */
  async placesTaken(activityId: string): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(activitySignUps)
      .where(
        and(eq(activitySignUps.activityId, activityId), inArray(activitySignUps.state, ["SIGNED_UP", "CHECKED_IN"])),
      );
    return row?.count ?? 0;
  }

  /** The first person waiting for a place, locked; null when nobody waits. */
  async lockFirstWaiting(activityId: string): Promise<SignUpRow | null> {
    const [row] = await this.db
      .select()
      .from(activitySignUps)
      .where(and(eq(activitySignUps.activityId, activityId), eq(activitySignUps.state, "WAITLISTED")))
      .orderBy(asc(activitySignUps.seq))
      .limit(1)
      .for("update");
    return row ?? null;
  }

  /**
   * Signs a volunteer up, only for an activity the caller may sign people up for: one of an estate
   * they are a resident of (themselves), or of a team within `staff` (a walk-in) —
   * INSERT … SELECT FROM activities WHERE id = $1 AND <that>; null when neither.
   */
  async insertSignUpWithin(
    activityId: string,
    volunteerId: string,
    state: SignUpState,
    who: { residentEstateIds: readonly string[] } | { staff: TeamScope },
  ): Promise<SignUpRow | null> {
    const allowed =
      "staff" in who
        ? inTeams(who.staff, activities.teamId)
        : sql`${activities.estateId} = any(${sql.param([...who.residentEstateIds])}::uuid[])`;
    const [row] = await this.db
      .insert(activitySignUps)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            activityId: activities.id,
            volunteerId: sql<string>`${volunteerId}::uuid`.as("volunteer_id"),
            state: sql<SignUpState>`${state}::sign_up_state`.as("state"),
            seq: sql<number>`nextval(pg_get_serial_sequence('activity_sign_ups', 'seq'))`.as("seq"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
          })
          .from(activities)
          .where(and(eq(activities.id, activityId), allowed)),
      )
      .returning();
    return row ?? null;
  }

  /**
   * Moves a sign-up from one state to another, only if the caller may: the person who signed up
   * (`subject`), a lead of the activity's team or an administrator. Null when not.
   */
  async moveWithin(
    id: string,
    from: SignUpState,
    to: SignUpState,
    who: TeamScope & { subject: string | null },
  ): Promise<SignUpRow | null> {
    const [row] = await this.db
      .update(activitySignUps)
      .set({ state: to, updatedAt: sql`now()` })
      .where(
        and(
          eq(activitySignUps.id, id),
          eq(activitySignUps.state, from),
          sql`exists (select 1 from activities a join volunteers v on v.id = "activity_sign_ups"."volunteer_id"
            where a.id = "activity_sign_ups"."activity_id"
              and (${inTeams(who, sql`a.team_id`)} or v.subject = ${who.subject}::text))`,
        ),
      )
      .returning();
    return row ?? null;
  }

  async recordEvent(signUpId: string, from: SignUpState | null, to: SignUpState, actor: string | null) {
    await this.db.insert(activitySignUpEvents).values({ signUpId, fromState: from, toState: to, actor });
  }

  /** Places held and people waiting, per activity. */
  async countsByActivityIds(ids: string[]): Promise<{ activityId: string; signedUp: number; waitlisted: number }[]> {
    return this.db
      .select({
        activityId: activitySignUps.activityId,
        signedUp: sql<number>`(count(*) filter (where ${activitySignUps.state} in ('SIGNED_UP', 'CHECKED_IN')))::int`,
        waitlisted: sql<number>`(count(*) filter (where ${activitySignUps.state} = 'WAITLISTED'))::int`,
      })
      .from(activitySignUps)
      .where(inArray(activitySignUps.activityId, ids))
      .groupBy(activitySignUps.activityId);
  }

  /** One page of activities for each estate (at most `limit + 1` each), the earliest first. */
  pagesByEstateIds(estateIds: string[], page: PageRequest): Promise<ActivityRow[]> {
    return this.pagesBy(activities.estateId, estateIds, page);
  }

  /** One page, for each shared resource, of the activities held there, the earliest first. */
  async pagesByPlaceIds(placeIds: string[], page: PageRequest): Promise<(ActivityRow & { placeId: string })[]> {
    return (await this.pagesBy(activities.placeId, placeIds, page)) as (ActivityRow & { placeId: string })[];
  }

  /** One page, for each volunteer team, of the activities it runs, the earliest first. */
  async pagesByTeamIds(teamIds: string[], page: PageRequest): Promise<(ActivityRow & { teamId: string })[]> {
    return (await this.pagesBy(activities.teamId, teamIds, page)) as (ActivityRow & { teamId: string })[];
  }

  /** How many activities each parent has (`parent` is the estate, place or team column). */
  countsBy(parent: "estate" | "place" | "team", parentIds: string[]) {
    const column = { estate: activities.estateId, place: activities.placeId, team: activities.teamId }[parent];
    return countChildren(this.db, activities, column)(parentIds);
  }

  /** How many sign-ups (not cancelled) each activity has. */
  signUpCountsByActivityIds(activityIds: string[]) {
    return countChildren(
      this.db,
      activitySignUps,
      activitySignUps.activityId,
      ne(activitySignUps.state, "CANCELLED"),
    )(activityIds);
  }

  /** One page of activities for each parent (`parent` is the estate, place or team column), the earliest first. */
  private async pagesBy(
    parent: typeof activities.estateId | typeof activities.placeId | typeof activities.teamId,
    parentIds: string[],
    page: PageRequest,
  ): Promise<ActivityRow[]> {
    const after = page.after
      ? sql`(${activities.startsAt}, ${activities.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(activities),
        rank: sql<number>`row_number() over (partition by ${parent} order by ${activities.startsAt}, ${activities.id})`.as(
          "rank",
        ),
      })
      .from(activities)
      .where(and(inArray(parent, parentIds), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      // The loader splits the rows by parent; each parent's rows stay in rank order.
      .orderBy(asc(ranked.rank), asc(ranked.id));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** One page of live sign-ups for each activity, in arrival order. */
  async signUpPagesByActivityIds(activityIds: string[], page: PageRequest): Promise<SignUpRow[]> {
    const after = page.after ? sql`${activitySignUps.seq} > ${page.after[0]}::bigint` : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(activitySignUps),
        rank: sql<number>`row_number() over (partition by ${activitySignUps.activityId} order by ${activitySignUps.seq})`.as(
          "rank",
        ),
      })
      .from(activitySignUps)
      .where(and(inArray(activitySignUps.activityId, activityIds), ne(activitySignUps.state, "CANCELLED"), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.activityId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }
}
