import { pageRequest, requireRow } from "@linli/service-kit";
import type { Context } from "../context";
import type { Resolvers } from "../generated/resolvers-types";
import { DEFAULT_CONFIRMATION_WINDOW_HOURS, type RedProxyRequestView } from "./redproxy.repository";
import {
  assignRedProxyRequest,
  cancelRedProxyRequest,
  closeUnconfirmedRedProxyRequest,
  confirmRedProxyDone,
  leaveRedProxyFeedback,
  markRedProxyDone,
  publishRedProxyConfirmationWindow,
  reassignRedProxyRequest,
  requestRedProxy,
} from "./redproxy.service";

/** A request just written: its cached reads are dropped so that the answer shows the new state. */
function fresh(request: RedProxyRequestView, { loaders }: Context): RedProxyRequestView {
  loaders.redProxyHistory.clear(request.id);
  loaders.redProxyFeedback.clear(request.id);
  loaders.redProxyRequestPageByEstate.clearAll();
  loaders.redProxyRequestById.clear(request.id).prime(request.id, request);
  return request;
}

export const redProxyResolvers: Resolvers = {
  Query: {
    redProxyCatalogue: (_root, { category }, { redProxy }) => redProxy.catalogue(category ?? null),
    redProxyRequest: (_root, { id }, { loaders }) => loaders.redProxyRequestById.load(id),
    redProxyConfirmationWindow: async (_root, _args, { redProxy }) =>
      (await redProxy.currentWindow()) ?? { hours: DEFAULT_CONFIRMATION_WINDOW_HOURS, publishedAt: null },
  },
  Mutation: {
    requestRedProxy: async (_root, { input }, context) =>
      fresh(await requestRedProxy(context.db, context, input), context),
    assignRedProxyRequest: async (_root, { input }, context) =>
      fresh(await assignRedProxyRequest(context.db, context, input), context),
    publishRedProxyConfirmationWindow: (_root, { input }, context) =>
      publishRedProxyConfirmationWindow(context.db, context, input),
    reassignRedProxyRequest: async (_root, { input }, context) =>
      fresh(await reassignRedProxyRequest(context.db, context, input), context),
    closeUnconfirmedRedProxyRequest: async (_root, { input }, context) =>
      fresh(await closeUnconfirmedRedProxyRequest(context.db, context, input), context),
    markRedProxyDone: async (_root, { input }, context) =>
      fresh(await markRedProxyDone(context.db, context, input), context),
    confirmRedProxyDone: async (_root, { input }, context) =>
      fresh(await confirmRedProxyDone(context.db, context, input), context),
    cancelRedProxyRequest: async (_root, { input }, context) =>
      fresh(await cancelRedProxyRequest(context.db, context, input), context),
    leaveRedProxyFeedback: async (_root, { input }, context) =>
      fresh(await leaveRedProxyFeedback(context.db, context, input), context),
  },
  Estate: {
    redProxyRequests: (estate, args, { loaders }) =>
      loaders.redProxyRequestPageByEstate.load({ parentId: estate.id, page: pageRequest(args, ["timestamp", "uuid"]) }),
  },
  RedProxyItem: {
    neighborhoodCenter: (item) => (item.centerId ? { id: item.centerId } : null),
  },
  RedProxyRequest: {
    item: (request, _args, { loaders }) => requireRow(loaders.redProxyItemById.load(request.itemId)),
    estate: (request) => ({ id: request.estateId }),
    filedOnBehalf: (request) => request.requesterSubject === null,
    requestedAt: (request) => request.createdAt.toISOString(),
    dueAt: (request) => request.dueAt.toISOString(),
    doneAt: (request) => request.doneAt?.toISOString() ?? null,
    confirmBy: (request) => request.confirmBy?.toISOString() ?? null,
    assignedTeam: (request, _args, { loaders }) =>
      request.assignedTeamId ? requireRow(loaders.teamById.load(request.assignedTeamId)) : null,
    assignedVolunteer: (request, _args, { loaders }) =>
      request.assignedVolunteerId ? requireRow(loaders.volunteerById.load(request.assignedVolunteerId)) : null,
    history: (request, _args, { loaders }) => loaders.redProxyHistory.load(request.id),
    feedback: (request, _args, { loaders }) => loaders.redProxyFeedback.load(request.id),
  },
  RedProxyTransition: {
    from: (event) => event.fromState,
    to: (event) => event.toState,
    at: (event) => event.occurredAt.toISOString(),
    team: (event, _args, { loaders }) =>
      event.assignedTeamId ? requireRow(loaders.teamById.load(event.assignedTeamId)) : null,
    volunteer: (event, _args, { loaders }) =>
      event.assignedVolunteerId ? requireRow(loaders.volunteerById.load(event.assignedVolunteerId)) : null,
  },
  RedProxyConfirmationWindow: {
    publishedAt: (window) => window.publishedAt?.toISOString() ?? null,
  },
  RedProxyFeedback: {
    at: (feedback) => feedback.createdAt.toISOString(),
  },
};
