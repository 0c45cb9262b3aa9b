import { runSubgraphProcess } from "@linli/service-kit";
import { units } from "./definition";
import { config } from "./env";

await runSubgraphProcess(units, config);
