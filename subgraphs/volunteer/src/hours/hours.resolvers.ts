import { assertUuid, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { checkMonths, decideServiceHourCorrection, requestServiceHourCorrection } from "./hours.service";

const NO_HOURS = { approvedMinutes: 0, pendingCorrections: 0 };
const summary = (row: { approvedMinutes: number; pendingCorrections: number } | null) => {
  const { approvedMinutes, pendingCorrections } = row ?? NO_HOURS;
  return { approvedMinutes, pendingCorrections, approvedHours: Math.round((approvedMinutes / 60) * 100) / 100 };
};

export const hoursResolvers: Resolvers = {
  Query: {
    serviceHoursReport: (_root, { groupBy, teamId, estateId, fromMonth, toMonth, ...page }, { hours }) => {
      checkMonths(fromMonth, toMonth);
      return hours.report(
        groupBy,
        {
          teamId: teamId ? assertUuid(teamId, "teamId") : null,
          estateId: estateId ? assertUuid(estateId, "estateId") : null,
          fromMonth,
          toMonth,
        },
        pageRequest(page, ["text"]),
      );
    },
    starThresholds: (_root, _args, { hours }) => hours.thresholds(),
    serviceHourEntry: (_root, { id }, { loaders }) => loaders.entryById.load(id),
  },
  Mutation: {
    requestServiceHourCorrection: async (_root, { input }, context) => {
      const correction = await requestServiceHourCorrection(context.db, context, input);
      context.loaders.hoursByVolunteer.clear(correction.volunteerId);
      return correction;
    },
    decideServiceHourCorrection: async (_root, { input }, context) => {
      const correction = await decideServiceHourCorrection(context.db, context, input);
      context.loaders.decisionByCorrection.clear(correction.id);
      context.loaders.hoursByVolunteer.clear(correction.volunteerId);
      context.loaders.hoursByPartyMember.clearAll();
      return correction;
    },
  },
  ServiceHourEntry: {
    volunteer: (entry, _args, { loaders }) => requireRow(loaders.volunteerById.load(entry.volunteerId)),
    team: (entry, _args, { loaders }) => requireRow(loaders.teamById.load(entry.teamId)),
    estate: (entry) => ({ id: entry.estateId }),
    corrects: (entry, _args, { loaders }) =>
      entry.correctsEntryId ? requireRow(loaders.entryById.load(entry.correctsEntryId)) : null,
    correctionStatus: async (entry, _args, { loaders }) => {
      if (entry.source !== "CORRECTION") return null;
      return (await loaders.decisionByCorrection.load(entry.id))?.decision ?? "PENDING";
    },
    recordedAt: (entry) => entry.createdAt.toISOString(),
  },
  ServiceHoursReportRow: {
    volunteer: (row, _args, { loaders }) => (row.grouping === "PERSON" ? loaders.volunteerById.load(row.key) : null),
    team: (row, _args, { loaders }) => (row.grouping === "TEAM" ? loaders.teamById.load(row.key) : null),
    estate: (row) => (row.grouping === "ESTATE" ? { id: row.key } : null),
    month: (row) => (row.grouping === "MONTH" ? row.key : null),
  },
  Volunteer: {
    serviceHours: async (volunteer, _args, { loaders }) => summary(await loaders.hoursByVolunteer.load(volunteer.id)),
    serviceHourEntries: (volunteer, args, { loaders }) =>
      loaders.entryPageByVolunteer.load({ parentId: volunteer.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
    stars: (volunteer, _args, { loaders }) => loaders.starsByVolunteer.load(volunteer.id),
  },
  PartyMember: {
    serviceHours: async (member, _args, { loaders }) => summary(await loaders.hoursByPartyMember.load(member.id)),
    stars: (member, _args, { loaders }) => loaders.starsByPartyMember.load(member.id),
  },
};
