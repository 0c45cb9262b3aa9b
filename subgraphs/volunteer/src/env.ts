import { fileURLToPath } from "node:url";
import { parseSubgraphEnv } from "@linli/service-kit";

const defaultDataDir = fileURLToPath(new URL("../.data", import.meta.url));

/** The only place this process reads its environment: VOLUNTEER_HOST, VOLUNTEER_PORT, VOLUNTEER_DATABASE_URL, VOLUNTEER_DATA_DIR … */
export const config = parseSubgraphEnv("VOLUNTEER", 4004, defaultDataDir, { role: "reader" });
