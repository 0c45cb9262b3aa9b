import { assertUuid, type DayRange, dayRange, pageRequest, placeKey, requireRow } from "@linli/service-kit";
import type { Resolvers } from "../generated/resolvers-types";
import { responsible } from "../problems/problems.resolvers";
import type { ProblemListFilter } from "./aggregates.repository";

/** No upper bound on a list's range: it is paged. */
const LIST_RANGE_DAYS = Number.POSITIVE_INFINITY;

/** Either end of a list's range, or both (then checked as one range). */
function listRange(from: string | null | undefined, to: string | null | undefined): Partial<DayRange> {
  if (from && to) return dayRange(from, to, LIST_RANGE_DAYS);
  if (from) return { startsOn: dayRange(from, from).startsOn };
  if (to) return { endsBefore: dayRange(to, to).endsBefore };
  return {};
}

export const aggregatesResolvers: Resolvers = {
  Query: {
    problemCounts: async (_root, { place, from, to }, { aggregates }) => {
      const range = dayRange(from, to);
      return aggregates.repository.problemCounts(await aggregates.repository.requirePlace(placeKey(place)), range);
    },
    answerTimes: async (_root, { place, from, to, by, handlerKind }, { aggregates }) => {
      const range = dayRange(from, to);
      const scope = await aggregates.repository.requirePlace(placeKey(place));
      return aggregates.repository.answerTimes(scope, range, by, handlerKind ?? null);
    },
    problems: async (_root, { filter, ...args }, { aggregates }) => {
      const page = pageRequest(args, ["count"]);
      const validated: ProblemListFilter = {
        place: filter?.place ? await aggregates.repository.requirePlace(placeKey(filter.place, "filter.place")) : null,
        statuses: filter?.statuses ?? null,
        categories: filter?.categories ?? null,
        overdue: filter?.overdue ?? null,
        handlerKind: filter?.handlerKind ?? null,
        handlerId: filter?.handlerId ? assertUuid(filter.handlerId, "filter.handlerId") : null,
        range: listRange(filter?.from, filter?.to),
      };
      return aggregates.repository.problemsPage(validated, page);
    },
  },
  AnswerTime: {
    handler: (row, _args, context) =>
      row.handlerKind && row.handlerId
        ? responsible({ responsibleKind: row.handlerKind, responsibleId: row.handlerId }, context)
        : null,
    estate: (row, _args, { places }) =>
      row.estateId ? requireRow(places.loaders.estateById.load(row.estateId)) : null,
  },
};
