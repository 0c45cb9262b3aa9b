import { countChildren, nextVersion, type PageRequest } from "@linli/service-kit";
import { and, asc, desc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { type GridLeaderPostRow, gridLeaderPosts, type PartyMemberRow, partyMembers } from "../db/schema";

/** Members are listed by name, then id: the cursor is that pair. */
export const memberSortKey = (row: PartyMemberRow): string[] => [row.name, row.id];

const afterMember = (page: PageRequest): SQL | undefined =>
  page.after ? sql`(${partyMembers.name}, ${partyMembers.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;

/** The contact fields a caller may change. */
export interface ContactPatch {
  phone?: string;
  address?: string;
}

/** Which members' rows a caller may write: those of these branches, or every one for an administrator. */
export interface WriteScope {
  branchIds: string[];
  isAdmin: boolean;
}

/** SQL for party members. */
export class MembersRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<PartyMemberRow[]> {
    return this.db.select().from(partyMembers).where(inArray(partyMembers.id, ids));
  }

  /** Each member's grid leader posts, by role and area (then newest first): open ones only, or ended ones too. */
  gridPostsByMemberIds(memberIds: string[], includeEnded: boolean): Promise<GridLeaderPostRow[]> {
    return this.db
      .select()
      .from(gridLeaderPosts)
      .where(
        and(
          inArray(gridLeaderPosts.memberId, memberIds),
          includeEnded ? undefined : sql`${gridLeaderPosts.endedOn} IS NULL`,
        ),
      )
      .orderBy(asc(gridLeaderPosts.role), asc(gridLeaderPosts.area), desc(gridLeaderPosts.since));
  }

  /** The same page of members for each of several estates, in one statement. */
  async pagesByEstateIds(estateIds: string[], page: PageRequest): Promise<PartyMemberRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(partyMembers),
        rank: sql<number>`row_number() over (partition by ${partyMembers.estateId} order by ${partyMembers.name}, ${partyMembers.id})`.as(
          "rank",
        ),
      })
      .from(partyMembers)
      .where(and(inArray(partyMembers.estateId, estateIds), afterMember(page)))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.estateId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...member }) => member);
  }

  /** The member's row, locked until the transaction ends (so the audit's "before" is what was overwritten). */
  /** How many members each estate has. */
  countsByEstateIds(estateIds: string[]) {
    return countChildren(this.db, partyMembers, partyMembers.estateId)(estateIds);
  }

  async lockById(id: string): Promise<PartyMemberRow | null> {
    const [row] = await this.db.select().from(partyMembers).where(eq(partyMembers.id, id)).for("update");
    return row ?? null;
  }

  /**
   * Changes a member's contact fields only where the scope allows it: the ownership check is part
   * of the UPDATE itself, so no row outside the caller's branches can be written. Null when no
   * row matched (no such member, or not the caller's).
   */
  async updateContact(id: string, patch: ContactPatch, scope: WriteScope): Promise<PartyMemberRow | null> {
    const [row] = await this.db
      .update(partyMembers)
      .set({ ...patch, version: nextVersion(partyMembers.version), updatedAt: sql`now()` })
      .where(
        and(
          eq(partyMembers.id, id),
          sql`(${partyMembers.branchId} = ANY(${sql.param(scope.branchIds)}::uuid[]) OR ${sql.param(scope.isAdmin)}::boolean)`,
        ),
      )
      .returning();
    return row ?? null;
  }
}
