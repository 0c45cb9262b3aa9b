import { bigint, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

/**
 * The read-only directory of places an agency other than the party registry keeps: a copy of
 * the registry's tree (subdistrict → county, community → subdistrict, estate → community),
 * written only by the directory feed (`directory.ts`), never by the agency's own code. Re-export
 * these from the subgraph's `src/db/schema.ts` so drizzle-kit generates them into its migrations.
 * No foreign key to the agency's records: the registry is another agency's, and a record may
 * name an estate the directory has not heard of yet.
 *
 * Columns are named as in the registry (`id`, `community_id` …), so one statement
 * (`scopeEstatesRelation`) finds a place's estates over either.
 */
const seq = () => bigint("seq", { mode: "number" }).notNull();

export const directorySubdistricts = pgTable(
  "directory_subdistricts",
  {
    id: uuid("id").primaryKey(),
    countyId: uuid("county_id").notNull(),
    name: text("name").notNull(),
    /** The feed's sequence number of the change this row was last written from. */
    seq: seq(),
  },
  (t) => [index("directory_subdistricts_county_id_idx").on(t.countyId)],
);

export const directoryCommunities = pgTable(
  "directory_communities",
  {
    id: uuid("id").primaryKey(),
    subdistrictId: uuid("subdistrict_id").notNull(),
    name: text("name").notNull(),
    seq: seq(),
  },
  (t) => [index("directory_communities_subdistrict_id_idx").on(t.subdistrictId)],
);

export const directoryEstates = pgTable(
  "directory_estates",
  {
    id: uuid("id").primaryKey(),
    communityId: uuid("community_id").notNull(),
    name: text("name").notNull(),
    seq: seq(),
  },
  (t) => [index("directory_estates_community_id_idx").on(t.communityId)],
);

/** How far the directory has read the feed: one row, the registry's epoch and the last sequence number applied. */
export const directoryCursor = pgTable("directory_cursor", {
  feed: text("feed").primaryKey(),
  /** Changes when the registry's outbox starts again (a new database): then the directory is rebuilt. */
  epoch: text("epoch").notNull(),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
});
