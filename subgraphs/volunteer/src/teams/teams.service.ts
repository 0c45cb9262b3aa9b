import {
  auditedScopedUpdate,
  expectedVersionInput,
  isAgencyAdmin,
  parseInput,
  type RequestMeta,
  scopeIds,
  uuidInput,
} from "@linli/service-kit";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import type { VolunteerTeamRow } from "../db/schema";
import { TeamsRepository, type TeamWriteScope } from "./teams.repository";

const updateTeamInput = z
  .object({
    id: uuidInput,
    expectedVersion: expectedVersionInput,
    name: z
      .string()
      .trim()
      .min(1, "must be 1 to 100 characters")
      .max(100, "must be 1 to 100 characters")
      // Null and absent both mean "keep it": a required column cannot be cleared.
      .nullish()
      .transform((value) => value ?? undefined),
  })
  .refine((input) => input.name !== undefined, "give `name` to change");

/** The teams a caller may change: those their volunteer_lead grants name, or all for a volunteer admin. */
export function teamWriteScope(meta: RequestMeta): TeamWriteScope {
  return {
    teamIds: scopeIds(meta.caller, "volunteer_lead"),
    isAdmin: isAgencyAdmin(meta.caller, "volunteer"),
  };
}

/**
 * 更新志愿者队伍: validates the change, applies it only within the caller's scope, and records it
 * in the audit log in the same transaction. Nothing is written when any step refuses.
 */
export async function updateVolunteerTeam(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<VolunteerTeamRow> {
  const { id, expectedVersion, ...changes } = parseInput(updateTeamInput, input);
  const change = { action: "updateVolunteerTeam", entityType: "VolunteerTeam", entityId: id, expectedVersion };
  return auditedScopedUpdate(db, meta, { ...change, missing: "No volunteer team has this id." }, (tx) => {
    const teams = new TeamsRepository(tx);
    return {
      lock: () => teams.lockById(id),
      update: () => teams.updateWithin(id, changes, teamWriteScope(meta)),
    };
  });
}
