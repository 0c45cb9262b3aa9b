import { countChildren, nextVersion, type PageRequest } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import { type TeamMembershipRow, teamMemberships, type VolunteerRow, volunteers } from "../db/schema";
import type { TeamWriteScope } from "../teams/teams.repository";

export type TeamRole = TeamMembershipRow["role"];

/** A team's roster is listed the earliest to join first: the cursor is (joined on, id). */
export const membershipSortKey = (row: TeamMembershipRow): string[] => [row.joinedOn, row.id];

/** The caller's scope as a WHERE clause over team_memberships: their own teams, or any for an administrator. */
const inScope = (scope: TeamWriteScope): SQL =>
  sql`(${teamMemberships.teamId} = any(${sql.param([...scope.teamIds])}::uuid[]) or ${sql.param(scope.isAdmin)}::boolean)`;

/** SQL for the teams' rosters (队员名册). */
export class RosterRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<TeamMembershipRow[]> {
    return this.db.select().from(teamMemberships).where(inArray(teamMemberships.id, ids));
  }

  /** One membership, locked until the transaction ends; null for none. */
  async lockById(id: string): Promise<TeamMembershipRow | null> {
    const [row] = await this.db.select().from(teamMemberships).where(eq(teamMemberships.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Adds a volunteer to a team only if both exist and `scope` covers the team — INSERT … SELECT …
   * WHERE <team in scope>; null when not. The unique index refuses a second current membership.
   */
  async insertWithin(
    values: { teamId: string; volunteer: { id: string } | { partyMemberId: string }; role: TeamRole; joinedOn: string },
    scope: TeamWriteScope,
  ): Promise<TeamMembershipRow | null> {
    const inTeams = sql`(${values.teamId}::uuid = any(${sql.param([...scope.teamIds])}::uuid[]) or ${sql.param(scope.isAdmin)}::boolean)`;
    const [row] = await this.db
      .insert(teamMemberships)
      .select(
        this.db
          .select({
            id: sql<string>`gen_random_uuid()`.as("id"),
            teamId: sql<string>`${values.teamId}::uuid`.as("team_id"),
            volunteerId: volunteers.id,
            role: sql<TeamRole>`${values.role}::team_role`.as("role"),
            joinedOn: sql<string>`${values.joinedOn}::date`.as("joined_on"),
            leftOn: sql<string | null>`null::date`.as("left_on"),
            createdAt: sql<Date>`now()`.as("created_at"),
            updatedAt: sql<Date>`now()`.as("updated_at"),
            version: sql<number>`1`.as("version"),
          })
          .from(volunteers)
          .where(
            and(
              "id" in values.volunteer
                ? eq(volunteers.id, values.volunteer.id)
                : eq(volunteers.partyMemberId, values.volunteer.partyMemberId),
              inTeams,
              sql`exists (select 1 from volunteer_teams t where t.id = ${values.teamId}::uuid)`,
            ),
          ),
      )
      .returning();
    return row ?? null;
  }

  /** Changes a current member's role, only within `scope`; null when nothing changed. */
  async changeRoleWithin(id: string, role: TeamRole, scope: TeamWriteScope): Promise<TeamMembershipRow | null> {
    const [row] = await this.db
      .update(teamMemberships)
      .set({ role, version: nextVersion(teamMemberships.version), updatedAt: sql`now()` })
      .where(and(eq(teamMemberships.id, id), isNull(teamMemberships.leftOn), inScope(scope)))
      .returning();
    return row ?? null;
  }

  /** Ends a current membership on `leftOn`, only within `scope`; null when nothing changed. */
  async endWithin(id: string, leftOn: string, scope: TeamWriteScope): Promise<TeamMembershipRow | null> {
    const [row] = await this.db
      .update(teamMemberships)
      .set({ leftOn, version: nextVersion(teamMemberships.version), updatedAt: sql`now()` })
      .where(and(eq(teamMemberships.id, id), isNull(teamMemberships.leftOn), inScope(scope)))
      .returning();
    return row ?? null;
  }

  /** One page, for each team, of its roster: current members only, or every membership with `includeFormer`. */
  /** How many memberships each team has: current ones, or every one with `includeFormer`. */
  countsByTeamIds(teamIds: string[], includeFormer: boolean) {
    const current = includeFormer ? undefined : isNull(teamMemberships.leftOn);
    return countChildren(this.db, teamMemberships, teamMemberships.teamId, current)(teamIds);
  }

  async pagesByTeamIds(teamIds: string[], page: PageRequest, includeFormer: boolean): Promise<TeamMembershipRow[]> {
    const m = teamMemberships;
    const after = page.after
      ? sql`(${m.joinedOn}, ${m.id}) > (${page.after[0]}::date, ${page.after[1]}::uuid)`
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(m),
        rank: sql<number>`row_number() over (partition by ${m.teamId} order by ${m.joinedOn}, ${m.id})`.as("rank"),
      })
      .from(m)
      .where(and(inArray(m.teamId, teamIds), includeFormer ? undefined : isNull(m.leftOn), after))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.teamId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** The current leaders of each team, the earliest to join first, tagged with the team. */
  async leadersByTeamIds(teamIds: string[]): Promise<(VolunteerRow & { teamId: string })[]> {
    const rows = await this.db
      .select({ volunteer: volunteers, teamId: teamMemberships.teamId })
      .from(teamMemberships)
      .innerJoin(volunteers, eq(volunteers.id, teamMemberships.volunteerId))
      .where(
        and(
          inArray(teamMemberships.teamId, teamIds),
          isNull(teamMemberships.leftOn),
          eq(teamMemberships.role, "LEADER"),
        ),
      )
      .orderBy(asc(teamMemberships.joinedOn), asc(teamMemberships.id));
    return rows.map(({ volunteer, teamId }) => ({ ...volunteer, teamId }));
  }

  /** Every membership of each volunteer: current ones first, then the most recently joined first. */
  byVolunteerIds(volunteerIds: string[]): Promise<TeamMembershipRow[]> {
    return this.db
      .select()
      .from(teamMemberships)
      .where(inArray(teamMemberships.volunteerId, volunteerIds))
      .orderBy(sql`${teamMemberships.leftOn} is not null`, desc(teamMemberships.joinedOn), desc(teamMemberships.id));
  }
}
