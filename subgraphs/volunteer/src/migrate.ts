import { runMigrateCommand } from "@linli/service-kit";
import { volunteer } from "./definition";
import { config } from "./env";

await runMigrateCommand(volunteer, config);
