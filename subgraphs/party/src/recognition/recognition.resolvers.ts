import { pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { indexYear, mayReadMemberEvaluations, mayReadUnitEvaluations, STAR_RULE } from "./recognition.service";

const SEQ = ["count"] as const;

export const recognitionResolvers: Resolvers = {
  Query: {
    partyMemberStarRule: () => STAR_RULE,
  },
  Mutation: {
    recordEvaluation: (_root, { input }, { recognitionService }) => recognitionService.record(input),
    verifyEvaluation: (_root, { input }, { recognitionService }) => recognitionService.verify(input),
    awardPartyMemberStar: async (_root, { input }, { recognitionService, loaders }) => {
      const star = await recognitionService.award(input);
      loaders.starsByMember.clear(star.memberId);
      return star;
    },
  },
  EvaluationRecord: {
    member: (record, _args, { loaders }) => (record.memberId ? loaders.memberById.load(record.memberId) : null),
    unit: (record) => (record.unitId ? { __typename: "Unit", id: record.unitId } : null),
    estate: (record, _args, { loaders }) => requireRow(loaders.estateById.load(record.estateId)),
    verified: (record) => record.verifiedAt !== null,
    verifiedAt: (record) => record.verifiedAt?.toISOString() ?? null,
  },
  PartyMemberStar: {
    member: (star, _args, { loaders }) => requireRow(loaders.memberById.load(star.memberId)),
  },
  PartyMember: {
    evaluations: async (member, args, { caller, loaders }) => {
      const page = pageRequest(args, SEQ);
      const estate = await requireRow(loaders.estateById.load(member.estateId));
      const audience = mayReadMemberEvaluations(caller, member, estate.communityId) ? "entitled" : "public";
      return loaders.evaluationPageByMember[audience].load({ parentId: member.id, page });
    },
    aspirationIndex: (member, { year }, { loaders }) =>
      loaders.aspirationIndex.load({ memberId: member.id, year: indexYear(year) }),
    partyMemberStars: (member, _args, { loaders }) => loaders.starsByMember.load(member.id),
  },
  Unit: {
    evaluations: (unit, args, { caller, loaders }) => {
      const audience = mayReadUnitEvaluations(caller, unit.id) ? "entitled" : "public";
      return loaders.evaluationPageByUnit[audience].load({ parentId: unit.id, page: pageRequest(args, SEQ) });
    },
  },
};
