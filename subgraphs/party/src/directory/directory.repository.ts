import type { PlaceChangePage } from "@linli/service-kit";
import { asc, gt } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import { placeChanges, placeRegistry } from "../db/schema";

/** The place registry's outbox as the directory feed serves it to the other agencies. */
export class DirectoryRepository {
  /** The epoch is the database's for its lifetime: read once. */
  private epoch: Promise<string> | undefined;

  constructor(private readonly db: PartyDatabase) {}

  private readEpoch(): Promise<string> {
    this.epoch ??= this.db
      .select()
      .from(placeRegistry)
      .then(([registry]) => {
        if (!registry) throw new Error("the place registry has no epoch (migration 0015 not applied)");
        return registry.epoch;
      });
    this.epoch.catch(() => {
      this.epoch = undefined;
    });
    return this.epoch;
  }

  /** The changes after `after`, in order, at most `limit`, with the outbox's epoch. */
  async changesAfter(after: number, limit: number): Promise<PlaceChangePage> {
    const epoch = await this.readEpoch();
    const rows = await this.db
      .select()
      .from(placeChanges)
      .where(gt(placeChanges.seq, after))
      .orderBy(asc(placeChanges.seq))
      .limit(limit);
    return {
      epoch,
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
