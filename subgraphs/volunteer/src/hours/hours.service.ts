import {
  auditedWrite,
  badUserInput,
  codedError,
  denied,
  uuidInput as id,
  invalidTransition,
  notFound,
  parseInput,
  type RequestMeta,
} from "@linli/service-kit";
import { z } from "zod";
import { teamScope } from "../activities/activities.service";
import type { VolunteerDatabase } from "../db";
import { correctionDecision, type ServiceHourEntryRow } from "../db/schema";
import { HoursRepository } from "./hours.repository";

const month = /^\d{4}-(0[1-9]|1[0-2])$/;

const requestInput = z.object({
  entryId: id,
  minutes: z.number().int().min(0, "must be 0 to 1440").max(1440, "must be 0 to 1440"),
  reason: z.string().trim().min(1, "must be 1 to 500 characters").max(500, "must be 1 to 500 characters"),
});

const decideInput = z.object({ correctionId: id, decision: z.enum(correctionDecision.enumValues) });

/** Checks the month range of a report: YYYY-MM, the first not after the last. */
export function checkMonths(fromMonth: string | null | undefined, toMonth: string | null | undefined) {
  for (const [name, value] of [
    ["fromMonth", fromMonth],
    ["toMonth", toMonth],
  ] as const) {
    if (value != null && !month.test(value))
      throw badUserInput(`\`${name}\` must be a month YYYY-MM.`, { argumentName: name });
  }
  if (fromMonth && toMonth && fromMonth > toMonth) {
    throw badUserInput("`fromMonth` must not be after `toMonth`.", { argumentName: "fromMonth" });
  }
}

/**
 * 申请更正服务时长: appends a PENDING correction of an original entry; the INSERT carries the
 * caller's scope. The entry is locked so that its corrections are appended one after another.
 */
export async function requestServiceHourCorrection(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<ServiceHourEntryRow> {
  const { entryId, minutes, reason } = parseInput(requestInput, input);
  return auditedWrite(
    db,
    meta,
    { action: "requestServiceHourCorrection", entityType: "ServiceHourEntry" },
    async (tx) => {
      const hours = new HoursRepository(tx);
      const entry = await hours.lockById(entryId);
      if (!entry) throw notFound("No service-hour entry has this id.");
      const correction = await hours.insertCorrectionWithin(
        entryId,
        { minutes, reason },
        { ...teamScope(meta), subject: meta.caller.subject },
      );
      if (!correction) throw denied(meta.caller);
      // Checked after the scope so that a caller who may not touch the entry learns nothing about it.
      if (entry.source === "CORRECTION") throw codedError("CONFLICT", "A correction cannot itself be corrected.");
      return { entityId: correction.id, before: null, after: correction, result: correction };
    },
  );
}

/**
 * 审核时长更正: records the one decision on a correction. A correction is decided once (the
 * decision's primary key is the correction), never by whoever asked for it.
 */
export async function decideServiceHourCorrection(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<ServiceHourEntryRow> {
  const { correctionId, decision } = parseInput(decideInput, input);
  const subject = meta.caller.subject;
  if (!subject) throw denied(meta.caller);
  return auditedWrite(
    db,
    meta,
    { action: "decideServiceHourCorrection", entityType: "ServiceHourEntry" },
    async (tx) => {
      const hours = new HoursRepository(tx);
      const correction = await hours.lockById(correctionId);
      if (correction?.source !== "CORRECTION") throw notFound("No correction has this id.");
      const [already] = await hours.decisionsByCorrectionIds([correctionId]);
      if (already)
        throw invalidTransition(`A correction cannot move from ${already.decision} to ${decision}.`, {
          from: already.decision,
          to: decision,
        });
      if (correction.recordedBy === subject)
        throw codedError("FORBIDDEN", "A correction is decided by someone other than who asked for it.");
      const recorded = await hours.insertDecisionWithin(correctionId, decision, subject, {
        ...teamScope(meta),
        subject,
      });
      if (!recorded) throw denied(meta.caller);
      return {
        entityId: correctionId,
        before: { ...correction, correctionStatus: "PENDING" },
        after: { ...correction, correctionStatus: decision },
        result: correction,
      };
    },
  );
}
