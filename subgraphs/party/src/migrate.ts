import { runMigrateCommand } from "@linli/service-kit";
import { party } from "./definition";
import { config } from "./env";

await runMigrateCommand(party, config);
