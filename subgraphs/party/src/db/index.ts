import type { Database } from "@linli/service-kit";
import { eq } from "drizzle-orm";
import * as schema from "./schema";

export { schema };
export type PartyDatabase = Database<typeof schema>;

/** Whether an estate with this id is in the registry: the check before a write names an estate. */
export async function estateExistsIn(db: PartyDatabase, id: string): Promise<boolean> {
  const [row] = await db.select({ id: schema.estates.id }).from(schema.estates).where(eq(schema.estates.id, id));
  return row !== undefined;
}
