import { runSubgraphProcess } from "@linli/service-kit";
import { volunteer } from "./definition";
import { config } from "./env";

await runSubgraphProcess(volunteer, config);
