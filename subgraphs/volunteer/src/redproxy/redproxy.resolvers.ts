import { pageRequest, requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { DEFAULT_CONFIRMATION_WINDOW_HOURS, type RedProxyRequestView } from "./redproxy.repository";

/** A request just written: its cached reads are dropped so that the answer shows the new state. */
function fresh(request: RedProxyRequestView, { redProxy }: Context): RedProxyRequestView {
  redProxy.loaders.redProxyHistory.clear(request.id);
  redProxy.loaders.redProxyFeedback.clear(request.id);
  redProxy.loaders.redProxyRequestPageByEstate.clearAll();
  redProxy.loaders.redProxyRequestById.clear(request.id).prime(request.id, request);
  return request;
}

export const redProxyResolvers: Resolvers = {
  Query: {
    redProxyCatalogue: (_root, { category }, { redProxy }) => redProxy.repository.catalogue(category ?? null),
    redProxyRequest: (_root, { id }, { redProxy }) => redProxy.loaders.redProxyRequestById.load(id),
    redProxyConfirmationWindow: async (_root, _args, { redProxy }) =>
      (await redProxy.repository.currentWindow()) ?? { hours: DEFAULT_CONFIRMATION_WINDOW_HOURS, publishedAt: null },
  },
  Mutation: {
    requestRedProxy: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.requestRedProxy(input), context),
    assignRedProxyRequest: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.assignRedProxyRequest(input), context),
    publishRedProxyConfirmationWindow: (_root, { input }, context) =>
      context.redProxy.service.publishRedProxyConfirmationWindow(input),
    reassignRedProxyRequest: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.reassignRedProxyRequest(input), context),
    closeUnconfirmedRedProxyRequest: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.closeUnconfirmedRedProxyRequest(input), context),
    markRedProxyDone: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.markRedProxyDone(input), context),
    confirmRedProxyDone: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.confirmRedProxyDone(input), context),
    cancelRedProxyRequest: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.cancelRedProxyRequest(input), context),
    leaveRedProxyFeedback: async (_root, { input }, context) =>
      fresh(await context.redProxy.service.leaveRedProxyFeedback(input), context),
  },
  Estate: {
    redProxyRequests: (estate, args, { redProxy }) =>
      redProxy.loaders.redProxyRequestPageByEstate.load({
        parentId: estate.id,
        page: pageRequest(args, ["timestamp", "uuid"]),
      }),
  },
  RedProxyItem: {
    neighborhoodCenter: (item) => (item.centerId ? { id: item.centerId } : null),
  },
  RedProxyRequest: {
    item: (request, _args, { redProxy }) => requireRow(redProxy.loaders.redProxyItemById.load(request.itemId)),
    estate: (request) => ({ id: request.estateId }),
    filedOnBehalf: (request) => request.requesterSubject === null,
    requestedAt: (request) => request.createdAt.toISOString(),
    dueAt: (request) => request.dueAt.toISOString(),
    doneAt: (request) => request.doneAt?.toISOString() ?? null,
    confirmBy: (request) => request.confirmBy?.toISOString() ?? null,
    assignedTeam: (request, _args, { teams }) =>
      request.assignedTeamId ? requireRow(teams.loaders.teamById.load(request.assignedTeamId)) : null,
    assignedVolunteer: (request, _args, { volunteers }) =>
      request.assignedVolunteerId
        ? requireRow(volunteers.loaders.volunteerById.load(request.assignedVolunteerId))
        : null,
    history: (request, _args, { redProxy }) => redProxy.loaders.redProxyHistory.load(request.id),
    feedback: (request, _args, { redProxy }) => redProxy.loaders.redProxyFeedback.load(request.id),
  },
  RedProxyTransition: {
    from: (event) => event.fromState,
    to: (event) => event.toState,
    at: (event) => event.occurredAt.toISOString(),
    team: (event, _args, { teams }) =>
      event.assignedTeamId ? requireRow(teams.loaders.teamById.load(event.assignedTeamId)) : null,
    volunteer: (event, _args, { volunteers }) =>
      event.assignedVolunteerId ? requireRow(volunteers.loaders.volunteerById.load(event.assignedVolunteerId)) : null,
  },
  RedProxyConfirmationWindow: {
    publishedAt: (window) => window.publishedAt?.toISOString() ?? null,
  },
  RedProxyFeedback: {
    at: (feedback) => feedback.createdAt.toISOString(),
  },
};
