import {
  auditedWrite,
  codedError,
  conflictOnRaceLost,
  denied,
  isAgencyAdmin,
  parseInput,
  type RequestMeta,
  textInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { PropertyDatabase } from "../db";
import { committeeRole, type OwnersCommitteeRow } from "../db/schema";
import { addYears, badField, id, isoDate } from "../shared/validation";
import { CommitteesRepository } from "./committees.repository";

/** 业委会 terms last at most five years (业主大会和业主委员会指导规则). */
export const MAX_TERM_YEARS = 5;

const seat = z.object({
  name: textInput(50),
  role: z.enum(committeeRole.enumValues),
  partyMemberId: id.nullish().transform((value) => value ?? null),
});

const electInput = z
  .object({
    estateId: id,
    termStartsOn: isoDate,
    termEndsOn: isoDate,
    expectedCurrentCommitteeId: id.nullish().transform((value) => value ?? null),
    members: z.array(seat).min(3, "must list 3 to 21 members").max(21, "must list 3 to 21 members"),
  })
  .superRefine((input, ctx) => {
    // The fields' own checks have spoken when a date is not one.
    if (!isoDate.safeParse(input.termStartsOn).success || !isoDate.safeParse(input.termEndsOn).success) return;
    if (input.termEndsOn <= input.termStartsOn) {
      ctx.addIssue({ code: "custom", path: ["termEndsOn"], message: "must be after `termStartsOn`" });
    } else if (input.termEndsOn >= addYears(input.termStartsOn, MAX_TERM_YEARS)) {
      ctx.addIssue({ code: "custom", path: ["termEndsOn"], message: `must end within ${MAX_TERM_YEARS} years` });
    }
    const chairs = input.members.filter((member) => member.role === "CHAIR").length;
    if (chairs !== 1) ctx.addIssue({ code: "custom", path: ["members"], message: "must have exactly one CHAIR" });
    const partyMembers = input.members.flatMap((member) => (member.partyMemberId ? [member.partyMemberId] : []));
    if (new Set(partyMembers).size !== partyMembers.length) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "must not seat one party member twice" });
    }
  });

const STALE =
  "The estate's current owners' committee is not the one you expected: another election came first. Reload and decide again.";

/**
 * 业委会选举 / 换届 — records an owners' committee term and its seats. For an estate without a
 * committee `expectedCurrentCommitteeId` is null; for a re-election it names the current term,
 * which is locked and closed (succeeded on the new term's first day) in the same transaction,
 * with the audit row. Anything else — a stale expectation, a concurrent election — is CONFLICT
 * and nothing is written; the partial unique index (one current term per estate) and the
 * EXCLUDE constraint (terms never overlap) hold it in the database too.
 */
export async function electOwnersCommittee(
  db: PropertyDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<OwnersCommitteeRow> {
  const values = parseInput(electInput, input);
  const isAdmin = isAgencyAdmin(meta.caller, "property");
  return conflictOnRaceLost(STALE, () =>
    auditedWrite(db, meta, { action: "electOwnersCommittee", entityType: "Estate" }, async (tx) => {
      // The rule admits property administrators only; this is the same decision, kept next to the write.
      if (!isAdmin) throw denied(meta.caller);
      const committees = new CommitteesRepository(tx);
      const current = await committees.lockCurrentByEstate(values.estateId);
      if ((current?.id ?? null) !== values.expectedCurrentCommitteeId) {
        throw codedError("CONFLICT", STALE, { currentCommitteeId: current?.id ?? null });
      }
      let succeeded: OwnersCommitteeRow | null = null;
      if (current) {
        if (values.termStartsOn <= current.termStartsOn) {
          throw badField("termStartsOn", `must be after ${current.termStartsOn}, when the current term began.`);
        }
        succeeded = await committees.succeedWithin(current.id, values.termStartsOn, isAdmin);
        if (!succeeded) throw denied(meta.caller);
      }
      const elected = await committees.insertTerm(
        { estateId: values.estateId, termStartsOn: values.termStartsOn, termEndsOn: values.termEndsOn },
        values.members,
      );
      return {
        entityId: values.estateId,
        before: { currentCommittee: current },
        after: { succeededCommittee: succeeded, currentCommittee: elected.committee, seats: elected.seats },
        result: elected.committee,
      };
    }),
  );
}
