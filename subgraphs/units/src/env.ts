import { fileURLToPath } from "node:url";
import { parseSubgraphEnv } from "@linli/service-kit";

const defaultDataDir = fileURLToPath(new URL("../.data", import.meta.url));

/** The only place this process reads its environment: UNITS_HOST, UNITS_PORT, UNITS_DATABASE_URL, UNITS_DATA_DIR … */
export const config = parseSubgraphEnv("UNITS", 4003, defaultDataDir, { role: "reader" });
