import type { DemoCounty } from "@linli/demo-county";
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
  units,
} from "./db/schema";

/** True when no unit has been registered yet. */
export async function isEmpty(db: UnitsDatabase): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(units);
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the embedded units' part of a county: the units, the estate big branches they
 * joined, the resources they share (with their booking rules and allow-lists) and the
 * neighbourhood centers with their member units and service items. Ids are stable, so loading twice updates the same rows
 * instead of adding new ones.
 */
export async function loadCounty(db: UnitsDatabase, county: DemoCounty): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertRows(
      tx,
      units,
      county.units.map(({ joined: _joined, ...unit }) => unit),
      units.id,
    );
    const memberships = county.units.flatMap((u) =>
      u.joined.map(({ estateId, joinedOn }) => ({ unitId: u.id, estateId, joinedOn })),
    );
    await upsertRows(tx, unitEstates, memberships, [unitEstates.unitId, unitEstates.estateId]);
    await upsertRows(
      tx,
      sharedResources,
      county.resources.map(({ openToEstateIds: _open, ...resource }) => ({
        ...resource,
        requiresApproval: resource.requiresApproval ?? true,
        monthlyQuotaPerEstate: resource.monthlyQuotaPerEstate ?? null,
      })),
      sharedResources.id,
    );
    const allowLists = county.resources.flatMap((r) =>
      (r.openToEstateIds ?? []).map((estateId) => ({ resourceId: r.id, estateId })),
    );
    await upsertRows(tx, sharedResourceEstates, allowLists, [
      sharedResourceEstates.resourceId,
      sharedResourceEstates.estateId,
    ]);
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
