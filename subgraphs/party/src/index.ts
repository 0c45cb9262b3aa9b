import { runSubgraphProcess } from "@linli/service-kit";
import { party } from "./definition";
import { config } from "./env";

await runSubgraphProcess(party, config);
