import { runMigrateCommand } from "@linli/service-kit";
import { units } from "./definition";
import { config } from "./env";

await runMigrateCommand(units, config);
