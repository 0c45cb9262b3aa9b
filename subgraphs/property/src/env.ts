import { fileURLToPath } from "node:url";
import { parseSubgraphEnv } from "@linli/service-kit";

const defaultDataDir = fileURLToPath(new URL("../.data", import.meta.url));

/** The only place this process reads its environment: PROPERTY_HOST, PROPERTY_PORT, PROPERTY_DATABASE_URL, PROPERTY_DATA_DIR … */
export const config = parseSubgraphEnv("PROPERTY", 4002, defaultDataDir, { role: "reader" });
