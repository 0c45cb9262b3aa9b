import {
  CalendarFeedsRepository,
  type CalendarSource,
  createCalendarFeed,
  denied,
  uuidInput as id,
  notFound,
  parseInput,
  type RequestMeta,
  revokeCalendarFeed,
} from "@linli/service-kit";
import { z } from "zod";
import type { VolunteerDatabase } from "../db";
import type { ActivityRow } from "../db/schema";
import { teamWriteScope } from "../teams/teams.service";
import { CalendarsRepository } from "./calendars.repository";

const createInput = z.object({ teamId: id });
const revokeInput = z.object({ id });
const entityType = "TeamCalendar";

/** The activity kinds' Chinese terms, as the SDL describes them. */
const KIND_TERMS: Record<ActivityRow["kind"], string> = {
  FREE_HAIRCUT: "义剪",
  FREE_CLINIC: "义诊",
  FREE_REPAIR: "义修",
  LEGAL_ADVICE: "法律咨询",
  CLEAN_UP: "环境整治",
  OTHER: "其他",
};

/** The caller may publish the team's activities: its lead, or a volunteer administrator. NOT_FOUND when there is no team. */
async function authorize(db: VolunteerDatabase, meta: RequestMeta, teamId: string) {
  if ((await new CalendarsRepository(db).teamName(teamId)) === null) throw notFound("No volunteer team has this id.");
  const scope = teamWriteScope(meta);
  if (!scope.isAdmin && !scope.teamIds.includes(teamId)) throw denied(meta.caller);
}

/** 活动日历订阅: a new secret feed of a team's activities. */
export async function createTeamCalendar(db: VolunteerDatabase, meta: RequestMeta, input: unknown) {
  const { teamId } = parseInput(createInput, input);
  await authorize(db, meta, teamId);
  return createCalendarFeed(db, meta, { agency: "volunteer", kind: "team", subjectId: teamId, entityType });
}

/** 撤销活动日历订阅: the feed answers 410 from now on. */
export async function revokeTeamCalendar(db: VolunteerDatabase, meta: RequestMeta, input: unknown) {
  const { id: feedId } = parseInput(revokeInput, input);
  const feed = await new CalendarFeedsRepository(db).byId(feedId);
  if (feed?.kind !== "team") throw notFound("No team calendar has this id.");
  await authorize(db, meta, feed.subjectId);
  return revokeCalendarFeed(db, meta, feed, entityType);
}

/** What a team calendar shows: the public face of each activity (no sign-ups, no names). */
export const teamCalendars =
  (db: VolunteerDatabase): CalendarSource =>
  async (feed) => {
    if (feed.kind !== "team") return null;
    const repository = new CalendarsRepository(db);
    const name = await repository.teamName(feed.subjectId);
    if (name === null) return null;
    const rows = await repository.activitiesOf(feed.subjectId);
    return {
      name: `${name} · 志愿活动`,
      events: rows.map((row) => ({
        id: `${row.id}@volunteer.linli`,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        summary: row.title,
        description: [KIND_TERMS[row.kind], row.estateName].filter(Boolean).join(" · "),
      })),
    };
  };
