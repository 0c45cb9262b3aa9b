import { runMigrateCommand } from "@linli/service-kit";
import { property } from "./definition";
import { config } from "./env";

await runMigrateCommand(property, config);
