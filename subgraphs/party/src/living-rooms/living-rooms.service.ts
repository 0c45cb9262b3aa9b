import {
  auditedScopedUpdate,
  auditedWrite,
  conflictOnRaceLost,
  denied,
  expectedVersionInput,
  uuidInput as id,
  notFound,
  parseInput,
  type RequestMeta,
} from "@linli/service-kit";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import { type LivingRoomRow, livingRoomFunction } from "../db/schema";
import { pastDay } from "../inputs";
// The branch runs the living room: its secretary (the estates it covers) or a party administrator.
import { branchScope } from "../scope";
import { LivingRoomsRepository } from "./living-rooms.repository";

const name = z.string().trim().min(1, "must be 1 to 100 characters").max(100, "must be 1 to 100 characters");
const functions = z
  .array(z.enum(livingRoomFunction.enumValues))
  .min(1, "must name 1 to 6 functions")
  .max(6, "must name 1 to 6 functions")
  .refine((list) => new Set(list).size === list.length, "must not name a function twice");

const createInput = z.object({ estateId: id, name, openedOn: pastDay, functions });
const updateInput = z.object({
  livingRoomId: id,
  expectedVersion: expectedVersionInput,
  name: name.nullish(),
  functions: functions.nullish(),
});

const snapshot = (row: LivingRoomRow) => ({ name: row.name, openedOn: row.openedOn, functions: row.functions });

/** 睦邻客厅: opens the estate's living room (one per estate), by its branch secretary or a party administrator. */
export function createLivingRoom(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<LivingRoomRow> {
  const values = parseInput(createInput, input);
  const scope = branchScope(meta.caller);
  return conflictOnRaceLost({ living_rooms_estate_id_unique: "This estate already has a living room." }, () =>
    auditedWrite(db, meta, { action: "createLivingRoom", entityType: "LivingRoom" }, async (tx) => {
      const repository = new LivingRoomsRepository(tx);
      const created = await repository.insertWithin(values, scope);
      if (!created) {
        throw (await repository.estateExists(values.estateId))
          ? denied(meta.caller)
          : notFound("There is no estate with this id.");
      }
      return { entityId: created.id, before: null, after: snapshot(created), result: created };
    }),
  );
}

/** Renames a living room or changes its functions, from the version the caller read, within their branches. */
export function updateLivingRoom(db: PartyDatabase, meta: RequestMeta, input: unknown): Promise<LivingRoomRow> {
  const values = parseInput(updateInput, input);
  const scope = branchScope(meta.caller);
  const patch = {
    ...(values.name ? { name: values.name } : {}),
    ...(values.functions ? { functions: values.functions } : {}),
  };
  return auditedScopedUpdate(
    db,
    meta,
    {
      action: "updateLivingRoom",
      entityType: "LivingRoom",
      entityId: values.livingRoomId,
      missing: "There is no living room with this id.",
      snapshot,
      expectedVersion: values.expectedVersion,
    },
    (tx) => {
      const repository = new LivingRoomsRepository(tx);
      return {
        lock: () => repository.lockById(values.livingRoomId),
        update: () => repository.updateWithin(values.livingRoomId, patch, scope),
      };
    },
  );
}
