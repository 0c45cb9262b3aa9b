import {
  type Connection,
  countRows,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { VolunteerDatabase } from "../db";
import { type VolunteerRow, volunteers } from "../db/schema";

/** Volunteers are listed the most recently registered first: the cursor is (registered at, id). */
export const volunteerSortKey = (row: VolunteerRow): string[] => [row.createdAt.toISOString(), row.id];

const beforeVolunteer = (page: PageRequest): SQL | undefined =>
  page.after
    ? sql`(${volunteers.createdAt}, ${volunteers.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;

/** SQL for the volunteers (志愿者) registry. */
export class VolunteersRepository {
  constructor(private readonly db: VolunteerDatabase) {}

  byIds(ids: string[]): Promise<VolunteerRow[]> {
    return this.db.select().from(volunteers).where(inArray(volunteers.id, ids));
  }

  /** The volunteer a sign-in subject belongs to, locked until the transaction ends; null for none. */
  async lockBySubject(subject: string): Promise<VolunteerRow | null> {
    const [row] = await this.db.select().from(volunteers).where(eq(volunteers.subject, subject)).for("update");
    return row ?? null;
  }

  async page(args: PageArgs): Promise<Connection<VolunteerRow>> {
    const page = pageRequest(args, ["timestamp", "uuid"]);
    const rows = await this.db
      .select()
      .from(volunteers)
      .where(beforeVolunteer(page))
      .orderBy(desc(volunteers.createdAt), desc(volunteers.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, volunteerSortKey, countRows(this.db, volunteers));
  }

  /** Registers a subject, or updates the registration it already has (one statement, race-free). */
  async upsertBySubject(values: {
    name: string;
    subject: string;
    partyMemberId: string | null;
  }): Promise<VolunteerRow> {
    const [row] = await this.db
      .insert(volunteers)
      .values(values)
      .onConflictDoUpdate({
        target: volunteers.subject,
        set: { name: sql`excluded.name`, partyMemberId: sql`excluded.party_member_id` },
      })
      .returning();
    if (!row) throw new Error("an upsert returned no row");
    return row;
  }

  /** A volunteer who came in person, registered by name only. */
  async insertWalkIn(name: string): Promise<VolunteerRow> {
    const [row] = await this.db.insert(volunteers).values({ name }).returning();
    if (!row) throw new Error("an insert returned no row");
    return row;
  }

  /** The volunteer registered as a party member, locked until the transaction ends; null for none. */
  async lockByPartyMember(partyMemberId: string): Promise<VolunteerRow | null> {
    const [row] = await this.db
      .select()
      .from(volunteers)
      .where(eq(volunteers.partyMemberId, partyMemberId))
      .for("update");
    return row ?? null;
  }

  /**
   * The volunteer of a sign-in subject, registered under `name` if they are new. Two requests of
   * a new subject at once register it once (the unique subject decides).
   */
  async findOrCreateBySubject(subject: string, name: string): Promise<VolunteerRow> {
    await this.db.insert(volunteers).values({ subject, name }).onConflictDoNothing({ target: volunteers.subject });
    const [row] = await this.db.select().from(volunteers).where(eq(volunteers.subject, subject));
    if (!row) throw new Error("a volunteer just registered is missing");
    return row;
  }
}
