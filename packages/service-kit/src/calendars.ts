import { createHash, randomBytes } from "node:crypto";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { and, eq, isNull } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import ical, { ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { GATEWAY_SECRET_HEADER, secretMatches } from "./auth/credential";
import { type CalendarFeedRow, calendarFeeds } from "./calendar-tables";
import type { Database } from "./db";
import { invalidTransition } from "./errors";
import type { Logger } from "./logger";
import { auditedWrite, type RequestMeta } from "./writes";

export type { CalendarFeedRow } from "./calendar-tables";

/** The county's time: every feed states its times in it (with a VTIMEZONE), as a calendar app shows them. */
export const CALENDAR_TIME_ZONE = "Asia/Shanghai";
/** The most events one feed lists. */
export const MAX_CALENDAR_EVENTS = 2_000;
/** How far back a feed reaches: a calendar app needs the recent past, not the whole history. */
export const CALENDAR_PAST_DAYS = 90;

/** One event of a feed: only what the anonymous public may read of it (the URL is a bearer secret). */
export interface CalendarEvent {
  /** Stable across reads, so a calendar app updates the event instead of adding it again. */
  id: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  /** A booking still waiting for approval is TENTATIVE. */
  tentative?: boolean;
}

export interface CalendarFeedContent {
  /** The calendar's name as an app shows it. */
  name: string;
  events: CalendarEvent[];
}

/** What an agency's feeds show: a live feed's content, or null when its subject is gone. */
export type CalendarSource = (feed: CalendarFeedRow) => Promise<CalendarFeedContent | null>;

/** The path of a feed at the gateway, which passes `/calendar/<agency>/…` on to that agency. */
export const calendarFeedPath = (agency: string, secret: string) => `/calendar/${agency}/${secret}.ics`;

// 32 random bytes, base64url: 43 characters.
const SECRET_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;
const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** The feeds table of one agency's database. Only hashes of secrets are read or written. */
export class CalendarFeedsRepository {
  constructor(private readonly db: Database<Record<string, unknown>>) {}

  /** A new feed and its secret, which exists only in this answer from now on. */
  async create(kind: string, subjectId: string, createdBy: string | null) {
    const secret = randomBytes(32).toString("base64url");
    const [feed] = await this.db
      .insert(calendarFeeds)
      .values({ secretHash: hashOf(secret), kind, subjectId, createdBy })
      .returning();
    if (!feed) throw new Error("calendar feed insert returned no row");
    return { feed, secret };
  }

  async byId(id: string): Promise<CalendarFeedRow | null> {
    const [row] = await this.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id));
    return row ?? null;
  }

  async bySecret(secret: string): Promise<CalendarFeedRow | null> {
    const [row] = await this.db
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.secretHash, hashOf(secret)));
    return row ?? null;
  }

  /** Revokes a live feed; null when it was revoked already. */
  async revoke(id: string): Promise<CalendarFeedRow | null> {
    const [row] = await this.db
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.id, id), isNull(calendarFeeds.revokedAt)))
      .returning();
    return row ?? null;
  }
}

/** A feed as the graph shows it: its path only in the answer that created it. */
export type CalendarFeedView = CalendarFeedRow & { path: string | null };

/**
 * A new feed of `subjectId` (whose publication the agency has allowed already), recorded in the
 * audit log; its path (`/calendar/<agency>/<secret>.ics`) is in this answer only.
 */
export function createCalendarFeed<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  meta: RequestMeta,
  feed: { agency: string; kind: string; subjectId: string; entityType: string },
): Promise<CalendarFeedView> {
  return auditedWrite(db, meta, { action: "createCalendarFeed", entityType: feed.entityType }, async (tx) => {
    const repository = new CalendarFeedsRepository(tx as unknown as Database<Record<string, unknown>>);
    const { feed: row, secret } = await repository.create(feed.kind, feed.subjectId, meta.caller.subject);
    return {
      entityId: row.id,
      before: null,
      after: row,
      result: { ...row, path: calendarFeedPath(feed.agency, secret) },
    };
  });
}

/** Revokes a feed (whose revocation the agency has allowed), recorded in the audit log; INVALID_TRANSITION when revoked already. */
export function revokeCalendarFeed<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  meta: RequestMeta,
  feed: CalendarFeedRow,
  entityType: string,
): Promise<CalendarFeedView> {
  return auditedWrite(db, meta, { action: "revokeCalendarFeed", entityType }, async (tx) => {
    const revoked = await new CalendarFeedsRepository(tx as unknown as Database<Record<string, unknown>>).revoke(
      feed.id,
    );
    if (!revoked) throw invalidTransition("This calendar was revoked already.");
    return { entityId: feed.id, before: feed, after: revoked, result: { ...revoked, path: null } };
  });
}

/** The feed as iCalendar text, its times in Asia/Shanghai (TZID and the zone's VTIMEZONE). */
export function renderCalendar(content: CalendarFeedContent): string {
  const calendar = ical({ name: content.name, prodId: { company: "linli", product: "calendar", language: "ZH" } });
  calendar.timezone({ name: CALENDAR_TIME_ZONE, generator: getVtimezoneComponent });
  // ical-generator writes a native Date with a TZID as if it were already wall-clock time there; a
  // Luxon DateTime in the zone is written as that zone's local time.
  const local = (date: Date) => DateTime.fromJSDate(date, { zone: CALENDAR_TIME_ZONE });
  for (const event of content.events) {
    calendar.createEvent({
      id: event.id,
      start: local(event.startsAt),
      end: local(event.endsAt),
      timezone: CALENDAR_TIME_ZONE,
      summary: event.summary,
      ...(event.description ? { description: event.description } : {}),
      status: event.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * `GET /calendar/<secret>.ics`, for the gateway only (it holds this subgraph's secret and passes
 * `/calendar/<agency>/<secret>.ics` on): 404 for a secret no feed has, 410 for a revoked one.
 */
export function registerCalendarFeeds(
  app: FastifyInstance,
  options: { db: Database<Record<string, unknown>>; source: CalendarSource; gatewaySecret: string; logger: Logger },
): void {
  const feeds = new CalendarFeedsRepository(options.db);
  const refuse = (code: number, errorCode: string, message: string) =>
    ({ code, body: { errors: [{ message, extensions: { code: errorCode } }] } }) as const;
  const unknown = refuse(404, "NOT_FOUND", "No calendar has this address.");
  app.get("/calendar/:file", async (request, reply) => {
    const answer = (refusal: ReturnType<typeof refuse>) => reply.code(refusal.code).send(refusal.body);
    if (!secretMatches(request.headers[GATEWAY_SECRET_HEADER], options.gatewaySecret)) {
      return answer(refuse(401, "UNAUTHENTICATED", "This service answers only the Linli gateway."));
    }
    const secret = SECRET_FILE.exec((request.params as { file: string }).file)?.[1];
    const feed = secret ? await feeds.bySecret(secret) : null;
    if (!feed) return answer(unknown);
    if (feed.revokedAt) return answer(refuse(410, "GONE", "This calendar's address was revoked."));
    const content = await options.source(feed);
    if (!content) return answer(unknown);
    options.logger.debug({ feed: feed.id, events: content.events.length }, "calendar feed read");
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("cache-control", "private, max-age=300")
      .send(renderCalendar(content));
  });
}
