import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { PartyDatabase } from "../db";
import { DeliberationRepository, deliberationSortKey } from "./deliberation.repository";
import {
  castHouseRuleVote,
  closeHouseRuleVote,
  openHouseRuleVote,
  proposeHouseRule,
  recordDeliberationMeeting,
} from "./deliberation.service";

/** 议事会 meetings and 家规家训 house rules, for one request. */
export function deliberationScope(base: RequestBase<PartyDatabase>) {
  const deliberation = new DeliberationRepository(base.db);
  return {
    loaders: {
      meetingById: rowLoader(
        (ids) => deliberation.meetingsByIds(ids),
        (row) => row.id,
      ),
      meetingPageByEstate: childConnectionLoader(
        (ids, page) => deliberation.meetingPagesByEstateIds(ids, page),
        (row) => row.estateId,
        deliberationSortKey,
        (ids) => deliberation.meetingCountsByEstateIds(ids),
      ),
      meetingPageByLivingRoom: childConnectionLoader(
        (ids, page) => deliberation.meetingPagesByLivingRoomIds(ids, page),
        (row) => row.livingRoomId ?? "",
        deliberationSortKey,
        (ids) => deliberation.meetingCountsByLivingRoomIds(ids),
      ),
      participantsByMeeting: listLoader(
        (ids) => deliberation.participantsByMeetingIds(ids),
        (row) => row.meetingId,
      ),
      houseRuleById: rowLoader(
        (ids) => deliberation.rulesByIds(ids),
        (row) => row.id,
      ),
      houseRulePageByEstate: childConnectionLoader(
        (ids, page) => deliberation.rulePagesByEstateIds(ids, page),
        (row) => row.estateId,
        deliberationSortKey,
        (ids) => deliberation.ruleCountsByEstateIds(ids),
      ),
      houseRulesByMeeting: listLoader(
        (ids) => deliberation.rulesByMeetingIds(ids),
        (row) => row.meetingId ?? "",
      ),
      voteCountByHouseRule: rowLoader(
        (ids) => deliberation.voteCountsByRuleIds(ids),
        (row) => row.ruleId,
      ),
      historyByHouseRule: listLoader(
        (ids) => deliberation.historyByRuleIds(ids),
        (row) => row.ruleId,
      ),
    },
    /** 议事会 and 家规家训: meetings recorded, rules proposed, voted on and decided. */
    service: bindServices(base, {
      recordDeliberationMeeting,
      proposeHouseRule,
      openHouseRuleVote,
      castHouseRuleVote,
      closeHouseRuleVote,
    }),
  };
}

export type DeliberationScope = ReturnType<typeof deliberationScope>;
