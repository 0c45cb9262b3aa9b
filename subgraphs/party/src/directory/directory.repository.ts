import type { PlaceChangePage } from "@linli/service-kit";
import { asc, gt } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { placeChanges, placeRegistry } from "../db/schema";

/** The place registry's outbox as the directory feed serves it to the other agencies. */
export class DirectoryRepository {
  constructor(private readonly db: PartyDatabase) {}

  /** The changes after `after`, in order, at most `limit`, with the outbox's epoch. */
  async changesAfter(after: number, limit: number): Promise<PlaceChangePage> {
    const [registry] = await this.db.select().from(placeRegistry);
    if (!registry) throw new Error("the place registry has no epoch (migration 0015 not applied)");
    const rows = await this.db
      .select()
      .from(placeChanges)
      .where(gt(placeChanges.seq, after))
      .orderBy(asc(placeChanges.seq))
      .limit(limit);
    return {
      epoch: registry.epoch,
      changes: rows.map((row) => ({
        seq: row.seq,
        kind: row.kind,
        id: row.placeId,
        parentId: row.parentId,
        name: row.name,
        removed: row.removed,
      })),
    };
  }
}
