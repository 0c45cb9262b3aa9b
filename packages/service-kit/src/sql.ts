import { sql } from "drizzle-orm";

/** Ids as one `uuid[]` parameter, for `= ANY(…)` and `unnest(…)`: one bound value, however many ids. */
export const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;
