import type { DemoCounty } from "@linli/demo-county";
import { inChunks } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { UnitsDatabase } from "./db";
import { unitEstates, units } from "./db/schema";

/** True when no unit has been registered yet. */
export async function isEmpty(db: UnitsDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(units);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the embedded units' part of a county: the units and the estate big branches they
 * joined. Ids are stable, so loading twice updates the same rows instead of adding new ones.
 */
export async function loadCounty(db: UnitsDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    for (const chunk of inChunks(county.units)) {
      await tx
        .insert(units)
        .values(chunk.map(({ joined: _joined, ...unit }) => unit))
        .onConflictDoUpdate({
          target: units.id,
          set: { name: sql`excluded.name`, kind: sql`excluded.kind`, address: sql`excluded.address` },
        });
    }
    const memberships = county.units.flatMap((u) =>
      u.joined.map(({ estateId, joinedOn }) => ({ unitId: u.id, estateId, joinedOn })),
    );
    for (const chunk of inChunks(memberships)) {
      await tx
        .insert(unitEstates)
        .values(chunk)
        .onConflictDoUpdate({
          target: [unitEstates.unitId, unitEstates.estateId],
          set: { joinedOn: sql`excluded.joined_on` },
        });
    }
  });
}
