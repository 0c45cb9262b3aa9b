import {
  type Connection,
  countChildren,
  countRows,
  NAME_THEN_ID,
  type PageArgs,
  type PageRequest,
  pageRequest,
  toConnection,
} from "@linli/service-kit";
import { and, asc, eq, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
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

/** Places are listed by name, then id: the cursor is that pair. */
export const placeSortKey = (row: { name: string; id: string }): string[] => [row.name, row.id];

type PlaceTable = typeof subdistricts | typeof communities | typeof estates;

const afterPlace = (table: PlaceTable, page: PageRequest): SQL | undefined =>
  page.after ? sql`(${table.name}, ${table.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;

const afterEstate = (page: PageRequest): SQL | undefined => afterPlace(estates, page);

/**
 * The same page of places (by name, then id) under each of several parents, in one statement:
 * at most `limit + 1` rows per parent, for `childConnectionLoader`.
 */
async function pagesByParent<R>(
  db: PartyDatabase,
  table: PlaceTable,
  parent: PgColumn,
  parentIds: string[],
  page: PageRequest,
): Promise<R[]> {
  const ranked = db
    .select({
      ...getTableColumns(table),
      rank: sql<number>`row_number() over (partition by ${parent} order by ${table.name}, ${table.id})`.as("rank"),
    })
    .from(table as typeof estates)
    .where(and(inArray(parent, parentIds), afterPlace(table, page)))
    .as("ranked");
  const rows = (await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, page.limit + 1))
    .orderBy(sql`${sql.identifier(parent.name)}`, asc(ranked.rank))) as unknown as (R & { rank: number })[];
  return rows.map(({ rank: _rank, ...row }) => row as R);
}

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
    const inCommunity = filter.communityId ? eq(estates.communityId, filter.communityId) : undefined;
    return toConnection(rows, page, placeSortKey, countRows(this.db, estates, inCommunity));
  }

  /** The same page of estates for each of several communities, in one statement. */
  estatePagesByCommunityIds(communityIds: string[], page: PageRequest): Promise<EstateRow[]> {
    return pagesByParent(this.db, estates, estates.communityId, communityIds, page);
  }

  /** How many estates each community has. */
  estateCountsByCommunityIds(communityIds: string[]) {
    return countChildren(this.db, estates, estates.communityId)(communityIds);
  }

  /** How many subdistricts each county has. */
  subdistrictCountsByCountyIds(countyIds: string[]) {
    return countChildren(this.db, subdistricts, subdistricts.countyId)(countyIds);
  }

  /** How many communities each subdistrict has. */
  communityCountsBySubdistrictIds(subdistrictIds: string[]) {
    return countChildren(this.db, communities, communities.subdistrictId)(subdistrictIds);
  }

  /** The same page of subdistricts for each of several counties, in one statement. */
  subdistrictPagesByCountyIds(countyIds: string[], page: PageRequest): Promise<SubdistrictRow[]> {
    return pagesByParent(this.db, subdistricts, subdistricts.countyId, countyIds, page);
  }

  /** The same page of communities for each of several subdistricts, in one statement. */
  communityPagesBySubdistrictIds(subdistrictIds: string[], page: PageRequest): Promise<CommunityRow[]> {
    return pagesByParent(this.db, communities, communities.subdistrictId, subdistrictIds, page);
  }
}
