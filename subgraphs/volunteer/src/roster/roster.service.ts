import {
  auditedScopedUpdate,
  auditedWrite,
  badUserInput,
  conflictOnRaceLost,
  denied,
  expectedVersionInput,
  uuidInput as id,
  invalidTransition,
  notFound,
  parseInput,
  type RequestMeta,
} from "@linli/service-kit";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import { type TeamMembershipRow, teamRole } from "../db/schema";
import { COUNTY_TIME_ZONE } from "../hours/hours.repository";
import { TeamsRepository } from "../teams/teams.repository";
import { teamWriteScope } from "../teams/teams.service";
import { RosterRepository } from "./roster.repository";

const day = z.iso.date({ message: "must be a date, YYYY-MM-DD" });
const role = z.enum(teamRole.enumValues);

const addInput = z
  .object({
    teamId: id,
    volunteerId: id.nullish().transform((value) => value ?? null),
    partyMemberId: id.nullish().transform((value) => value ?? null),
    role: role.nullish().transform((value) => value ?? "MEMBER"),
    joinedOn: day.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    if ((input.volunteerId === null) === (input.partyMemberId === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["volunteerId"],
        message: "give exactly one of `volunteerId` and `partyMemberId`",
      });
    }
  });
const changeRoleInput = z.object({ membershipId: id, role, expectedVersion: expectedVersionInput });
const removeInput = z.object({ membershipId: id, leftOn: day.nullish().transform((value) => value ?? null) });

/** The county's today (YYYY-MM-DD in Xianyou): the date a membership starts or ends on when none is given. */
function countyToday(): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: COUNTY_TIME_ZONE }).format(new Date());
}

/**
 * 加入队伍: adds a volunteer to a team within the caller's scope (the scope is in the INSERT); the
 * unique index refuses a second current membership, also when two requests race.
 */
export async function addTeamMember(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<TeamMembershipRow> {
  const { volunteerId, partyMemberId, ...values } = parseInput(addInput, input);
  const volunteer = volunteerId ? { id: volunteerId } : { partyMemberId: partyMemberId as string };
  const scope = teamWriteScope(meta);
  return conflictOnRaceLost(
    { team_memberships_one_current_per_volunteer: "This volunteer is already a current member of this team." },
    () =>
      auditedWrite(db, meta, { action: "addTeamMember", entityType: "TeamMembership" }, async (tx) => {
        const created = await new RosterRepository(tx).insertWithin(
          { ...values, volunteer, joinedOn: values.joinedOn ?? countyToday() },
          scope,
        );
        if (!created) {
          const [team] = await new TeamsRepository(tx).byIds([values.teamId]);
          if (!team) throw notFound("No volunteer team has this id.");
          if (!scope.isAdmin && !scope.teamIds.includes(values.teamId)) throw denied(meta.caller);
          throw notFound(
            volunteerId ? "No volunteer has this id." : "No volunteer is registered as this party member.",
          );
        }
        return { entityId: created.id, before: null, after: created, result: created };
      }),
  );
}

/**
 * Locks a membership, refuses a caller who does not lead its team (before saying anything more
 * about it) and a membership that has ended: only a current member changes role or leaves.
 */
async function lockCurrent(
  roster: RosterRepository,
  meta: RequestMeta,
  membershipId: string,
  to: string,
): Promise<TeamMembershipRow> {
  const membership = await roster.lockById(membershipId);
  if (!membership) throw notFound("No team membership has this id.");
  const scope = teamWriteScope(meta);
  if (!scope.isAdmin && !scope.teamIds.includes(membership.teamId)) throw denied(meta.caller);
  if (membership.leftOn !== null) {
    throw invalidTransition(`This membership ended on ${membership.leftOn}; it cannot ${to}.`, {
      leftOn: membership.leftOn,
    });
  }
  return membership;
}

/** 调整队内角色: a current member's new role, within the caller's scope (in the UPDATE). */
export async function changeTeamMemberRole(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<TeamMembershipRow> {
  const { membershipId, role, expectedVersion } = parseInput(changeRoleInput, input);
  const change = {
    action: "changeTeamMemberRole",
    entityType: "TeamMembership",
    entityId: membershipId,
    expectedVersion,
  };
  return auditedScopedUpdate(db, meta, { ...change, missing: "No team membership has this id." }, (tx) => {
    const roster = new RosterRepository(tx);
    return {
      lock: async () => {
        const membership = await lockCurrent(roster, meta, membershipId, "change role");
        if (membership.role === role) {
          throw badUserInput(`This member is already ${role}.`, { argumentName: "input", field: "role" });
        }
        return membership;
      },
      update: () => roster.changeRoleWithin(membershipId, role, teamWriteScope(meta)),
    };
  });
}

/** 退出队伍: ends a current membership, within the caller's scope (in the UPDATE); the row is kept. */
export async function removeTeamMember(
  db: VolunteerDatabase,
  meta: RequestMeta,
  input: unknown,
): Promise<TeamMembershipRow> {
  const { membershipId, leftOn: given } = parseInput(removeInput, input);
  const leftOn = given ?? countyToday();
  const change = { action: "removeTeamMember", entityType: "TeamMembership", entityId: membershipId };
  return auditedScopedUpdate(db, meta, { ...change, missing: "No team membership has this id." }, (tx) => {
    const roster = new RosterRepository(tx);
    return {
      lock: async () => {
        const membership = await lockCurrent(roster, meta, membershipId, "end again");
        // Dates as YYYY-MM-DD compare as strings.
        if (leftOn < membership.joinedOn) {
          throw badUserInput(`\`leftOn\` must not be before the joining date ${membership.joinedOn}.`, {
            argumentName: "input",
            field: "leftOn",
          });
        }
        return membership;
      },
      update: () => roster.endWithin(membershipId, leftOn, teamWriteScope(meta)),
    };
  });
}
