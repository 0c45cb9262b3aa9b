import { countChildren, countRows, nextVersion, type PageRequest, uuids } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import { estateExistsIn, type PartyDatabase } from "../db";
import {
  branchEstates,
  estates,
  type PracticalProjectRow,
  type PracticalProjectTransitionRow,
  practicalProjects,
  practicalProjectTransitions,
} from "../db/schema";

export type PracticalProjectStatus = PracticalProjectRow["status"];

/** Who may write practical projects: the party administrator (every estate) or these branches' secretaries (their estates). */
export interface ProjectScope {
  isAdmin: boolean;
  branchIds: readonly string[];
}

/** The ownership clause on a project's estate: part of every write. */
function within(scope: ProjectScope): SQL {
  return sql`(${sql.param(scope.isAdmin)}::boolean
    OR ${practicalProjects.estateId} IN (SELECT ${branchEstates.estateId} FROM ${branchEstates} WHERE ${branchEstates.branchId} = ANY(${uuids(scope.branchIds)})))`;
}

/** Projects are listed newest first; the cursor is the registration sequence number. */
export const projectSortKey = (row: { seq: number }): string[] => [String(row.seq)];

export interface NewProject {
  id: string;
  estateId: string;
  title: string;
  description: string;
  year: number;
}

/** SQL for practical projects (新年开门办一件实事) and their status history. */
export class PracticalProjectsRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<PracticalProjectRow[]> {
    return this.db.select().from(practicalProjects).where(inArray(practicalProjects.id, ids));
  }

  /** Each estate's projects, newest first, one page per estate in one statement. */
  async pagesByEstateIds(estateIds: string[], page: PageRequest): Promise<PracticalProjectRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(practicalProjects),
        rank: sql<number>`row_number() over (partition by ${practicalProjects.estateId} order by ${practicalProjects.seq} desc)`.as(
          "rank",
        ),
      })
      .from(practicalProjects)
      .where(
        and(
          inArray(practicalProjects.estateId, estateIds),
          page.after ? sql`${practicalProjects.seq} < ${page.after[0]}::bigint` : undefined,
        ),
      )
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.estateId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  }

  /** How many projects each estate has. */
  countsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, practicalProjects, practicalProjects.estateId)(estateIds);
  }

  /** How many projects the county has, optionally in one status. */
  count(status: PracticalProjectStatus | null) {
    return countRows(this.db, practicalProjects, status ? eq(practicalProjects.status, status) : undefined);
  }

  /** The county's projects, newest first, optionally in one status. */
  page(status: PracticalProjectStatus | null, page: PageRequest): Promise<PracticalProjectRow[]> {
    return this.db
      .select()
      .from(practicalProjects)
      .where(
        and(
          status ? eq(practicalProjects.status, status) : undefined,
          page.after ? lt(practicalProjects.seq, Number(page.after[0])) : undefined,
        ),
      )
      .orderBy(desc(practicalProjects.seq))
      .limit(page.limit + 1);
  }

  historyByProjectIds(ids: string[]): Promise<PracticalProjectTransitionRow[]> {
    return this.db
      .select()
      .from(practicalProjectTransitions)
      .where(inArray(practicalProjectTransitions.projectId, ids))
      .orderBy(asc(practicalProjectTransitions.seq));
  }

  async estateExists(id: string): Promise<boolean> {
    return estateExistsIn(this.db, id);
  }

  /**
   * Registers a project in one statement only for an estate within the scope (INSERT … SELECT FROM
   * estates WHERE id = $1 AND <scope>). Null when the estate is outside the scope or unknown.
   */
  async insertWithin(values: NewProject, scope: ProjectScope): Promise<PracticalProjectRow | null> {
    const result = (await this.db.execute(sql`
      INSERT INTO ${practicalProjects} (id, estate_id, title, description, year)
      SELECT ${values.id}::uuid, e.id, ${values.title}::text, ${values.description}::text, ${values.year}::int
      FROM ${estates} e
      WHERE e.id = ${values.estateId}::uuid
        AND (${sql.param(scope.isAdmin)}::boolean
             OR e.id IN (SELECT be.estate_id FROM ${branchEstates} be WHERE be.branch_id = ANY(${uuids(scope.branchIds)})))
      RETURNING id`)) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) return null;
    const [row] = await this.byIds([id]);
    return row ?? null;
  }

  /** The project, locked until the transaction ends. */
  async lockById(id: string): Promise<PracticalProjectRow | null> {
    const [row] = await this.db.select().from(practicalProjects).where(eq(practicalProjects.id, id)).for("update");
    return row ?? null;
  }

  async isWithin(id: string, scope: ProjectScope): Promise<boolean> {
    const [row] = await this.db
      .select({ id: practicalProjects.id })
      .from(practicalProjects)
      .where(and(eq(practicalProjects.id, id), within(scope)));
    return row !== undefined;
  }

  /** UPDATE … WHERE id = $1 AND status = $from AND progress = $read AND <scope>; null when no row matched. */
  async moveWithin(
    current: PracticalProjectRow,
    to: PracticalProjectStatus,
    progress: number,
    completedOn: string | null,
    scope: ProjectScope,
  ): Promise<PracticalProjectRow | null> {
    const [row] = await this.db
      .update(practicalProjects)
      .set({
        status: to,
        progress,
        version: nextVersion(practicalProjects.version),
        updatedAt: sql`now()`,
        ...(completedOn ? { completedOn } : {}),
      })
      .where(
        and(
          eq(practicalProjects.id, current.id),
          eq(practicalProjects.status, current.status),
          eq(practicalProjects.progress, current.progress),
          within(scope),
        ),
      )
      .returning();
    return row ?? null;
  }

  async appendTransition(row: typeof practicalProjectTransitions.$inferInsert): Promise<void> {
    await this.db.insert(practicalProjectTransitions).values(row);
  }
}
