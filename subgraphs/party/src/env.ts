import { fileURLToPath } from "node:url";
import { parseSubgraphEnv } from "@linli/service-kit";

const defaultDataDir = fileURLToPath(new URL("../.data", import.meta.url));

/**
 * The only place this process reads its environment: PARTY_HOST, PARTY_PORT, PARTY_DATABASE_URL,
 * PARTY_DATA_DIR … and the readers' credentials for the directory feed (UNITS_DIRECTORY_SECRET …).
 */
export const config = parseSubgraphEnv("PARTY", 4001, defaultDataDir, {
  role: "publisher",
  readers: ["PROPERTY", "UNITS", "VOLUNTEER"],
});
