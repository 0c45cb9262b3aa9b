import { GATEWAY_SECRET_HEADER, type Logger, refusal } from "@linli/service-kit/edge";
import type { FastifyInstance } from "fastify";
import { type Agent, request as send } from "undici";

/** Where an agency answers and the secret it expects, while it is part of the served supergraph. */
export type CalendarAgency = (name: string) => { url: string; secret: string | undefined } | undefined;

/** A calendar app waits patiently, but a hung agency must not hold the gateway's sockets. */
const CALENDAR_TIMEOUT_MS = 10_000;
const FILE = /^[A-Za-z0-9_-]{1,64}\.ics$/;

/**
 * `GET /calendar/<agency>/<secret>.ics`: an agency's secret iCal feed (service-kit calendars.ts),
 * fetched from that agency with its gateway secret. The agency alone knows the feed and decides
 * (404 unknown, 410 revoked); the gateway only chooses where to ask and passes the answer on.
 * No token is needed or passed: the address itself is the bearer secret.
 */
export function registerCalendars(
  app: FastifyInstance,
  settings: { agency: CalendarAgency; agent: Agent; logger: Logger },
): void {
  app.get<{ Params: { agency: string; file: string } }>("/calendar/:agency/:file", async (request, reply) => {
    const agency = settings.agency(request.params.agency);
    if (!agency || !FILE.test(request.params.file)) {
      return refusal(reply, 404, "NOT_FOUND", "No calendar has this address.");
    }
    try {
      const answer = await send(new URL(`/calendar/${request.params.file}`, agency.url), {
        dispatcher: settings.agent,
        headers: { ...(agency.secret ? { [GATEWAY_SECRET_HEADER]: agency.secret } : {}), "x-request-id": request.id },
        headersTimeout: CALENDAR_TIMEOUT_MS,
        bodyTimeout: CALENDAR_TIMEOUT_MS,
      });
      const body = await answer.body.text();
      if (answer.statusCode === 200) {
        return reply
          .type("text/calendar; charset=utf-8")
          .header("cache-control", String(answer.headers["cache-control"] ?? "private, max-age=300"))
          .send(body);
      }
      if (answer.statusCode === 404) return refusal(reply, 404, "NOT_FOUND", "No calendar has this address.");
      if (answer.statusCode === 410) return refusal(reply, 410, "GONE", "This calendar's address was revoked.");
      settings.logger.warn({ agency: request.params.agency, status: answer.statusCode }, "calendar feed refused");
    } catch (error) {
      settings.logger.warn(
        { err: error, agency: request.params.agency, requestId: request.id },
        "calendar feed failed",
      );
    }
    return refusal(reply, 502, "SUBGRAPH_UNAVAILABLE", "The agency of this calendar cannot be reached now.");
  });
}
