import { eq, inArray } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { branchEstates, type EstateRow, estates, type PartyBranchRow, partyBranches } from "../db/schema";

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
}
