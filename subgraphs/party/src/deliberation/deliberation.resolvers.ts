import { pageRequest, requireRow, scrubText } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";

const SEQ = ["count"] as const;

export const deliberationResolvers: Resolvers = {
  Query: {
    deliberationMeeting: (_root, { id }, { deliberation }) => deliberation.loaders.meetingById.load(id),
    houseRule: (_root, { id }, { deliberation }) => deliberation.loaders.houseRuleById.load(id),
  },
  Mutation: {
    recordDeliberationMeeting: async (_root, { input }, context) => {
      const meeting = await context.deliberation.service.recordDeliberationMeeting(input);
      context.deliberation.loaders.meetingById.prime(meeting.id, meeting);
      return meeting;
    },
    proposeHouseRule: async (_root, { input }, context) => {
      const rule = await context.deliberation.service.proposeHouseRule(input);
      context.deliberation.loaders.houseRuleById.prime(rule.id, rule);
      return rule;
    },
    openHouseRuleVote: async (_root, { input }, context) => {
      const rule = await context.deliberation.service.openHouseRuleVote(input);
      context.deliberation.loaders.houseRuleById.clear(rule.id).prime(rule.id, rule);
      context.deliberation.loaders.historyByHouseRule.clear(rule.id);
      return rule;
    },
    castHouseRuleVote: async (_root, { input }, context) => {
      const ballot = await context.deliberation.service.castHouseRuleVote(input);
      context.deliberation.loaders.voteCountByHouseRule.clear(ballot.rule.id);
      return ballot;
    },
    closeHouseRuleVote: async (_root, { input }, context) => {
      const rule = await context.deliberation.service.closeHouseRuleVote(input);
      context.deliberation.loaders.houseRuleById.clear(rule.id).prime(rule.id, rule);
      context.deliberation.loaders.historyByHouseRule.clear(rule.id);
      return rule;
    },
  },
  Estate: {
    deliberationMeetings: (estate, args, { deliberation }) =>
      deliberation.loaders.meetingPageByEstate.load({ parentId: estate.id, page: pageRequest(args, SEQ) }),
    houseRules: (estate, args, { deliberation }) =>
      deliberation.loaders.houseRulePageByEstate.load({ parentId: estate.id, page: pageRequest(args, SEQ) }),
  },
  LivingRoom: {
    deliberationMeetings: (room, args, { deliberation }) =>
      deliberation.loaders.meetingPageByLivingRoom.load({ parentId: room.id, page: pageRequest(args, SEQ) }),
  },
  DeliberationMeeting: {
    __resolveReference: ({ id }, { deliberation }) => deliberation.loaders.meetingById.load(id),
    // Public: a phone or ID number typed into the minutes is masked for every reader.
    topic: (meeting) => scrubText(meeting.topic),
    minutes: (meeting) => scrubText(meeting.minutes),
    estate: (meeting, _args, { places }) => requireRow(places.loaders.estateById.load(meeting.estateId)),
    livingRoom: (meeting, _args, { livingRooms }) =>
      meeting.livingRoomId ? livingRooms.loaders.livingRoomById.load(meeting.livingRoomId) : null,
    participants: (meeting, _args, { deliberation }) => deliberation.loaders.participantsByMeeting.load(meeting.id),
    houseRules: (meeting, _args, { deliberation }) => deliberation.loaders.houseRulesByMeeting.load(meeting.id),
  },
  DeliberationParticipant: {
    partyBranch: (participant, _args, { branches }) =>
      participant.branchId ? requireRow(branches.loaders.branchById.load(participant.branchId)) : null,
    propertyCompany: (participant) =>
      participant.companyId ? { __typename: "PropertyCompany", id: participant.companyId } : null,
    member: (participant, _args, { members }) =>
      participant.memberId ? requireRow(members.loaders.memberById.load(participant.memberId)) : null,
  },
  HouseRule: {
    __resolveReference: ({ id }, { deliberation }) => deliberation.loaders.houseRuleById.load(id),
    title: (rule) => scrubText(rule.title),
    text: (rule) => scrubText(rule.text),
    estate: (rule, _args, { places }) => requireRow(places.loaders.estateById.load(rule.estateId)),
    meeting: (rule, _args, { deliberation }) =>
      rule.meetingId ? deliberation.loaders.meetingById.load(rule.meetingId) : null,
    quorum: (rule) => ({ numerator: rule.quorumNumerator, denominator: rule.quorumDenominator }),
    approval: (rule) => ({ numerator: rule.approvalNumerator, denominator: rule.approvalDenominator }),
    votesAgainst: (rule) => (rule.votesCast === null || rule.votesFor === null ? null : rule.votesCast - rule.votesFor),
    votesCast: async (rule, _args, { deliberation }) => {
      if (rule.votesCast !== null) return rule.votesCast;
      if (rule.status !== "VOTING") return null;
      return (await deliberation.loaders.voteCountByHouseRule.load(rule.id))?.votes ?? 0;
    },
    decidedAt: (rule) => rule.decidedAt?.toISOString() ?? null,
    history: (rule, _args, { deliberation }) => deliberation.loaders.historyByHouseRule.load(rule.id),
  },
  HouseRuleTransition: {
    from: (transition) => transition.fromStatus,
    to: (transition) => transition.toStatus,
    recordedAt: (transition) => transition.occurredAt.toISOString(),
  },
  HouseRuleBallot: {
    houseRule: (ballot) => ballot.rule,
    castAt: (ballot) => ballot.castAt.toISOString(),
  },
};
