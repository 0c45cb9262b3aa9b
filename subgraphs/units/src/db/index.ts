import type { Database } from "@linli/service-kit";
import * as schema from "./schema";

export { schema };
export type UnitsDatabase = Database<typeof schema>;
