import { nextVersion } from "@linli/service-kit";
import { and, asc, eq, exists, inArray } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import {
  type BranchStageTransitionRow,
  branchEstates,
  branchStageTransitions,
  type EstateRow,
  estates,
  type PartyBranchRow,
  partyBranches,
  partyMembers,
} from "../db/schema";

/** SQL for estate party branches and the estates they cover. */
export class BranchesRepository {
  constructor(private readonly db: PartyDatabase) {}

  byIds(ids: string[]): Promise<PartyBranchRow[]> {
    return this.db.select().from(partyBranches).where(inArray(partyBranches.id, ids));
  }

  /** The branch covering each estate, tagged with the estate it was asked for. */
  async byEstateIds(estateIds: string[]): Promise<(PartyBranchRow & { estateId: string })[]> {
    const rows = await this.db
      .select({ branch: partyBranches, estateId: branchEstates.estateId })
      .from(branchEstates)
      .innerJoin(partyBranches, eq(partyBranches.id, branchEstates.branchId))
      .where(inArray(branchEstates.estateId, estateIds));
    return rows.map(({ branch, estateId }) => ({ ...branch, estateId }));
  }

  /** The estates each branch covers, by name, tagged with the branch. */
  async estatesByBranchIds(branchIds: string[]): Promise<(EstateRow & { branchId: string })[]> {
    const rows = await this.db
      .select({ estate: estates, branchId: branchEstates.branchId })
      .from(branchEstates)
      .innerJoin(estates, eq(estates.id, branchEstates.estateId))
      .where(inArray(branchEstates.branchId, branchIds))
      .orderBy(estates.name, estates.id);
    return rows.map(({ estate, branchId }) => ({ ...estate, branchId }));
  }

  /** Each branch's stage history, oldest first (at most three rows a branch: stages only go forward). */
  stageHistoryByBranchIds(branchIds: string[]): Promise<BranchStageTransitionRow[]> {
    return this.db
      .select()
      .from(branchStageTransitions)
      .where(inArray(branchStageTransitions.branchId, branchIds))
      .orderBy(asc(branchStageTransitions.seq));
  }

  /** The branch, locked until the transaction ends. */
  async lockById(id: string): Promise<PartyBranchRow | null> {
    const [row] = await this.db.select().from(partyBranches).where(eq(partyBranches.id, id)).for("update");
    return row ?? null;
  }

  /** UPDATE … SET stage = $to, <date> = $on WHERE id = $1 AND stage = $from; null when it moved meanwhile. */
  async advance(
    id: string,
    from: PartyBranchRow["stage"],
    to: PartyBranchRow["stage"],
    dateField: "coveredOn" | "maturedOn" | "establishedOn",
    on: string,
  ): Promise<PartyBranchRow | null> {
    const [row] = await this.db
      .update(partyBranches)
      .set({ stage: to, [dateField]: on, version: nextVersion(partyBranches.version) })
      .where(and(eq(partyBranches.id, id), eq(partyBranches.stage, from)))
      .returning();
    return row ?? null;
  }

  /**
   * UPDATE … SET secretary = $member WHERE id = $1 AND the member belongs to the branch (checked in
   * the same statement); null when the member is not one of its members.
   */
  async setSecretary(
    id: string,
    memberId: string,
    background: NonNullable<PartyBranchRow["secretaryBackground"]>,
  ): Promise<PartyBranchRow | null> {
    const [row] = await this.db
      .update(partyBranches)
      .set({
        secretaryMemberId: memberId,
        secretaryBackground: background,
        version: nextVersion(partyBranches.version),
      })
      .where(
        and(
          eq(partyBranches.id, id),
          exists(
            this.db
              .select({ id: partyMembers.id })
              .from(partyMembers)
              .where(and(eq(partyMembers.id, memberId), eq(partyMembers.branchId, partyBranches.id))),
          ),
        ),
      )
      .returning();
    return row ?? null;
  }

  async appendStageTransition(row: typeof branchStageTransitions.$inferInsert): Promise<void> {
    await this.db.insert(branchStageTransitions).values(row);
  }
}
