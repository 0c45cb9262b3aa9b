import { runSubgraphProcess } from "@linli/service-kit";
import { property } from "./definition";
import { config } from "./env";

await runSubgraphProcess(property, config);
