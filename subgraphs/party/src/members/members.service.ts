import {
  assertUuid,
  auditedScopedUpdate,
  badUserInput,
  type Caller,
  expectedVersionInput,
  grantsOf,
  isAgencyAdmin,
  maskAddress,
  maskIdNumber,
  maskPhone,
  type PersonalDataAccessLog,
  parseInput,
  type RequestMeta,
  requireRow,
  revealPersonal,
  scopeIds,
} from "@linli/service-kit";
import type DataLoader from "dataloader";
import { z } from "zod";
import type { PartyDatabase } from "../db";
import type { EstateRow, PartyMemberRow } from "../db/schema";
import type { UpdatePartyMemberContactInput } from "../generated/resolvers-types";
import { type ContactPatch, MembersRepository } from "./members.repository";

/** The personal fields of a member, by their GraphQL names (also the names in the access log). */
export type PersonalField = "phone" | "idNumber" | "address";

const MASKS: Record<PersonalField, (value: string) => string> = {
  phone: maskPhone,
  idNumber: maskIdNumber,
  address: maskAddress,
};

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

const contactSchema = z.object({
  phone: z
    .string()
    .regex(MAINLAND_MOBILE, { error: "`phone` must be a mainland mobile number: 11 digits starting 13–19." })
    .nullish(),
  address: z
    .string()
    .trim()
    .min(1, { error: "`address` must not be empty." })
    .max(200, { error: "`address` must be at most 200 characters." })
    .nullish(),
});

/**
 * Whether a caller may list the party members of an estate. A resident is a neighbour, not a
 * worker: a caller whose only grants are resident grants (or who holds none) sees the members of
 * their own estate only; any working role (administrators, secretaries, community workers, the
 * bodies that solve problems) sees every estate's, masked as always. The anonymous public sees none.
 */
export function mayListMembersOf(caller: Caller, estateId: string): boolean {
  if (caller.subject === null) return false;
  if (caller.grants.some((grant) => grant.role !== "resident")) return true;
  return scopeIds(caller, "resident").includes(estateId);
}

/**
 * What the members' rules read of the request: the caller, the members scope's loader and access
 * log, and the places scope's estates (built once per request; reached through the context).
 */
export interface MembersBase extends RequestMeta {
  members: { loaders: { memberById: DataLoader<string, PartyMemberRow | null> }; accessLog: PersonalDataAccessLog };
  places: { loaders: { estateById: DataLoader<string, EstateRow | null> } };
}

// Who may see a member's personal data, and the one way a member's contact is changed, each acting
// for the request's caller.

/** A member by id, or null when there is none or it lives in an estate the caller may not list. */
export async function visibleMember(meta: MembersBase, id: string): Promise<PartyMemberRow | null> {
  const member = await meta.members.loaders.memberById.load(id);
  return member && mayListMembersOf(meta.caller, member.estateId) ? member : null;
}

/**
 * Whether the caller's role needs this member's personal data: the party organization's
 * administrator, the secretary of the member's branch, a community worker of the community
 * the member lives in, or a county administrator granted personal data.
 */
async function needsPersonalData(meta: MembersBase, member: PartyMemberRow): Promise<boolean> {
  const caller = meta.caller;
  if (caller.subject === null) return false;
  if (isAgencyAdmin(caller, "party")) return true;
  if (grantsOf(caller, "county_admin").some((grant) => grant.personalData)) return true;
  if (member.branchId !== null && scopeIds(caller, "branch_secretary").includes(member.branchId)) return true;
  const communities = scopeIds(caller, "community_worker");
  if (communities.length === 0) return false;
  const estate = await requireRow(meta.places.loaders.estateById.load(member.estateId));
  return communities.includes(estate.communityId);
}

/**
 * One personal field as this caller may see it: masked without a purpose; in full, logged,
 * with a purpose and a role that needs it; refused with a purpose and no such role.
 */
export async function personalField(
  meta: MembersBase,
  member: PartyMemberRow,
  field: PersonalField,
  purpose: string | null | undefined,
): Promise<string | null> {
  const value = member[field];
  return revealPersonal({
    caller: meta.caller,
    value,
    mask: MASKS[field],
    purpose,
    entitled: () => needsPersonalData(meta, member),
    refusal: `Your role does not need this member's ${field}; ask without a purpose for the masked value.`,
    log: meta.members.accessLog,
    subject: { type: "PartyMember", id: member.id, field },
  });
}

/**
 * Changes a member's phone and/or address. The caller's branches (or party administration)
 * bound the UPDATE itself; the audit row keeps only the changed fields, masked.
 */
export async function updatePartyMemberContact(
  db: PartyDatabase,
  meta: MembersBase,
  input: UpdatePartyMemberContactInput,
): Promise<PartyMemberRow> {
  const memberId = assertUuid(input.memberId, "input.memberId");
  const patch = parseContact(input);
  const { expectedVersion } = parseInput(versionInput, { expectedVersion: input.expectedVersion });
  const scope = {
    branchIds: scopeIds(meta.caller, "branch_secretary"),
    isAdmin: isAgencyAdmin(meta.caller, "party"),
  };
  const updated = await auditedScopedUpdate(
    db,
    meta,
    {
      action: "updatePartyMemberContact",
      entityType: "PartyMember",
      entityId: memberId,
      missing: "There is no party member with this id.",
      snapshot: (row: PartyMemberRow) => contactSnapshot(row, patch),
      expectedVersion,
    },
    (tx) => {
      const members = new MembersRepository(tx);
      return { lock: () => members.lockById(memberId), update: () => members.updateContact(memberId, patch, scope) };
    },
  );
  meta.members.loaders.memberById.clear(memberId).prime(memberId, updated);
  return updated;
}

const versionInput = z.object({ expectedVersion: expectedVersionInput });

function parseContact(input: UpdatePartyMemberContactInput): ContactPatch {
  const parsed = contactSchema.safeParse({ phone: input.phone, address: input.address });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "input");
    throw badUserInput(issue?.message ?? "The contact is not valid.", { argumentName: "input", field });
  }
  const patch: ContactPatch = {};
  if (parsed.data.phone != null) patch.phone = parsed.data.phone;
  if (parsed.data.address != null) patch.address = parsed.data.address;
  if (Object.keys(patch).length === 0) {
    throw badUserInput("Give a new `phone`, a new `address`, or both.", { argumentName: "input" });
  }
  return patch;
}

/** Only the fields being changed, masked: the audit trail shows that they changed, not what they are. */
function contactSnapshot(row: PartyMemberRow, patch: ContactPatch): Record<string, string | null> {
  const snapshot: Record<string, string | null> = {};
  for (const field of Object.keys(patch) as (keyof ContactPatch)[]) {
    const value = row[field];
    snapshot[field] = value === null ? null : MASKS[field](value);
  }
  return snapshot;
}
