import type { PageRequest } from "@linli/service-kit";
import { countChildren } from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { TeamScope } from "../activities/activities.repository";
import type { VolunteerDatabase } from "../db";
import {
  type PostClaimEventRow,
  type PostClaimRow,
  postClaimEvents,
  postClaims,
  type ServicePostRow,
  servicePosts,
  teamEstates,
} from "../db/schema";

export type ClaimState = PostClaimRow["state"];
export type NewServicePost = Pick<
  ServicePostRow,
  "teamId" | "estateId" | "kind" | "title" | "capacity" | "schedule" | "shiftStartsAt" | "shiftEndsAt"
>;

/** A member's claims are listed the most recent first: the cursor is (claimed at, id). */
/** An estate's posts are listed the most recent first: the cursor is (created at, id). */
export const postSortKey = (row: ServicePostRow): string[] => [row.createdAt.toISOString(), row.id];
export const claimSortKey = (row: PostClaimRow): string[] => [row.createdAt.toISOString(), row.id];

const inTeams = (scope: TeamScope, teamId: SQL) =>
  sql`(${teamId} = any(${sql.param([...scope.teamIds])}::uuid[]) or ${sql.param(scope.isAdmin)}::boolean)`;

const tz = (value: Date | null) => sql<Date | null>`${value ? value.toISOString() : null}::timestamptz`;

/** SQL for service posts (服务岗位) and their claims. */
export class PostsRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<ServicePostRow[]> {
    return this.db.select().from(servicePosts).where(inArray(servicePosts.id, ids));
  }

  claimsByIds(ids: string[]): Promise<PostClaimRow[]> {
    return this.db.select().from(postClaims).where(inArray(postClaims.id, ids));
  }

  /** Inserts the post if its team lies within `scope` and serves its estate; null when not. */
  async insertWithin(values: NewServicePost, scope: TeamScope): Promise<ServicePostRow | null> {
    const [row] = await this.db
      .insert(servicePosts)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            teamId: teamEstates.teamId,
            estateId: teamEstates.estateId,
            kind: sql<ServicePostRow["kind"]>`${values.kind}::post_kind`.as("kind"),
            title: sql<string>`${values.title}::text`.as("title"),
            capacity: sql<number>`${values.capacity}::integer`.as("capacity"),
            schedule: sql<ServicePostRow["schedule"]>`${values.schedule}::post_schedule`.as("schedule"),
            shiftStartsAt: tz(values.shiftStartsAt).as("shift_starts_at"),
            shiftEndsAt: tz(values.shiftEndsAt).as("shift_ends_at"),
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

  /** The post, locked until the transaction ends: claims of one post are counted one after another. */
  async lockById(id: string): Promise<ServicePostRow | null> {
    const [row] = await this.db.select().from(servicePosts).where(eq(servicePosts.id, id)).for("update");
    return row ?? null;
  }

  async liveClaims(postId: string): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(postClaims)
      .where(and(eq(postClaims.postId, postId), inArray(postClaims.state, ["CLAIMED", "ACCEPTED"])));
    return row?.count ?? 0;
  }

  /**
   * Claims a post for a member, only a post the caller may claim: one of an estate they are a
   * resident of (for themselves), or of a team within `staff` (for a member) —
   * INSERT … SELECT FROM service_posts WHERE id = $1 AND <that>; null when neither.
   * The post's shift is copied so the EXCLUDE constraint can compare the member's shifts.
   */
  async insertClaimWithin(
    postId: string,
    claimant: { volunteerId: string; memberId: string },
    who: { residentEstateIds: readonly string[] } | { staff: TeamScope },
  ): Promise<PostClaimRow | null> {
    const allowed =
      "staff" in who
        ? inTeams(who.staff, sql`${servicePosts.teamId}`)
        : sql`${servicePosts.estateId} = any(${sql.param([...who.residentEstateIds])}::uuid[])`;
    const [row] = await this.db
      .insert(postClaims)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            postId: servicePosts.id,
            volunteerId: sql<string>`${claimant.volunteerId}::uuid`.as("volunteer_id"),
            memberId: sql<string>`${claimant.memberId}::uuid`.as("member_id"),
            shiftStartsAt: servicePosts.shiftStartsAt,
            shiftEndsAt: servicePosts.shiftEndsAt,
            state: sql<ClaimState>`'CLAIMED'::post_claim_state`.as("state"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
          })
          .from(servicePosts)
          .where(and(eq(servicePosts.id, postId), allowed)),
      )
      .returning();
    return row ?? null;
  }

  async lockClaim(id: string): Promise<PostClaimRow | null> {
    const [row] = await this.db.select().from(postClaims).where(eq(postClaims.id, id)).for("update");
    return row ?? null;
  }

  /** Moves a claim of a post of a team within `scope` from one state to another; null when not. */
  async moveWithin(id: string, from: ClaimState, to: ClaimState, scope: TeamScope): Promise<PostClaimRow | null> {
    const [row] = await this.db
      .update(postClaims)
      .set({ state: to, updatedAt: sql`now()` })
      .where(
        and(
          eq(postClaims.id, id),
          eq(postClaims.state, from),
          sql`exists (select 1 from service_posts p where p.id = "post_claims"."post_id" and ${inTeams(scope, sql`p.team_id`)})`,
        ),
      )
      .returning();
    return row ?? null;
  }

  async recordEvent(claimId: string, from: ClaimState | null, to: ClaimState, actor: string | null) {
    await this.db.insert(postClaimEvents).values({ claimId, fromState: from, toState: to, actor });
  }

  eventsByClaimIds(ids: string[]): Promise<PostClaimEventRow[]> {
    return this.db
      .select()
      .from(postClaimEvents)
      .where(inArray(postClaimEvents.claimId, ids))
      .orderBy(asc(postClaimEvents.occurredAt), asc(postClaimEvents.id));
  }

  liveClaimsByPostIds(ids: string[]): Promise<{ postId: string; count: number }[]> {
    return this.db
      .select({ postId: postClaims.postId, count: sql<number>`count(*)::int` })
      .from(postClaims)
      .where(and(inArray(postClaims.postId, ids), inArray(postClaims.state, ["CLAIMED", "ACCEPTED"])))
      .groupBy(postClaims.postId);
  }

  /** One page of posts for each estate, the most recent first. */
  /** How many posts each estate has. */
  postCountsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, servicePosts, servicePosts.estateId)(estateIds);
  }

  /** How many claims each party member has made. */
  claimCountsByMemberIds(memberIds: string[]) {
    return countChildren(this.db, postClaims, postClaims.memberId)(memberIds);
  }

  async postPagesByEstateIds(estateIds: string[], page: PageRequest): Promise<ServicePostRow[]> {
    const p = servicePosts;
    const after = page.after
      ? sql`(${p.createdAt}, ${p.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(p),
        rank: sql<number>`row_number() over (partition by ${p.estateId} order by ${p.createdAt} desc, ${p.id} desc)`.as(
          "rank",
        ),
      })
      .from(p)
      .where(and(inArray(p.estateId, estateIds), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.estateId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** One page of claims for each party member, the most recent first. */
  async claimPagesByMemberIds(memberIds: string[], page: PageRequest): Promise<PostClaimRow[]> {
    const c = postClaims;
    const after = page.after
      ? sql`(${c.createdAt}, ${c.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(c),
        rank: sql<number>`row_number() over (partition by ${c.memberId} order by ${c.createdAt} desc, ${c.id} desc)`.as(
          "rank",
        ),
      })
      .from(c)
      .where(and(inArray(c.memberId, memberIds), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.memberId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }
}
