import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import {
  type OwnersCommitteeMemberRow,
  type OwnersCommitteeRow,
  ownersCommitteeMembers,
  ownersCommittees,
} from "../db/schema";

/** A seat as elected, before it has an id. */
export type NewSeat = Pick<OwnersCommitteeMemberRow, "name" | "role" | "partyMemberId">;

/** SQL for owners' committees (业委会), their terms and their seats. */
export class CommitteesRepository {
  constructor(private readonly db: PropertyDatabase) {}

  byIds(ids: string[]): Promise<OwnersCommitteeRow[]> {
    return this.db.select().from(ownersCommittees).where(inArray(ownersCommittees.id, ids));
  }

  /** Every term of each estate's committee, newest first. */
  termsByEstateIds(estateIds: string[]): Promise<OwnersCommitteeRow[]> {
    return this.db
      .select()
      .from(ownersCommittees)
      .where(inArray(ownersCommittees.estateId, estateIds))
      .orderBy(desc(ownersCommittees.termStartsOn), desc(ownersCommittees.id));
  }

  /** The seats of each committee term, in their listed order. */
  seatsByCommitteeIds(committeeIds: string[]): Promise<OwnersCommitteeMemberRow[]> {
    return this.db
      .select()
      .from(ownersCommitteeMembers)
      .where(inArray(ownersCommitteeMembers.committeeId, committeeIds))
      .orderBy(asc(ownersCommitteeMembers.committeeId), asc(ownersCommitteeMembers.position));
  }

  /** The seats each party member holds or held, newest term first. */
  seatsByPartyMemberIds(partyMemberIds: string[]): Promise<(OwnersCommitteeMemberRow & { partyMemberId: string })[]> {
    return this.db
      .select({ seat: ownersCommitteeMembers })
      .from(ownersCommitteeMembers)
      .innerJoin(ownersCommittees, eq(ownersCommittees.id, ownersCommitteeMembers.committeeId))
      .where(inArray(ownersCommitteeMembers.partyMemberId, partyMemberIds))
      .orderBy(desc(ownersCommittees.termStartsOn), asc(ownersCommitteeMembers.id))
      .then((rows) => rows.map(({ seat }) => seat as OwnersCommitteeMemberRow & { partyMemberId: string }));
  }

  /** The estate's current committee, locked until the transaction ends (a concurrent re-election waits). */
  async lockCurrentByEstate(estateId: string): Promise<OwnersCommitteeRow | null> {
    const [row] = await this.db
      .select()
      .from(ownersCommittees)
      .where(and(eq(ownersCommittees.estateId, estateId), isNull(ownersCommittees.succeededOn)))
      .for("update");
    return row ?? null;
  }

  /**
   * Closes the current term on re-election: UPDATE … SET succeeded_on = $on WHERE id = $1 AND
   * succeeded_on IS NULL AND $isAdmin. Null when no row changed.
   */
  async succeedWithin(id: string, on: string, isAdmin: boolean): Promise<OwnersCommitteeRow | null> {
    const [row] = await this.db
      .update(ownersCommittees)
      .set({ succeededOn: on })
      .where(
        and(eq(ownersCommittees.id, id), isNull(ownersCommittees.succeededOn), sql`${sql.param(isAdmin)}::boolean`),
      )
      .returning();
    return row ?? null;
  }

  /** Inserts a new current term with its seats (listed order kept); returns both. */
  async insertTerm(
    term: { estateId: string; termStartsOn: string; termEndsOn: string },
    seats: NewSeat[],
  ): Promise<{ committee: OwnersCommitteeRow; seats: OwnersCommitteeMemberRow[] }> {
    const [committee] = await this.db.insert(ownersCommittees).values(term).returning();
    if (!committee) throw new Error("INSERT … RETURNING gave no row");
    const inserted = await this.db
      .insert(ownersCommitteeMembers)
      .values(seats.map((seat, position) => ({ ...seat, position, committeeId: committee.id })))
      .returning();
    return { committee, seats: inserted.sort((a, b) => a.position - b.position) };
  }
}
