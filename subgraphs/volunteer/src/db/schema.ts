import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
// Set to now() by every update; a new row starts with its creation time.
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** 小区党员志愿者队伍 — estate party-member volunteer teams. */
export const volunteerTeams = pgTable(
  "volunteer_teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    foundedOn: date("founded_on").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Teams are listed by name, then id: the index serves that order and its cursor.
  (t) => [index("volunteer_teams_name_id_idx").on(t.name, t.id)],
);

/** Which estates a team serves; a team may serve several estates and an estate several teams. */
export const teamEstates = pgTable(
  "team_estates",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => volunteerTeams.id, { onDelete: "cascade" }),
    // The party registry's estate key. Not a foreign key: estates live in another agency's database.
    estateId: uuid("estate_id").notNull(),
    createdAt: createdAt(),
  },
  // The primary key indexes team_id; the named index serves lookups by estate.
  (t) => [primaryKey({ columns: [t.teamId, t.estateId] }), index("team_estates_estate_id_idx").on(t.estateId)],
);

export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;

/** 小区 — an estate of the party registry, known here only by its key. */
export type EstateRef = { id: string };

// The audit trail and the personal-data access log live in every agency's own database.
export { auditLog, personalDataAccessLog } from "@linli/service-kit/tables";
