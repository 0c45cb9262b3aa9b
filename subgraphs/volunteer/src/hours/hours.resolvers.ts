import { assertUuid, pageRequest, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { checkMonths } from "./hours.service";

const NO_HOURS = { approvedMinutes: 0, pendingCorrections: 0 };
const summary = (row: { approvedMinutes: number; pendingCorrections: number } | null) => {
  const { approvedMinutes, pendingCorrections } = row ?? NO_HOURS;
  return { approvedMinutes, pendingCorrections, approvedHours: Math.round((approvedMinutes / 60) * 100) / 100 };
};

export const hoursResolvers: Resolvers = {
  Query: {
    serviceHoursReport: (_root, { groupBy, teamId, estateId, fromMonth, toMonth, ...page }, { hours }) => {
      checkMonths(fromMonth, toMonth);
      return hours.repository.report(
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
    starThresholds: (_root, _args, { hours }) => hours.repository.thresholds(),
    serviceHourEntry: (_root, { id }, { hours }) => hours.loaders.entryById.load(id),
  },
  Mutation: {
    requestServiceHourCorrection: async (_root, { input }, context) => {
      const correction = await context.hours.service.requestServiceHourCorrection(input);
      context.hours.loaders.hoursByVolunteer.clear(correction.volunteerId);
      return correction;
    },
    decideServiceHourCorrection: async (_root, { input }, context) => {
      const correction = await context.hours.service.decideServiceHourCorrection(input);
      context.hours.loaders.decisionByCorrection.clear(correction.id);
      context.hours.loaders.hoursByVolunteer.clear(correction.volunteerId);
      context.hours.loaders.hoursByPartyMember.clearAll();
      return correction;
    },
  },
  ServiceHourEntry: {
    volunteer: (entry, _args, { volunteers }) => requireRow(volunteers.loaders.volunteerById.load(entry.volunteerId)),
    team: (entry, _args, { teams }) => requireRow(teams.loaders.teamById.load(entry.teamId)),
    estate: (entry) => ({ id: entry.estateId }),
    corrects: (entry, _args, { hours }) =>
      entry.correctsEntryId ? requireRow(hours.loaders.entryById.load(entry.correctsEntryId)) : null,
    correctionStatus: async (entry, _args, { hours }) => {
      if (entry.source !== "CORRECTION") return null;
      return (await hours.loaders.decisionByCorrection.load(entry.id))?.decision ?? "PENDING";
    },
    recordedAt: (entry) => entry.createdAt.toISOString(),
  },
  ServiceHoursReportRow: {
    volunteer: (row, _args, { volunteers }) =>
      row.grouping === "PERSON" ? volunteers.loaders.volunteerById.load(row.key) : null,
    team: (row, _args, { teams }) => (row.grouping === "TEAM" ? teams.loaders.teamById.load(row.key) : null),
    estate: (row) => (row.grouping === "ESTATE" ? { id: row.key } : null),
    month: (row) => (row.grouping === "MONTH" ? row.key : null),
  },
  Volunteer: {
    serviceHours: async (volunteer, _args, { hours }) =>
      summary(await hours.loaders.hoursByVolunteer.load(volunteer.id)),
    serviceHourEntries: (volunteer, args, { hours }) =>
      hours.loaders.entryPageByVolunteer.load({
        parentId: volunteer.id,
        page: pageRequest(args, ["timestamp", "uuid"]),
      }),
    stars: (volunteer, _args, { hours }) => hours.loaders.starsByVolunteer.load(volunteer.id),
  },
  PartyMember: {
    serviceHours: async (member, _args, { hours }) => summary(await hours.loaders.hoursByPartyMember.load(member.id)),
    stars: (member, _args, { hours }) => hours.loaders.starsByPartyMember.load(member.id),
  },
};
