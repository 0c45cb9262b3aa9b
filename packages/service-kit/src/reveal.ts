import { z } from "zod";
import type { Caller } from "./auth/caller";
import { denied } from "./auth/rules";
import { badUserInput, codedError } from "./errors";
import type { PersonalDataAccessLog } from "./writes";

const purposeSchema = z.string().trim().min(1).max(200);

/** One personal field of one record, and who may read it in full. */
export interface PersonalRead {
  caller: Caller;
  /** The stored value (null when there is none). */
  value: string | null;
  /** How the value shows to a reader who gives no purpose. */
  mask: (value: string) => string;
  /** The `purpose` argument the reader gave. */
  purpose: string | null | undefined;
  /** Whether this caller's role needs the value in full (asked only when a purpose is given). */
  entitled: () => boolean | Promise<boolean>;
  /** What a signed-in caller without such a role is told (FORBIDDEN). */
  refusal: string;
  /** Where full reads are logged, and what is read. */
  log: PersonalDataAccessLog;
  subject: { type: string; id: string; field: string };
}

/**
 * The one rule for personal data (个人信息): masked without a purpose; in full, logged, with a
 * purpose and a role that needs it; refused with a purpose and no such role — UNAUTHENTICATED for
 * the public, FORBIDDEN otherwise. The read is logged before it is shown: a read that cannot be
 * logged is not answered (the log masks any phone or ID number typed into the purpose).
 */
export async function revealPersonal(read: PersonalRead): Promise<string | null> {
  const { caller, value, purpose } = read;
  if (purpose === null || purpose === undefined) return value === null ? null : read.mask(value);
  const stated = purposeSchema.safeParse(purpose);
  if (!stated.success) {
    throw badUserInput("`purpose` must say why the full value is needed, in 1 to 200 characters.", {
      argumentName: "purpose",
    });
  }
  if (!(await read.entitled())) throw caller.subject === null ? denied(caller) : codedError("FORBIDDEN", read.refusal);
  await read.log.record({
    subjectType: read.subject.type,
    subjectId: read.subject.id,
    fields: [read.subject.field],
    purpose: stated.data,
  });
  return value;
}
