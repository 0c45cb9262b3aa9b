import { auditedWrite, isAgencyAdmin, notFound, parseInput, type RequestMeta, textInput } from "@linli/service-kit";
import { z } from "zod";
import type { PropertyDatabase } from "../db";
import { type LedgerEntryRow, ledgerEntryKind } from "../db/schema";
import { badField, id, isoDate } from "../shared/validation";
import { CouncilsRepository } from "./councils.repository";

/** One entry is at most 1,000,000 yuan (100,000,000 fen): a council's fees are far below that. */
export const MAX_AMOUNT_FEN = 100_000_000;

const recordInput = z.object({
  councilId: id,
  kind: z.enum(ledgerEntryKind.enumValues),
  amountFen: z
    .number()
    .int("must be a whole number of fen")
    .min(1, `must be 1 to ${MAX_AMOUNT_FEN} fen`)
    .max(MAX_AMOUNT_FEN, `must be 1 to ${MAX_AMOUNT_FEN} fen`),
  memo: textInput(200),
  occurredOn: isoDate,
  correctsEntryId: id.nullish().transform((value) => value ?? null),
});

/**
 * 记账 — appends an income or expense entry to a self-governance council's public fee ledger, with
 * its audit row in the same transaction. Entries are never changed: a correction is a new entry
 * naming the one it corrects (which must be of the same council). The recorder's subject is kept
 * with the entry for accountability and never shown.
 */
export async function recordLedgerEntry(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<LedgerEntryRow> {
  const values = parseInput(recordInput, input);
  const isAdmin = isAgencyAdmin(meta.caller, "property");
  return auditedWrite(db, meta, { action: "recordLedgerEntry", entityType: "LedgerEntry" }, async (tx) => {
    const councils = new CouncilsRepository(tx);
    if (values.correctsEntryId && !(await councils.hasEntry(values.councilId, values.correctsEntryId))) {
      throw badField("correctsEntryId", "names no entry of this council's ledger.");
    }
    const entry = await councils.appendWithin({ ...values, recordedBy: meta.caller.subject }, isAdmin);
    if (!entry) throw notFound("No self-governance council has this id.");
    return { entityId: entry.id, before: null, after: entry, result: entry };
  });
}
