import { type DemoCounty, xianyouCounty } from "@linli/demo-county";
import { insertMissingRows, upsertRows } from "@linli/service-kit";
import { sql } from "drizzle-orm";
import type { UnitsDatabase } from "./db";
import {
  bookingHistory,
  bookings,
  centerServiceItems,
  neighborhoodCenters,
  neighborhoodCenterUnits,
  sharedResourceEstates,
  sharedResources,
  unitEstates,
  unitLiaisons,
  units,
} from "./db/schema";

type CenterResource = NonNullable<DemoCounty["centerResources"]>[number];

/** True when no unit has been registered yet. */
export async function isEmpty(db: UnitsDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(units);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the embedded units' part of a county: the units, the estate big branches they
 * joined, the neighbourhood centers with their member units and service items, and the
 * resources units and centers share (with their booking rules and allow-lists). Ids are stable,
 * so loading twice updates the same rows instead of adding new ones.
 */
export async function loadCounty(db: UnitsDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(
      tx,
      units,
      county.units.map(({ joined: _joined, ...unit }) => unit),
      units.id,
    );
    await upsertRows(tx, unitLiaisons, county.liaisons ?? [], unitLiaisons.id);
    const memberships = county.units.flatMap((u) =>
      u.joined.map(({ estateId, joinedOn }) => ({ unitId: u.id, estateId, joinedOn })),
    );
    await upsertRows(tx, unitEstates, memberships, [unitEstates.unitId, unitEstates.estateId]);
    // Centers before resources: a resource may belong to a center.
    const centers = county.centers;
    await upsertRows(
      tx,
      neighborhoodCenters,
      centers.map(({ id, name, address }) => ({ id, name, address })),
      neighborhoodCenters.id,
    );
    await upsertRows(
      tx,
      neighborhoodCenterUnits,
      centers.flatMap((c) => c.unitIds.map((unitId) => ({ centerId: c.id, unitId }))),
      [neighborhoodCenterUnits.centerId, neighborhoodCenterUnits.unitId],
    );
    // A unit's resources, then the centers' own (no unit), by the same rules.
    const withDefaults = <T extends DemoCounty["resources"][number] | CenterResource>({
      openToEstateIds: _open,
      ...r
    }: T) => ({
      ...r,
      requiresApproval: r.requiresApproval ?? true,
      monthlyQuotaPerEstate: r.monthlyQuotaPerEstate ?? null,
      quantity: r.quantity ?? 1,
    });
    await upsertRows(tx, sharedResources, county.resources.map(withDefaults), sharedResources.id);
    await upsertRows(tx, sharedResources, (county.centerResources ?? []).map(withDefaults), sharedResources.id);
    const allowLists = [...county.resources, ...(county.centerResources ?? [])].flatMap((r) =>
      (r.openToEstateIds ?? []).map((estateId) => ({ resourceId: r.id, estateId })),
    );
    await upsertRows(tx, sharedResourceEstates, allowLists, [
      sharedResourceEstates.resourceId,
      sharedResourceEstates.estateId,
    ]);
    await upsertRows(
      tx,
      centerServiceItems,
      centers.flatMap((c) => c.items.map((item) => ({ ...item, centerId: c.id }))),
      centerServiceItems.id,
    );
    // Bookings are history once answered: only ever inserted, so a reload never undoes an answer.
    await insertMissingRows(
      tx,
      bookings,
      county.bookings.map(({ history: _history, startsAt, endsAt, ...booking }) => ({
        ...booking,
        requesterKind: "ESTATE" as const,
        requesterId: booking.estateId,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
      })),
      bookings.id,
    );
    await insertMissingRows(
      tx,
      bookingHistory,
      county.bookings.flatMap((b) =>
        b.history.map((event) => ({
          id: event.id,
          bookingId: b.id,
          fromState: event.fromState as BookingState | null,
          toState: event.toState as BookingState,
          occurredAt: new Date(event.occurredAt),
        })),
      ),
      bookingHistory.id,
    );
  });
}

type BookingState = (typeof bookings.$inferInsert)["state"] & string;

/** The whole demo county (仙游县), this agency's part: what LOAD_DEMO_DATA loads. */
export const loadDemo = (db: UnitsDatabase) => loadCounty(db, xianyouCounty());
