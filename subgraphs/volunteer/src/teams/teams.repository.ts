import {
  type Connection,
  countRows,
  NAME_THEN_ID,
  nextVersion,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import { type EstateRef, teamEstates, type VolunteerTeamRow, volunteerTeams } from "../db/schema";

/** Teams are listed by name, then id: the cursor is that pair. */
export const teamSortKey = (row: VolunteerTeamRow): string[] => [row.name, row.id];

const afterTeam = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${volunteerTeams.name}, ${volunteerTeams.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`
    : undefined;

/** Which teams a caller may change: those their grants name, or every one for an administrator. */
export interface TeamWriteScope {
  teamIds: readonly string[];
  isAdmin: boolean;
}

/** The columns a caller may change; an absent one keeps its value. */
export interface TeamChanges {
  name?: string | undefined;
}

/** SQL for volunteer teams and the estates they serve. */
export class TeamsRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<VolunteerTeamRow[]> {
    return this.db.select().from(volunteerTeams).where(inArray(volunteerTeams.id, ids));
  }

  /** One team, locked until the end of the transaction so its snapshot stays true while it is changed. */
  async lockById(id: string): Promise<VolunteerTeamRow | null> {
    const [row] = await this.db.select().from(volunteerTeams).where(eq(volunteerTeams.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Changes one team only if `scope` covers it: the ownership test is part of the UPDATE, so a
   * check forgotten elsewhere still cannot write another team's row. Null when no row was
   * changed (no such team, or not the caller's).
   */
  async updateWithin(id: string, changes: TeamChanges, scope: TeamWriteScope): Promise<VolunteerTeamRow | null> {
    const [row] = await this.db
      .update(volunteerTeams)
      .set({ ...changes, version: nextVersion(volunteerTeams.version), updatedAt: sql`now()` })
      .where(
        and(
          eq(volunteerTeams.id, id),
          or(
            sql`${volunteerTeams.id} = any(${sql.param([...scope.teamIds])}::uuid[])`,
            sql`${sql.param(scope.isAdmin)}::boolean`,
          ),
        ),
      )
      .returning();
    return row ?? null;
  }

  /** One page of teams, optionally only those serving one estate. */
  async teamsPage(filter: { estateId?: string | null }, args: PageArgs): Promise<Connection<VolunteerTeamRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const servingEstate = filter.estateId
      ? inArray(
          volunteerTeams.id,
          this.db
            .select({ teamId: teamEstates.teamId })
            .from(teamEstates)
            .where(eq(teamEstates.estateId, filter.estateId)),
        )
      : undefined;
    const rows = await this.db
      .select()
      .from(volunteerTeams)
      .where(and(servingEstate, afterTeam(page)))
      .orderBy(asc(volunteerTeams.name), asc(volunteerTeams.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, teamSortKey, countRows(this.db, volunteerTeams, servingEstate));
  }

  /** The teams serving each estate, by name, tagged with the estate they were asked for. */
  async byEstateIds(estateIds: string[]): Promise<(VolunteerTeamRow & { estateId: string })[]> {
    const rows = await this.db
      .select({ team: volunteerTeams, estateId: teamEstates.estateId })
      .from(teamEstates)
      .innerJoin(volunteerTeams, eq(volunteerTeams.id, teamEstates.teamId))
      .where(inArray(teamEstates.estateId, estateIds))
      .orderBy(asc(volunteerTeams.name), asc(volunteerTeams.id));
    return rows.map(({ team, estateId }) => ({ ...team, estateId }));
  }

  /** The estates each team serves, as keys ordered by id, tagged with the team. */
  estatesByTeamIds(teamIds: string[]): Promise<(EstateRef & { teamId: string })[]> {
    return this.db
      .select({ id: teamEstates.estateId, teamId: teamEstates.teamId })
      .from(teamEstates)
      .where(inArray(teamEstates.teamId, teamIds))
      .orderBy(asc(teamEstates.teamId), asc(teamEstates.estateId));
  }
}
