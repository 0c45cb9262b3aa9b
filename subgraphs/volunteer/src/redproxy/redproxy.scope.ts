import { bindServices, childConnectionLoader, listLoader, type RequestBase, rowLoader } from "@linli/service-kit";
import type { VolunteerDatabase } from "../db";
import { RedProxyRepository, requestSortKey } from "./redproxy.repository";
import {
  assignRedProxyRequest,
  cancelRedProxyRequest,
  closeUnconfirmedRedProxyRequest,
  confirmRedProxyDone,
  deskScope,
  leaveRedProxyFeedback,
  markRedProxyDone,
  publishRedProxyConfirmationWindow,
  reassignRedProxyRequest,
  requestRedProxy,
} from "./redproxy.service";

/** 红色代办 (red proxy) requests, read only within the caller's desk, for one request. */
export function redProxyScope(base: RequestBase<VolunteerDatabase>) {
  const redProxy = new RedProxyRepository(base.db);
  return {
    repository: redProxy,
    loaders: {
      redProxyItemById: rowLoader(
        (ids) => redProxy.itemsByIds(ids),
        (row) => row.id,
      ),
      // Scoped in SQL to what this request's caller may read: an unreadable request is absent.
      redProxyRequestById: rowLoader(
        (ids) => redProxy.readableByIds(ids, deskScope(base)),
        (row) => row.id,
      ),
      redProxyRequestPageByEstate: childConnectionLoader(
        (ids, page) => redProxy.pagesByEstateIds(ids, page, deskScope(base)),
        (row) => row.estateId,
        requestSortKey,
        (ids) => redProxy.countsByEstateIds(ids, deskScope(base)),
      ),
      redProxyHistory: listLoader(
        (ids) => redProxy.eventsByRequestIds(ids),
        (row) => row.requestId,
      ),
      redProxyFeedback: listLoader(
        (ids) => redProxy.feedbackByRequestIds(ids),
        (row) => row.requestId,
      ),
    },
    service: bindServices(base, {
      requestRedProxy,
      assignRedProxyRequest,
      reassignRedProxyRequest,
      closeUnconfirmedRedProxyRequest,
      markRedProxyDone,
      confirmRedProxyDone,
      cancelRedProxyRequest,
      leaveRedProxyFeedback,
      publishRedProxyConfirmationWindow,
    }),
  };
}

export type RedProxyScope = ReturnType<typeof redProxyScope>;
