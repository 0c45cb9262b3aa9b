import { codedError, requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { OwnersCommitteeMemberRow, OwnersCommitteeRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";

const chairOf = (seats: OwnersCommitteeMemberRow[]) => seats.find((seat) => seat.role === "CHAIR") ?? null;

/**
 * The estate's current term, picked from all its terms (a handful): one loader serves the
 * current committee, the history and 一肩挑, so their seats load in one batch too.
 */
async function currentCommittee({ committees }: Context, estateId: string): Promise<OwnersCommitteeRow | null> {
  return (
    (await committees.loaders.committeeTermsByEstate.load(estateId)).find((term) => term.succeededOn === null) ?? null
  );
}

function forgetCommittees({ committees }: Context): void {
  committees.loaders.committeeTermsByEstate.clearAll();
  committees.loaders.committeeById.clearAll();
  committees.loaders.seatsByCommittee.clearAll();
  committees.loaders.seatsByPartyMember.clearAll();
}

export const committeesResolvers: Resolvers = {
  Mutation: {
    electOwnersCommittee: async (_root, { input }, context) => {
      const committee = await context.committees.service.electOwnersCommittee(input);
      forgetCommittees(context);
      return committee;
    },
  },
  OwnersCommittee: {
    estate: (committee) => ({ id: committee.estateId }),
    current: (committee) => committee.succeededOn === null,
    members: (committee, _args, { committees }) => committees.loaders.seatsByCommittee.load(committee.id),
    chair: async (committee, _args, { committees }) => {
      const chair = chairOf(await committees.loaders.seatsByCommittee.load(committee.id));
      return chair?.partyMemberId ? { id: chair.partyMemberId } : null;
    },
    red: async (committee, _args, { committees }) =>
      (await committees.loaders.seatsByCommittee.load(committee.id)).some((seat) => seat.partyMemberId !== null),
  },
  OwnersCommitteeMember: {
    partyMember: (seat) => (seat.partyMemberId ? { id: seat.partyMemberId } : null),
    committee: (seat, _args, { committees }) => requireRow(committees.loaders.committeeById.load(seat.committeeId)),
  },
  PartyMember: {
    // The party subgraph owns members: the reference is the key, the seats are this agency's rows.
    __resolveReference: ({ id }) => ({ id }),
    committeeSeats: (member, _args, { committees }) => committees.loaders.seatsByPartyMember.load(member.id),
  },
  Estate: {
    ownersCommittee: (estate, _args, context) => currentCommittee(context, estate.id),
    ownersCommitteeTerms: (estate, _args, { committees }) => committees.loaders.committeeTermsByEstate.load(estate.id),
    branchSecretaryChairsOwnersCommittee: async (estate, _args, context) => {
      // The gateway sends the branch it required: null for none, a key or null for its secretary.
      // Missing altogether, the answer is unknown, not false: a guess would be a falsehood.
      const branch = estate.partyBranch;
      if (branch === undefined || (branch !== null && branch.secretaryMemberId === undefined)) {
        throw codedError(
          "DEPENDENCY_UNAVAILABLE",
          "The party registry's answer about this estate's branch secretary did not arrive; 一肩挑 is unknown.",
        );
      }
      const secretaryId = branch?.secretaryMemberId;
      if (!secretaryId) return false;
      const committee = await currentCommittee(context, estate.id);
      if (!committee) return false;
      return (
        chairOf(await context.committees.loaders.seatsByCommittee.load(committee.id))?.partyMemberId === secretaryId
      );
    },
  },
};
