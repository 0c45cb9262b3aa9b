import {
  auditedScopedUpdate,
  auditedWrite,
  codedError,
  denied,
  expectedVersionInput,
  uuidInput as id,
  isAgencyAdmin,
  notFound,
  parseInput,
  type RequestMeta,
  scopeIds,
} from "@linli/service-kit";
import { z } from "zod";
import { BookingsRepository } from "../bookings/bookings.repository";
import type { UnitsDatabase } from "../db";
import { resourceKind, type SharedResourceRow } from "../db/schema";
import { OpeningHoursRepository } from "./opening-hours.repository";
import { ResourcesRepository, type ResourceWriteScope } from "./resources.repository";

const name = z.string().trim().min(1, "must be 1 to 100 characters").max(100, "must be 1 to 100 characters");
const description = z.string().max(2000, "must be at most 2000 characters");
const capacity = z.number().int().min(1, "must be 1 to 10000").max(10_000, "must be 1 to 10000");
const quantity = z.number().int().min(1, "must be 1 to 1000").max(1000, "must be 1 to 1000");
const quota = z.number().int().min(1, "must be 1 to 1000").max(1000, "must be 1 to 1000");
const estateIds = z
  .array(id)
  .max(200, "must list at most 200 estates")
  .transform((ids) => [...new Set(ids)]);
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
const openingWindow = z
  .object({
    weekday: z.number().int().min(1, "must be 1 (Monday) to 7 (Sunday)").max(7, "must be 1 (Monday) to 7 (Sunday)"),
    startsAt: z.string().regex(clock, 'must be a time "HH:MM" from 00:00 to 23:59'),
    endsAt: z.string().regex(new RegExp(`${clock.source}|^24:00$`), 'must be a time "HH:MM" up to 24:00'),
  })
  .refine((w) => w.endsAt > w.startsAt, { path: ["endsAt"], message: "must be after `startsAt`" });
const openingHours = z.array(openingWindow).max(50, "must list at most 50 windows");

// Null and absent both mean "keep it" in an update.
const keep = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const createInput = z
  .object({
    unitId: id.nullish(),
    centerId: id.nullish(),
    name,
    kind: z.enum(resourceKind.enumValues),
    description: description.nullish().transform((value) => value ?? ""),
    capacity,
    quantity: quantity.nullish().transform((value) => value ?? 1),
    requiresApproval: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    monthlyQuotaPerEstate: quota.nullish().transform((value) => value ?? null),
    openToEstateIds: estateIds.nullish().transform((value) => value ?? []),
    openingHours: openingHours.nullish().transform((value) => value ?? []),
  })
  .superRefine((input, ctx) => {
    if (!input.unitId === !input.centerId) {
      ctx.addIssue({
        code: "custom",
        path: [input.unitId ? "centerId" : "unitId"],
        message: "give exactly one of `unitId` and `centerId`: a resource has one owner",
      });
    }
  });

const updateInput = z
  .object({
    id,
    expectedVersion: expectedVersionInput,
    name: keep(name),
    description: keep(description),
    capacity: keep(capacity),
    quantity: keep(quantity),
    requiresApproval: keep(z.boolean()),
    // Absent keeps the limit; an explicit null removes it.
    monthlyQuotaPerEstate: quota.nullable().optional(),
    openToEstateIds: keep(estateIds),
    openingHours: keep(openingHours),
  })
  .refine(
    ({ id: _id, expectedVersion: _version, ...changes }) => Object.values(changes).some((value) => value !== undefined),
    "give `name`, `description`, `capacity`, `quantity`, `requiresApproval`, `monthlyQuotaPerEstate`, `openToEstateIds` or `openingHours` to change",
  );

/** The units whose resources a caller may write: those their unit_liaison grants name, or all for a units admin. */
export function resourceWriteScope(meta: RequestMeta): ResourceWriteScope {
  return { unitIds: scopeIds(meta.caller, "unit_liaison"), isAdmin: isAgencyAdmin(meta.caller, "units") };
}

const entityType = "SharedResource";

/**
 * 登记共享资源: validates the resource, inserts it only for a unit within the caller's scope (a
 * center's: only for a units admin), and records it in the audit log in the same transaction.
 * Nothing is written when any step refuses.
 */
export async function createSharedResource(
  db: UnitsDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<SharedResourceRow> {
  const { openToEstateIds, openingHours: windows, unitId, centerId, ...rest } = parseInput(createInput, input);
  const scope = resourceWriteScope(meta);
  const values = { ...rest, ...(unitId ? { unitId } : { centerId: centerId as string }) };
  return auditedWrite(db, meta, { action: "createSharedResource", entityType }, async (tx) => {
    const created = await new ResourcesRepository(tx).insertWithin(values, scope);
    if (!created) {
      // Within scope the owner can only be missing; outside it, the caller may not write there at all.
      if (!scope.isAdmin && !(unitId && scope.unitIds.includes(unitId))) throw denied(meta.caller);
      throw notFound(unitId ? "No unit has this id." : "No neighbourhood center has this id.");
    }
    await new BookingsRepository(tx).replaceAllowList(created.id, openToEstateIds);
    await new OpeningHoursRepository(tx).replace(created.id, windows);
    return {
      entityId: created.id,
      before: null,
      after: { ...created, openToEstateIds, openingHours: windows },
      result: created,
    };
  });
}

/**
 * 更新共享资源: validates the change, applies it only to a resource of a unit within the caller's
 * scope, and records it in the audit log in the same transaction. Nothing is written when any
 * step refuses.
 */
export async function updateSharedResource(
  db: UnitsDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<SharedResourceRow> {
  const {
    id: resourceId,
    expectedVersion,
    openToEstateIds,
    openingHours: windows,
    ...changes
  } = parseInput(updateInput, input);
  const change = { action: "updateSharedResource", entityType, entityId: resourceId, expectedVersion };
  return auditedScopedUpdate(db, meta, { ...change, missing: "No shared resource has this id." }, (tx) => {
    const resources = new ResourcesRepository(tx);
    const allowLists = new BookingsRepository(tx);
    const scope = resourceWriteScope(meta);
    let locked: SharedResourceRow | null = null;
    return {
      lock: async () => {
        locked = await resources.lockById(resourceId);
        return locked;
      },
      update: async () => {
        // Only for a caller who may write it (anyone else is refused by the scoped UPDATE below);
        // the resource is locked, so no booking can take a higher item meanwhile.
        const mayWrite = scope.isAdmin || (locked?.unitId != null && scope.unitIds.includes(locked.unitId));
        if (mayWrite && changes.quantity !== undefined) {
          const held = await resources.highestHeldItem(resourceId);
          if (held > changes.quantity) {
            throw codedError(
              "CONFLICT",
              `A booking not yet over holds item ${held} of this resource: its quantity cannot drop below ${held}.`,
              { heldItem: held },
            );
          }
        }
        const updated = await resources.updateWithin(resourceId, changes, scope);
        // Only after the scoped UPDATE matched: the allow-list changes with the resource or not at all.
        if (updated && openToEstateIds !== undefined) await allowLists.replaceAllowList(resourceId, openToEstateIds);
        if (updated && windows !== undefined) await new OpeningHoursRepository(tx).replace(resourceId, windows);
        return updated;
      },
    };
  });
}
