import { asc, inArray } from "drizzle-orm";
import type { PropertyDatabase } from "../db";
import { type PropertyServiceItemRow, propertyServiceItems } from "../db/schema";

/** SQL for the service items (物业服务事项) companies offer residents. */
export class ServiceItemsRepository {
  constructor(private readonly db: PropertyDatabase) {}

  /** The items of each company, by name. */
  byCompanyIds(companyIds: string[]): Promise<PropertyServiceItemRow[]> {
    return this.db
      .select()
      .from(propertyServiceItems)
      .where(inArray(propertyServiceItems.companyId, companyIds))
      .orderBy(asc(propertyServiceItems.name), asc(propertyServiceItems.id));
  }
}
