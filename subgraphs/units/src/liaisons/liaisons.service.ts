import {
  auditedWrite,
  type Caller,
  denied,
  uuidInput as id,
  isAgencyAdmin,
  maskPhone,
  notFound,
  type PersonalDataAccessLog,
  parseInput,
  type RequestMeta,
  revealPersonal,
  scopeIds,
} from "@linli/service-kit";
import { z } from "zod";
import type { UnitsDatabase } from "../db";
import type { UnitLiaisonRow } from "../db/schema";
import { resourceWriteScope } from "../resources/resources.service";
import { LiaisonsRepository } from "./liaisons.repository";

const addInput = z.object({
  unitId: id,
  name: z.string().trim().min(1, "must be 1 to 50 characters").max(50, "must be 1 to 50 characters"),
  title: z
    .string()
    .trim()
    .max(50, "must be at most 50 characters")
    .nullish()
    .transform((value) => value ?? ""),
  phone: z
    .string()
    .trim()
    .regex(/^\+?\d[\d -]{5,18}\d$/, "must be 7 to 20 characters: digits, an optional leading +, spaces or hyphens"),
});

const removeInput = z.object({ id });

const entityType = "UnitLiaison";

/**
 * Whether the caller sees a liaison's phone in full: the unit's own liaison (a unit_liaison grant
 * naming that unit) or a units administrator. Everyone else sees it masked.
 */
export function seesLiaisonPhone(caller: Caller, unitId: string): boolean {
  return isAgencyAdmin(caller, "units") || scopeIds(caller, "unit_liaison").includes(unitId);
}

/** A liaison's phone as this caller may see it: the one rule of personal data (`revealPersonal`). */
export function liaisonPhone(
  meta: RequestMeta,
  log: PersonalDataAccessLog,
  liaison: UnitLiaisonRow,
  purpose: string | null | undefined,
): Promise<string | null> {
  return revealPersonal({
    caller: meta.caller,
    value: liaison.phone,
    mask: maskPhone,
    purpose,
    entitled: () => seesLiaisonPhone(meta.caller, liaison.unitId),
    refusal: "Only the unit's own liaison and the units administrators see this number in full.",
    log,
    subject: { type: "UnitLiaison", id: liaison.id, field: "phone" },
  });
}

/**
 * 添加联络人: validates the person, inserts them only for a unit within the caller's scope, and
 * records it in the audit log (phone scrubbed by the kit) in the same transaction.
 */
export async function addUnitLiaison(db: UnitsDatabase, meta: RequestMeta, input: unknown): Promise<UnitLiaisonRow> {
  const values = parseInput(addInput, input);
  const scope = resourceWriteScope(meta);
  return auditedWrite(db, meta, { action: "addUnitLiaison", entityType }, async (tx) => {
    const created = await new LiaisonsRepository(tx).insertWithin(values, scope);
    if (!created) {
      // Within scope the unit can only be missing; outside it, the caller may not write there at all.
      throw scope.isAdmin || scope.unitIds.includes(values.unitId)
        ? notFound("No unit has this id.")
        : denied(meta.caller);
    }
    return { entityId: created.id, before: null, after: created, result: created };
  });
}

/**
 * 移除联络人: locks the liaison (NOT_FOUND when there is none), deletes them only when their unit lies
 * within the caller's scope (FORBIDDEN otherwise), and records the removal in the audit log.
 */
export async function removeUnitLiaison(db: UnitsDatabase, meta: RequestMeta, input: unknown): Promise<UnitLiaisonRow> {
  const { id: liaisonId } = parseInput(removeInput, input);
  return auditedWrite(db, meta, { action: "removeUnitLiaison", entityType }, async (tx) => {
    const liaisons = new LiaisonsRepository(tx);
    if (!(await liaisons.lockById(liaisonId))) throw notFound("No unit liaison has this id.");
    const removed = await liaisons.deleteWithin(liaisonId, resourceWriteScope(meta));
    if (!removed) throw denied(meta.caller);
    return { entityId: removed.id, before: removed, after: null, result: removed };
  });
}
