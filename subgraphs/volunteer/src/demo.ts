import type { DemoCounty } from "@linli/demo-county";
import { upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { VolunteerDatabase } from "./db";
import { teamEstates, volunteerTeams } from "./db/schema";

/** True when no volunteer team has been registered yet. */
export async function isEmpty(db: VolunteerDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(volunteerTeams);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the volunteer services' part of a county: its teams and the estates they serve. Ids are
 * stable, so loading twice updates the same rows instead of adding new ones.
 */
export async function loadCounty(db: VolunteerDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(
      tx,
      volunteerTeams,
      county.teams.map(({ estateIds: _estateIds, ...team }) => team),
      volunteerTeams.id,
    );
    const service = county.teams.flatMap((t) => t.estateIds.map((estateId) => ({ teamId: t.id, estateId })));
    // The pair is the whole row: a pair already there has nothing to update.
    await upsertRows(tx, teamEstates, service, [teamEstates.teamId, teamEstates.estateId]);
  });
}
