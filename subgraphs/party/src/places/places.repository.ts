import {
  type Connection,
  NAME_THEN_ID,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PartyDatabase } from "../db";
import {
  type CommunityRow,
  type CountyRow,
  communities,
  counties,
  type EstateRow,
  estates,
  type SubdistrictRow,
  subdistricts,
} from "../db/schema";

/** Estates are listed by name, then id: the cursor is that pair. */
export const estateSortKey = (row: EstateRow): string[] => [row.name, row.id];

const afterEstate = (page: PageRequest): SQL | undefined =>
  page.after ? sql`(${estates.name}, ${estates.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;

/** SQL for the registry of places: counties, subdistricts, communities and estates. */
export class PlacesRepository {
  constructor(private readonly db: PartyDatabase) {}

  counties(): Promise<CountyRow[]> {
    return this.db.select().from(counties).orderBy(asc(counties.name));
  }

  countiesByIds(ids: string[]): Promise<CountyRow[]> {
    return this.db.select().from(counties).where(inArray(counties.id, ids));
  }

  subdistrictsByIds(ids: string[]): Promise<SubdistrictRow[]> {
    return this.db.select().from(subdistricts).where(inArray(subdistricts.id, ids));
  }

  subdistrictsByCountyIds(countyIds: string[]): Promise<SubdistrictRow[]> {
    return this.db
      .select()
      .from(subdistricts)
      .where(inArray(subdistricts.countyId, countyIds))
      .orderBy(asc(subdistricts.name), asc(subdistricts.id));
  }

  communitiesByIds(ids: string[]): Promise<CommunityRow[]> {
    return this.db.select().from(communities).where(inArray(communities.id, ids));
  }

  communitiesBySubdistrictIds(subdistrictIds: string[]): Promise<CommunityRow[]> {
    return this.db
      .select()
      .from(communities)
      .where(inArray(communities.subdistrictId, subdistrictIds))
      .orderBy(asc(communities.name), asc(communities.id));
  }

  estatesByIds(ids: string[]): Promise<EstateRow[]> {
    return this.db.select().from(estates).where(inArray(estates.id, ids));
  }

  /** One page of estates, optionally within one community. */
  async estatesPage(filter: { communityId?: string | null }, args: PageArgs): Promise<Connection<EstateRow>> {
    const page = pageRequest(args, NAME_THEN_ID);
    const rows = await this.db
      .select()
      .from(estates)
      .where(and(filter.communityId ? eq(estates.communityId, filter.communityId) : undefined, afterEstate(page)))
      .orderBy(asc(estates.name), asc(estates.id))
      .limit(page.limit + 1);
    return toConnection(rows, page, estateSortKey);
  }

  /** The same page of estates for each of several communities, in one statement. */
  async estatePagesByCommunityIds(communityIds: string[], page: PageRequest): Promise<EstateRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(estates),
        rank: sql<number>`row_number() over (partition by ${estates.communityId} order by ${estates.name}, ${estates.id})`.as(
          "rank",
        ),
      })
      .from(estates)
      .where(and(inArray(estates.communityId, communityIds), afterEstate(page)))
      .as("ranked");
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, page.limit + 1))
      .orderBy(asc(ranked.communityId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...estate }) => estate);
  }
}
