import { auditedWrite, conflictOnRaceLost, parseInput, type RequestMeta, uuidInput } from "@linli/service-kit";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import type { VolunteerRow } from "../db/schema";
import { VolunteersRepository } from "./volunteers.repository";

const registerInput = z.object({
  name: z.string().trim().min(1, "must be 1 to 50 characters").max(50, "must be 1 to 50 characters"),
  subject: z.string().trim().min(1, "must be 1 to 200 characters").max(200, "must be 1 to 200 characters"),
  partyMemberId: uuidInput.nullish().transform((value) => value ?? null),
});

/**
 * 登记志愿者: registers a sign-in subject as a volunteer, or updates its registration, in one
 * statement; one party member is one volunteer (the database refuses a second).
 */
export async function registerVolunteer(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<VolunteerRow> {
  const values = parseInput(registerInput, input);
  return conflictOnRaceLost(
    { volunteers_party_member_id_key: "This party member is already registered as another volunteer." },
    () =>
      auditedWrite(db, meta, { action: "registerVolunteer", entityType: "Volunteer" }, async (tx) => {
        const repository = new VolunteersRepository(tx);
        const before = await repository.lockBySubject(values.subject);
        const after = await repository.upsertBySubject(values);
        return { entityId: after.id, before, after, result: after };
      }),
  );
}
