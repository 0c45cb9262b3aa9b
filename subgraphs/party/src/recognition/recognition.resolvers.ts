import { pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Context } from "../context";
import type { PartyMemberRow } from "../db/schema";
import type { Resolvers } from "../generated/resolvers-types";
import { indexYear, mayReadUnitEvaluations, readsMemberEvaluations, STAR_RULE } from "./recognition.service";

const SEQ = ["count"] as const;

const entitled = (member: PartyMemberRow, context: Context) => readsMemberEvaluations(member, context);

export const recognitionResolvers: Resolvers = {
  Query: {
    partyMemberStarRule: () => STAR_RULE,
  },
  Mutation: {
    recordEvaluation: (_root, { input }, { recognition }) => recognition.service.recordEvaluation(input),
    verifyEvaluation: (_root, { input }, { recognition }) => recognition.service.verifyEvaluation(input),
    awardPartyMemberStar: async (_root, { input }, { recognition }) => {
      const star = await recognition.service.awardPartyMemberStar(input);
      recognition.loaders.starsByMember.clear(star.memberId);
      return star;
    },
  },
  EvaluationRecord: {
    // 两公开: disclosed records are public; a phone or ID number typed into one is masked.
    text: (record) => scrubText(record.text),
    member: (record, _args, { members }) => (record.memberId ? members.loaders.memberById.load(record.memberId) : null),
    unit: (record) => (record.unitId ? { __typename: "Unit", id: record.unitId } : null),
    estate: (record, _args, { places }) => requireRow(places.loaders.estateById.load(record.estateId)),
    verified: (record) => record.verifiedAt !== null,
    verifiedAt: (record) => record.verifiedAt?.toISOString() ?? null,
  },
  PartyMemberStar: {
    member: (star, _args, { members }) => requireRow(members.loaders.memberById.load(star.memberId)),
  },
  PartyMember: {
    evaluations: async (member, args, context) => {
      const page = pageRequest(args, SEQ);
      const audience = (await entitled(member, context)) ? "entitled" : "public";
      return context.recognition.loaders.evaluationPageByMember[audience].load({ parentId: member.id, page });
    },
    // Who may read it is the field's @rule (memberEvaluationReader).
    aspirationIndex: (member, { year }, { recognition }) =>
      recognition.loaders.aspirationIndex.load({ memberId: member.id, year: indexYear(year) }),
    partyMemberStars: (member, _args, { recognition }) => recognition.loaders.starsByMember.load(member.id),
  },
  Unit: {
    evaluations: (unit, args, { caller, recognition }) => {
      const audience = mayReadUnitEvaluations(caller, unit.id) ? "entitled" : "public";
      return recognition.loaders.evaluationPageByUnit[audience].load({
        parentId: unit.id,
        page: pageRequest(args, SEQ),
      });
    },
  },
};
